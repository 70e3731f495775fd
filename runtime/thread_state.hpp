// thread_state.hpp — the per-thread state the runtime needs: the exception being raised, the
// stack of exceptions being handled, and the recursion guard.
//
// The VM extends this struct (vm/thread_state.hpp) with frames, the eval-breaker word and the GIL
// bookkeeping. Each OS thread that runs Python code has exactly one, reachable as
// `rt::current_thread()` (a thread_local pointer set when the thread attaches).
#pragma once

#include <cstdint>

#include "object.hpp"

namespace minipy::rt {

// One entry of the "exception being handled" stack (sys.exc_info()). The eval loop pushes an
// entry when it enters an `except` block; generators keep their own entry and link it in while
// they run, as CPython's _PyErr_StackItem does.
struct ExcStackItem {
    Value exc_value;                 // the handled exception instance, or null
    ExcStackItem* previous = nullptr;
};

extern int g_recursion_limit;        // sys.getrecursionlimit(), default 1000

struct ThreadState {
    Value curexc;                    // the exception being raised (an instance), null if none
    ExcStackItem exc_base;           // bottom of the handled-exception stack
    ExcStackItem* exc_info = &exc_base;
    int recursion_depth = 0;         // Python calls + guarded native recursion
    bool recursion_overflowed = false;   // headroom granted while a RecursionError propagates
    uintptr_t c_stack_limit = 0;     // lowest safe C stack address for this thread (0: unchecked)
    uint64_t ident = 0;              // threading.get_ident()
};

extern thread_local ThreadState* t_current_thread;
inline ThreadState* current_thread() { return t_current_thread; }

// Records the C stack bounds of the calling thread into ts->c_stack_limit.
void init_stack_limit(ThreadState* ts);

// Recursion guard for native code that can recurse without bound (repr of nested containers,
// comparisons, calls). Returns false with RecursionError set when the Python recursion limit or
// the C stack limit is reached.
bool enter_recursion(const char* where);
inline void leave_recursion() {
    ThreadState* ts = current_thread();
    if (--ts->recursion_depth < g_recursion_limit - 50) ts->recursion_overflowed = false;
}

class RecursionGuard {
public:
    explicit RecursionGuard(const char* where) : m_ok(enter_recursion(where)), m_entered(m_ok) {}
    // A guard that counts only when `active` (an inactive one is always ok()).
    RecursionGuard(const char* where, bool active) : m_ok(!active || enter_recursion(where)), m_entered(active && m_ok) {}
    ~RecursionGuard() { if (m_entered) leave_recursion(); }
    bool ok() const { return m_ok; }
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;

private:
    bool m_ok;
    bool m_entered;
};

}  // namespace minipy::rt
