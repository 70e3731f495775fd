// frame.hpp — execution frames.
//
// A Frame is the activation record of one code object: the instruction pointer, the value stack
// and the "localsplus" array (locals, cells, free variables; code.hpp). Frames are not heap
// objects: they are carved out of a per-thread data stack (DataStack, thread_state.hpp) and
// released when the call returns, as in CPython 3.11. A generator's frame lives inside the
// generator object instead, so it can be suspended and resumed.
//
// Memory layout of a frame:   [ Frame header | localsplus[nlocalsplus] | value stack[stacksize] ]
//
// Python code that asks for a frame (tracebacks, sys._getframe) gets a FrameObject: a small heap
// object that refers to the live frame while it runs and keeps a snapshot (code, line, globals)
// once the frame is gone.
#pragma once

#include <cstdint>

#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/object.hpp"
#include "vm/code.hpp"

namespace minipy::vm {

struct FrameObject;

enum class FrameOwner : uint8_t { Thread, Generator };

struct Frame {
    Code* code;                  // owned
    rt::Function* func;          // owned; null for module/exec code
    rt::Dict* globals;           // borrowed from func or the caller of exec
    rt::Dict* builtins;          // borrowed
    rt::Value locals;            // mapping for LOAD_NAME/STORE_NAME (module, class, exec); owned, may be null
    Frame* previous;             // the caller (null at the bottom of a thread)
    const uint32_t* ip;          // next instruction to execute (valid whenever the frame is not running)
    rt::Value* sp;               // top of the value stack (valid whenever the frame is not running)
    FrameObject* frame_obj;      // the Python-visible frame, created on demand; owned
    FrameOwner owner;
    bool is_entry;               // entered from C: the eval loop returns to C when it returns
    bool suspended;              // set by YIELD_VALUE: the frame stopped without returning
    rt::Value localsplus[];      // nlocalsplus slots, then the value stack

    rt::Value* stack_base() { return localsplus + code->nlocalsplus(); }
    uint32_t instr_index() const { return static_cast<uint32_t>(ip - code->instrs.data()); }
    // Line of the instruction being executed (the one before ip).
    int current_line() const {
        uint32_t i = instr_index();
        return code->line_of(i == 0 ? 0 : i - 1);
    }
};

inline size_t frame_size_words(const Code* c) {
    return (sizeof(Frame) + sizeof(rt::Value) - 1) / sizeof(rt::Value) + c->nlocalsplus() + c->stacksize;
}

// The Python-visible frame object.
struct FrameObject : rt::Object {
    Frame* frame;                // the live frame, or null once it has finished
    rt::Value code;              // owned
    rt::Value globals;           // owned
    rt::Value locals;            // owned snapshot for module/class frames, may be null
    rt::Value back;              // f_back snapshot: a FrameObject or null; owned
    int lineno;                  // last known line
};

extern rt::Type frame_type;

// Returns the frame object of f (creating it); a new reference.
rt::Value frame_object_of(Frame* f);
// Detaches the frame object when its frame goes away (keeps the snapshot).
void frame_detach_object(Frame* f);

// Releases everything a finished frame owns (localsplus, stack up to sp, locals, code, func).
void frame_clear(Frame* f);

void init_frame_type();

}  // namespace minipy::vm
