// eval_breaker.cpp — signals and the other asynchronous events the eval loop polls for.
//
// A signal handler may not touch Python objects, so it only records the signal and sets the
// kBreakSignals bit in the main thread's breaker word; the main thread then raises
// KeyboardInterrupt at its next poll point (a loop back-edge, a call, a function entry), or when
// a blocking call it sits in is interrupted (EINTR), exactly as CPython does.
#include "vm/eval_breaker.hpp"

#include <csignal>

#include "runtime/errors.hpp"
#include "runtime/gc.hpp"
#include "vm/gil.hpp"
#include "vm/interpreter.hpp"

namespace minipy::vm {

static volatile std::sig_atomic_t g_sigint_pending = 0;

bool (*g_signal_handlers_hook)() = nullptr;

void signal_pending(int signum) {
    if (signum == SIGINT) g_sigint_pending = 1;
    Interpreter* interp = g_interp;
    if (interp && interp->main_thread)
        interp->main_thread->eval_breaker.fetch_or(kBreakSignals, std::memory_order_relaxed);
}

static void on_sigint(int signum) { signal_pending(signum); }

// Without the GIL, collect only while one thread exists (there is no stop-the-world yet).
static bool gc_may_collect() {
    return g_interp->gil || g_interp->thread_count.load(std::memory_order_relaxed) <= 1;
}

static void schedule_gc() {
    if (!gc_may_collect()) return;
    if (ThreadState* ts = current_vm_thread()) ts->eval_breaker.fetch_or(kBreakGc, std::memory_order_relaxed);
}

void install_signal_handlers() {
    rt::g_gc_schedule_hook = schedule_gc;
    rt::g_gc_may_collect_hook = gc_may_collect;
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   // no SA_RESTART: blocking calls return EINTR so they can raise
    // A program started with SIGINT ignored (a background job, nohup) keeps it ignored, as CPython.
    struct sigaction old {};
    bool ignored = sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN;
    if (!ignored) sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);   // writes to a closed pipe raise BrokenPipeError instead
}

// Returns false with KeyboardInterrupt set when Ctrl-C arrived (main thread only).
bool check_signals() {
    ThreadState* ts = current_vm_thread();
    if (!ts || !ts->is_main) return true;
    ts->eval_breaker.fetch_and(~kBreakSignals, std::memory_order_relaxed);
    if (g_sigint_pending) {
        g_sigint_pending = 0;
        rt::raise(&rt::exc::KeyboardInterrupt, nullptr);
        return false;
    }
    if (g_signal_handlers_hook) return g_signal_handlers_hook();
    return true;
}

bool handle_eval_breaker(ThreadState* ts) {
    uint32_t bits = ts->eval_breaker.load(std::memory_order_relaxed);
    if ((bits & kBreakSignals) && ts->is_main) {
        if (!check_signals()) return false;
    }
    if (bits & kBreakGilDrop) gil_yield(ts);
    if (bits & kBreakGc) {
        ts->eval_breaker.fetch_and(~kBreakGc, std::memory_order_relaxed);
        rt::gc_collect_if_scheduled();
    }
    if (bits & kBreakAsyncExc) {
        ts->eval_breaker.fetch_and(~kBreakAsyncExc, std::memory_order_relaxed);
        rt::Value e = ts->async_exc;
        ts->async_exc = rt::Value{};
        if (e) {
            rt::raise_object(e);
            rt::decref(e);
            return false;
        }
    }
    return true;
}

}  // namespace minipy::vm
