// native.hpp — functions written in C++ and exposed to Python.
//
// Natives are registered from tables whose entries carry a Python signature string, parsed once:
//
//     static const NativeDef builtin_defs[] = {
//         {"print(*args, sep=' ', end='\\n', file=None, flush=False)", builtin_print},
//         {"getattr(object, name, default=?, /)", builtin_getattr},
//         {nullptr},
//     };
//
// The binder (args.cpp) matches positional and keyword arguments against the signature, fills
// defaults, and raises CPython's TypeErrors (missing argument, unexpected keyword, too many
// positional arguments), so a native receives exactly one Value per parameter, in order:
//   * a plain parameter: the argument (borrowed);
//   * `x=?`: optional with no default; binds the null Value when not given;
//   * `*args`: a tuple (borrowed for the call's duration); `**kwargs`: a dict, or null when none.
// Signature syntax: `name(p1, p2=default, /, p3, *args, kw_only=default, **kwargs)`, where a
// default is None, True, False, an int, a float, '...' or "..." (with \n \t \\ \' escapes), or ?.
// Methods list `self` first (`"split(self, sep=None, maxsplit=-1)"`); a class method lists `cls`.
//
// A `raw` native instead receives the vectorcall arguments untouched (for hot paths and for
// functions whose argument rules no signature describes); its signature is documentation.
#pragma once

#include <cstdint>
#include <vector>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;

using NativeFn = Value (*)(const Value* args);
using RawNativeFn = Value (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

enum NativeFlags : uint32_t {
    kNativeMethod = 0,          // instance method: args[0] is self (the default)
    kNativeClassMethod = 1u << 0,   // args[0] is the class
    kNativeStaticMethod = 1u << 1,  // no implicit first argument
    kNativeFunction = 1u << 2,  // module-level function (no self)
    // CPython parses this native's arguments with PyArg_ParseTuple (METH_VARARGS), whose errors
    // read "find() takes at least 1 argument (0 given)" whatever the signature's shape.
    kNativeLegacyArgs = 1u << 3,
    // The method form of one of the type's slots (CPython's METH_COEXIST, e.g. list.__getitem__):
    // a class that inherits it keeps the C++ slot instead of calling the method.
    kNativeSlotMethod = 1u << 4,
    // Exempt from the recursion check of METH_O/METH_NOARGS calls: CPython 3.11's specialized
    // instructions call len(), isinstance() and list.append() without it.
    kNativeNoRecursionCheck = 1u << 5,
};

struct NativeDef {
    const char* signature;       // nullptr ends a table
    NativeFn fn = nullptr;
    RawNativeFn raw = nullptr;   // used instead of fn when set (self is null for functions)
    uint32_t flags = 0;
    const char* doc = nullptr;
};

struct GetSetDef {
    const char* name;            // nullptr ends a table
    Value (*get)(Value self) = nullptr;
    int (*set)(Value self, Value v) = nullptr;   // v null: delete; nullptr setter: read-only
    const char* doc = nullptr;
};

// A parsed signature.
struct ArgSpec {
    Str* name = nullptr;                 // function name (interned), used in error messages
    std::vector<Str*> names;             // one per parameter, in order (interned)
    std::vector<Value> defaults;         // one per parameter: null = required, kOptional = `?`
    int nposonly = 0;                    // leading positional-only parameters
    int npositional = 0;                 // parameters that accept positional arguments
    int star_index = -1;                 // *args slot, or -1
    int kwstar_index = -1;               // **kwargs slot, or -1
    bool has_self = false;               // first parameter is self/cls (not counted in messages)
    bool legacy = false;                 // kNativeLegacyArgs: PyArg_ParseTuple's messages
    Str* module = nullptr;               // module of a module-level native ("math.sqrt() takes ...")
    bool recursion_check = false;        // a call counts one recursion level (see call_native)
    int nparams() const { return static_cast<int>(names.size()); }
};

// Marker default for `x=?` parameters.
extern Object g_optional_marker;
inline Value optional_marker() { return Value(&g_optional_marker); }

// Parses a signature string once; the result lives for the process. Aborts on malformed strings
// (they are programmer errors).
const ArgSpec* parse_signature(const char* signature, bool has_self);
// The spec of a native def: its signature, plus what the def's flags and its module (a module
// name, or null; "builtins" is left out of messages) change in the error messages.
const ArgSpec* native_spec(const NativeDef* def, bool has_self, Value module_name = Value{});

// Binds vectorcall arguments to `out[0..spec.nparams())`. Temporaries it creates (the *args tuple,
// the **kwargs dict) are stored in `holder` and released by the caller after the call.
// Returns false with a TypeError set.
bool bind_args(const ArgSpec& spec, const Value* args, size_t nargs, Tuple* kwnames, Value* out,
               Ref holder[2]);

// Argument-checking helpers for natives (raise TypeError and return false on failure).
bool no_keywords(const char* fname, Tuple* kwnames);
bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

// builtin_function_or_method: a native function, optionally bound to `self`.
struct BuiltinFunction : Object {
    const NativeDef* def;
    const ArgSpec* spec;
    Value self;          // bound receiver (null for plain functions); owned
    Value module_name;   // __module__ (a str) or null; owned
};
extern Type builtin_function_type;

Value make_builtin_function(const NativeDef* def, Value self, Value module_name);

// Calls a native def with already-collected vectorcall arguments.
Value call_native(const NativeDef* def, const ArgSpec* spec, Value self, const Value* args, size_t nargs,
                  Tuple* kwnames);

}  // namespace minipy::rt
