// gil.cpp — the global interpreter lock, CPython's "new GIL" protocol (3.2 to 3.14).
//
// Design note
// ===========
// Only the thread that holds the GIL runs bytecode or touches Python objects. The lock is a flag
// (m_locked) guarded by a mutex, with a condition variable that is signalled on every release.
//
// Taking the GIL (take):
//   while the GIL is held:
//       wait on the condition variable for one switch interval (default 5 ms);
//       if the wait timed out and nobody got the GIL meanwhile (the switch number did not
//       change), set the DROP REQUEST bit in the holder's eval-breaker word.
//   then mark it held, record the new holder, and bump the switch number if the holder changed.
//
// The holder polls its eval-breaker word at loop back-edges, function entry and after calls
// (eval.cpp). Seeing the drop request, it releases the GIL (yield) and, because the release was
// *forced*, waits until another thread has actually taken it before trying to take it back:
// otherwise, on a multi-core machine, the releasing thread would usually win again at once
// (the "GIL battle" of the pre-3.2 GIL). Voluntary releases (blocking I/O, sleep) do not wait.
//
// Consequences a user can see (and docs/gil.md shows with --gil-trace):
//   * CPU-bound threads take turns of about one interval each; they never run in parallel.
//   * A thread returning from a blocking call must wait up to one interval before even asking,
//     so an I/O-bound thread next to a CPU-bound one sees ~5 ms extra latency per wake-up
//     (the convoy effect, bpo-7946).
// In --no-gil mode none of this runs: every entry point returns at once.
#include "vm/gil.hpp"

#include <chrono>

#include "vm/interpreter.hpp"

namespace minipy::vm {

Gil::Gil(int64_t interval_us) : m_interval_us(interval_us < 1 ? 1 : interval_us) {}

void Gil::take(ThreadState* ts) {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (m_locked.load(std::memory_order_relaxed)) {
        uint64_t saved_switch = m_switch_number;
        auto interval = std::chrono::microseconds(m_interval_us.load(std::memory_order_relaxed));
        bool timed_out = m_cond.wait_for(lock, interval) == std::cv_status::timeout;
        if (timed_out && m_locked.load(std::memory_order_relaxed) && m_switch_number == saved_switch) {
            ThreadState* holder = m_last_holder.load(std::memory_order_relaxed);
            if (holder) holder->eval_breaker.fetch_or(kBreakGilDrop, std::memory_order_relaxed);
        }
    }
    {
        std::lock_guard<std::mutex> sw(m_switch_mutex);
        m_locked.store(true, std::memory_order_relaxed);
        if (m_last_holder.load(std::memory_order_relaxed) != ts) {
            m_last_holder.store(ts, std::memory_order_relaxed);
            m_switch_number++;
        }
        m_switch_cond.notify_all();
    }
    ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
}

void Gil::drop(ThreadState* ts, bool final_release) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_last_holder.store(ts, std::memory_order_relaxed);
        m_locked.store(false, std::memory_order_relaxed);
        m_cond.notify_one();
    }
    // Forced switching: after a drop request, wait until someone else has the GIL.
    if (!final_release && (ts->eval_breaker.load(std::memory_order_relaxed) & kBreakGilDrop)) {
        m_forced_drops.fetch_add(1, std::memory_order_relaxed);
        std::unique_lock<std::mutex> sw(m_switch_mutex);
        if (m_last_holder.load(std::memory_order_relaxed) == ts) {
            ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
            m_switch_cond.wait(sw);   // one wait, as CPython: a spurious wake-up only costs a retry
        }
    }
}

void Gil::yield(ThreadState* ts) {
    drop(ts);
    take(ts);
}

bool gil_enabled() { return g_interp && g_interp->gil; }

void gil_yield(ThreadState* ts) {
    if (g_interp && g_interp->gil) g_interp->gil->yield(ts);
    else ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
}

GilRelease::GilRelease() : m_ts(nullptr) {
    if (g_interp && g_interp->gil) {
        m_ts = current_vm_thread();
        if (m_ts) g_interp->gil->drop(m_ts);
    }
}

GilRelease::~GilRelease() {
    if (m_ts) g_interp->gil->take(m_ts);
}

}  // namespace minipy::vm
