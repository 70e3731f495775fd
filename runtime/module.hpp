// module.hpp — module objects.
#pragma once

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Dict;
struct Str;

struct Module : Object {
    Dict* dict;              // the module's globals; owned
    Value name;              // str; owned
};

extern Type module_type;

inline bool is_module(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &module_type); }

// A new module with __name__ set (and __doc__ = None, __package__, __spec__, __loader__ = None).
Module* module_new(Value name);
Module* module_new_cstr(const char* name);
// Adds a function table (native.hpp NativeDef, flags kNativeFunction implied) to the module.
struct NativeDef;
void module_add_functions(Module* m, const NativeDef* defs);
void module_add(Module* m, const char* name, Value v);   // v borrowed
void module_add_owned(Module* m, const char* name, Value v);   // v owned (stolen)

}  // namespace minipy::rt
