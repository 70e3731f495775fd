// thread_state.hpp — the VM's per-thread state: the frame chain, the data stack frames are
// carved from, and the eval-breaker word polled by the eval loop.
//
// The eval breaker is one atomic word per thread; other threads (the GIL's waiters, the signal
// handler, thread.interrupt) set bits in it, and the eval loop checks it with one relaxed load at
// loop back-edges, function entry and after calls, exactly CPython's poll points. Nothing else
// interrupts running bytecode.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/thread_state.hpp"
#include "vm/frame.hpp"

namespace minipy::vm {

struct Interpreter;
struct GilThreadRecord;

enum EvalBreakerBits : uint32_t {
    kBreakGilDrop = 1u << 0,        // another thread waits for the GIL: drop it
    kBreakSignals = 1u << 1,        // a signal arrived (main thread runs the handlers)
    kBreakAsyncExc = 1u << 2,       // an asynchronous exception was posted to this thread
    kBreakPendingCalls = 1u << 3,
    kBreakGc = 1u << 4,             // a cycle collection is due (runtime/gc.hpp)
};

// A chunked bump allocator for frames.
class DataStack {
public:
    DataStack();
    ~DataStack();
    DataStack(const DataStack&) = delete;
    DataStack& operator=(const DataStack&) = delete;

    // Allocates `words` Values for a frame; nullptr when out of memory.
    rt::Value* push(size_t words);
    // Releases the most recent allocation (must be `base`).
    void pop(rt::Value* base);

private:
    struct Chunk { Chunk* previous; rt::Value* top; rt::Value* limit; rt::Value data[]; };
    Chunk* m_chunk = nullptr;
    Chunk* m_spare = nullptr;
    Chunk* new_chunk(size_t min_words);
};

struct ThreadState : rt::ThreadState {
    Interpreter* interp = nullptr;
    Frame* frame = nullptr;                      // innermost running frame
    std::atomic<uint32_t> eval_breaker{0};
    DataStack data_stack;
    rt::Value async_exc;                         // pending asynchronous exception (owned)
    bool is_main = false;
    uint64_t native_id = 0;
    struct GilThreadRecord* gil_record = nullptr;   // --gil-stats/--gil-trace record, or null
    uint8_t gil_last_drop = 0;                   // vm::DropReason of the last release (gil.hpp)
    int tracing = 0;                             // --trace depth guard
};

inline ThreadState* current_vm_thread() { return static_cast<ThreadState*>(rt::current_thread()); }

// Creates and registers the state for the calling OS thread (which must not have one yet).
ThreadState* thread_state_new(Interpreter* interp, bool is_main);
void thread_state_delete(ThreadState* ts);

}  // namespace minipy::vm
