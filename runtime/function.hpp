// function.hpp — Python functions, closure cells and bound methods.
//
// The runtime owns the layout of a function; the VM owns what calling it means: it installs
// function_type.call (vm/call.cpp) and is the only code that looks inside `code`.
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;
struct Dict;

struct Function : Object {
    Value code;              // the vm's code object; owned
    Dict* globals;           // owned
    Dict* builtins;          // owned (the builtins module's dict, looked up once at creation)
    Value name;              // str; owned
    Value qualname;          // str; owned
    Tuple* defaults;         // positional defaults, or null; owned
    Dict* kwdefaults;        // keyword-only defaults, or null; owned
    Tuple* closure;          // tuple of cells, or null; owned
    Value doc;               // owned (None when absent)
    Value module;            // __module__; owned
    Dict* dict;              // function attributes; owned, may be null
    Dict* annotations;       // owned, may be null
    uint32_t version;        // changes when defaults/code change (call-site caches)
};

struct Cell : Object {
    Value ref;               // owned; null when empty
};

struct Method : Object {     // a function bound to an instance: obj.method
    Value func;              // owned
    Value self;              // owned
};

extern Type function_type;
extern Type cell_type;
extern Type method_type;

inline bool is_function(Value v) { return v.is_object() && v.as_object()->type == &function_type; }

Function* function_new(Value code, Dict* globals, Value name, Value qualname, Value module);
Value cell_new(Value ref);           // ref borrowed, may be null
Value method_new(Value func, Value self);   // both borrowed
// The VM's call slot for Python functions (the runtime cannot run code); also exposes
// function.__call__ as CPython does.
void install_function_call_slot(CallFn fn);

}  // namespace minipy::rt
