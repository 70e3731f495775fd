// exception.hpp — exception instances and traceback entries.
//
// Every builtin exception shares one layout; attributes particular to a subclass
// (SystemExit.code, StopIteration.value, OSError.errno, SyntaxError.lineno, ...) are stored in the
// instance __dict__ by that subclass's __init__, which is invisible to Python code.
#pragma once

#include "errors.hpp"
#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Dict;
struct Tuple;

struct BaseExc : Object {
    Dict* dict;              // instance attributes; owned, may be null
    Tuple* args;             // owned
    Value traceback;         // a Traceback or null; owned
    Value context;           // __context__ (implicit chaining); owned, may be null
    Value cause;             // __cause__ (raise ... from ...); owned, may be null
    bool suppress_context;   // __suppress_context__
};

// One traceback entry: where an exception passed through a Python frame.
struct Traceback : Object {
    Value next;              // the next (inner) entry, or null; owned
    Value frame;             // a frame snapshot (vm) with f_code/f_lineno/f_globals; owned
    Value code;              // the code object; owned
    int lineno;              // line being executed
    int lasti;               // instruction offset
};

extern Type traceback_type;

// Creates an instance of `type` with the given args tuple (borrowed; null: empty tuple).
Value exception_new(Type* type, Tuple* args);
// Prepends a traceback entry to exc.__traceback__ (the eval loop calls it per unwound frame).
void exception_add_traceback(Value exc, Value frame, Value code, int lineno, int lasti);
// Sets exc.__context__ = context (borrowed), avoiding cycles, as CPython's _PyErr_SetObject does.
void exception_set_context(Value exc, Value context);
void exception_set_cause(Value exc, Value cause);     // also sets __suppress_context__
Value exception_str(Value exc);                       // str(exc)

// BaseExceptionGroup and ExceptionGroup (PEP 654). Their instances carry a message and a tuple of
// exceptions; exception_group_exceptions() returns that tuple (borrowed) or null for other values.
struct BaseExcGroup : BaseExc {
    Value message;           // str, owned
    Value exceptions;        // tuple, owned
};
extern Type base_exception_group_type;
extern Type exception_group_type;
Value exception_group_exceptions(Value exc);

}  // namespace minipy::rt
