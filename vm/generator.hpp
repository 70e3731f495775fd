// generator.hpp — generators, coroutines and async generators: objects that own a suspended frame.
//
// Generators and coroutines share one mechanism (DESIGN.md decision 7): the object holds a copy
// of the frame made by RETURN_GENERATOR, and send()/throw()/close() resume it with eval_frame().
// The frame runs until YIELD_VALUE (suspended, the value goes to the resumer) or until it returns
// (the return value becomes StopIteration.value).
//
// Generators live in vm/ rather than runtime/ because they own frames (docs/architecture.md).
#pragma once

#include "runtime/object.hpp"
#include "runtime/thread_state.hpp"
#include "vm/frame.hpp"

namespace minipy::vm {

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Completed };

struct Generator : rt::Object {
    GenKind kind;
    GenState state;
    bool awaited;                // a coroutine that some code awaited (no "never awaited" warning)
    bool hooks_inited;           // async generators: first iteration started
    bool running_async;          // async generators: an asend/athrow is in progress
    rt::Value name;              // __name__ (owned)
    rt::Value qualname;          // __qualname__ (owned)
    rt::ExcStackItem exc_state;  // the exception being handled inside the generator
    Frame* frame;                // owned storage (mimalloc), a frame with owner == Generator
};

extern rt::Type generator_type;
extern rt::Type coroutine_type;
extern rt::Type async_generator_type;
extern rt::Type coro_wrapper_type;        // coroutine.__await__() result
extern rt::Type async_gen_wrapped_type;   // ASYNC_GEN_WRAP values
extern rt::Type async_gen_asend_type;
extern rt::Type async_gen_athrow_type;

inline bool is_generator_like(rt::Value v) {
    if (!v.is_object()) return false;
    rt::Type* t = v.as_object()->type;
    return t == &generator_type || t == &coroutine_type;
}

// RETURN_GENERATOR: moves `f` (which must not be used afterwards except to release its storage)
// into a new generator object of the kind its code flags say. Returns a new reference.
rt::Value generator_from_frame(Frame* f);

// Resumes the generator with `value` (or with the pending exception when `exc` is true).
// Returns the yielded value with *returned = false, or the return value with *returned = true,
// or null with an exception set (StopIteration is never raised here).
rt::Value generator_send(Generator* g, rt::Value value, bool exc, bool* returned);

// The value wrapped by ASYNC_GEN_WRAP.
rt::Value async_gen_wrap(rt::Value v);

// What dropping a generator, coroutine or async generator does, run now: closes a suspended one
// (its finally blocks run), warns about a coroutine that was never awaited. Used at exit, when
// __main__'s objects are finalized in the order CPython's last collection finalizes them.
void generator_finalize(rt::Value gen);

void init_generator_types();

}  // namespace minipy::vm
