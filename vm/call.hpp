// call.hpp — internal to vm/: making frames for calls and binding arguments to parameters.
#pragma once

#include "runtime/function.hpp"
#include "runtime/tuple.hpp"
#include "vm/frame.hpp"
#include "vm/thread_state.hpp"

namespace minipy::vm {

// Allocates an uninitialized frame for `code` on the thread's data stack (fields zeroed,
// code and func owned: code is increfed, func is taken over if given). nullptr: MemoryError set.
Frame* frame_alloc(ThreadState* ts, Code* code, rt::Function* func_owned);
// Releases a frame's storage; the frame must have been cleared (frame_clear) already.
void frame_free(ThreadState* ts, Frame* f);

// Binds call arguments (borrowed) to the parameters of fn in f->localsplus, CPython's rules and
// messages ("f() missing 1 required positional argument: 'x'", ...). false with TypeError set.
bool bind_arguments(rt::Function* fn, Frame* f, const rt::Value* args, size_t nargs, rt::Tuple* kwnames);

// Creates the frame of a call to fn, with arguments bound. The frame owns a new reference to fn.
Frame* make_function_frame(ThreadState* ts, rt::Function* fn, const rt::Value* args, size_t nargs,
                           rt::Tuple* kwnames);

// MAKE_FUNCTION: builds a function from a code object, in the globals/builtins of the running frame.
rt::Value make_function(Code* code, rt::Dict* globals, rt::Dict* builtins);

void install_function_call();   // sets function_type.call

}  // namespace minipy::vm
