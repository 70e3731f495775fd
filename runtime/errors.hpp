// errors.hpp — raising and inspecting Python exceptions from native code.
//
// Python exceptions are not C++ exceptions (DESIGN.md, decision 2). A native function that fails
// sets the thread's pending exception with one of the functions below and returns its error
// sentinel: the null Value, -1, or false. The caller passes the failure up the same way; the eval
// loop finally unwinds Python frames through the code object's exception table.
//
// Messages are printf-like with extra conversions for Python values:
//   %s const char*   %d int   %ld long   %lld long long   %zd ssize/int64   %zu size_t   %c char
//   %R repr(Value)   %S str(Value)   %T type name of a Value   %N name of a Type*   %U std::string_view*
#pragma once

#include <cstdarg>
#include <string>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

// The builtin exception types: exc::TypeError, exc::ValueError, ... (from exceptions.def).
namespace exc {
#define EXC(name, base, doc) extern Type name;
#include "exceptions.def"
}  // namespace exc

std::string format_message(const char* fmt, ...);
std::string vformat_message(const char* fmt, va_list ap);

// Set the pending exception. All return the null Value so `return raise(...)` reads naturally.
Value raise(Type* type, const char* fmt, ...);
Value raise_with_value(Type* type, Value arg);   // type(arg); arg borrowed
Value raise_object(Value exc_or_type);           // an instance or an exception class; borrowed
Value raise_no_memory();
Value raise_errno(Type* type, int err, const char* filename = nullptr);   // OSError subclasses by errno
Value raise_key_error(Value key);                // KeyError(key), exactly one arg as CPython
Value raise_stop_iteration(Value value);         // StopIteration(value), value borrowed

bool has_error();
bool error_matches(Type* type);                  // the pending exception is an instance of type
Value take_error();                              // new reference to the pending exception, cleared
void restore_error(Value exc);                   // steals exc (null clears)
void clear_error();

// Exception instance helpers.
bool is_exception_instance(Value v);
bool is_exception_class(Value v);

// Writes "TypeError: message" with a traceback, as the top-level handler does (vm installs it).
void print_exception(Value exc);
using PrintExceptionHook = void (*)(Value exc);
extern PrintExceptionHook g_print_exception_hook;

// Issues a warning, as CPython's PyErr_WarnFormat: through the Python `warnings` module once it
// has been imported (its filters and catch_warnings apply, the current Python line is blamed),
// else written as CPython's default filter does: "file:line: Category: message". Returns -1 with
// the exception set when a filter turned the warning into an error (callers propagate it), else 0.
// The VM installs the function that knows the current source position.
[[nodiscard]] int warn(Type* category, const char* fmt, ...);
// "coroutine '...' was never awaited" about `coro` (warnings._warn_unawaited_coroutine when the
// module has it, as CPython). -1 with the exception set if a filter made it an error.
[[nodiscard]] int warn_unawaited_coroutine(Value coro, const char* qualname);
// source: the object a warning is about, or null.
using WarnHook = int (*)(Type* category, const std::string& message, Value source);
extern WarnHook g_warn_hook;

// Reports an exception that cannot propagate (raised in __del__, in a thread's cleanup, ...):
// prints "<prefix><repr(obj)>" and the traceback of the pending exception to stderr, then clears it.
void write_unraisable(const char* prefix, Value obj);
// Installed by the sys module: hands the exception (borrowed) to a user's sys.unraisablehook.
// Returns false when the default hook is in place (write_unraisable then prints it itself).
using UnraisableHook = bool (*)(Value exc, const char* prefix, Value obj);
extern UnraisableHook g_unraisable_hook;
// The default hook's output: "<prefix><repr(obj)>" (or just the prefix's message when obj is
// null) and the exception's traceback, on stderr.
void print_unraisable(Value exc, const char* prefix, Value obj);

[[noreturn]] void fatal_error(const char* fmt, ...);   // internal invariant broken: abort with a message

}  // namespace minipy::rt
