// gil.cpp — the global interpreter lock, CPython's "new GIL" protocol (3.2 to 3.14), and a
// second scheduling policy that fixes what that protocol is known for.
//
// Design note
// ===========
// Only the thread that holds the GIL runs bytecode or touches Python objects. The lock is a flag
// (m_locked) guarded by a mutex, with a condition variable that is signalled on every release.
//
// Taking the GIL (take), policy CPython:
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
// Consequences a user can see (docs/gil.md shows them with --gil-trace):
//   * CPU-bound threads take turns of about one interval each; they never run in parallel.
//   * A thread returning from a blocking call must wait up to one interval before even asking,
//     so an I/O-bound thread next to a CPU-bound one sees ~5 ms extra latency per wake-up.
//   * Every I/O call releases the GIL even when it would not block, and a CPU-bound thread grabs
//     it, so the I/O thread pays a full interval per call: the convoy effect (bpo-7946).
//
// Policy Priority (-X gil_policy=priority) changes two things:
//   * A thread coming back from a blocking call is a *priority waiter*: it does not wait a whole
//     interval; it asks the holder to drop the GIL as soon as the holder has run for a minimum
//     slice, and a release wakes priority waiters before ordinary ones, which
//     stand back while a priority waiter is queued.
//     (The minimum slice is 1/50 of the interval, at least 50 us: 100 us by default.)
//   * io_call() (gil.hpp) runs an I/O system call that would not block without releasing the
//     GIL at all.
// CPU-bound threads still share the GIL by intervals, so throughput is unchanged.
//
// In --no-gil mode there is no Gil object and every entry point returns at once.
#include "vm/gil.hpp"

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "vm/interpreter.hpp"

namespace minipy::vm {

using Clock = std::chrono::steady_clock;

Gil::Gil(int64_t interval_us, GilPolicy policy, std::unique_ptr<GilRecorder> recorder)
    : m_policy(policy), m_interval_us(interval_us < 1 ? 1 : interval_us), m_recorder(std::move(recorder)) {}

// At exit, once the interpreter is finalizing, only the main thread may run Python code again:
// any other thread that asks for the GIL parks here forever (CPython's PyThread_hang_thread), so
// daemon threads cannot run while module globals are being torn down. _exit() ends them.
static void park_forever() {
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

void Gil::take(ThreadState* ts) {
    if (g_interp && g_interp->finalizing.load(std::memory_order_acquire) && !ts->is_main) park_forever();
    if (m_recorder && ts->gil_record) m_recorder->transition(ts->gil_record, GilState::Waiting);
    const bool prio = m_policy == GilPolicy::Priority && ts->gil_last_drop == static_cast<uint8_t>(DropReason::Blocking);
    std::unique_lock<std::mutex> lock(m_mutex);
    if (prio) m_prio_waiting++;
    for (;;) {
        bool locked = m_locked.load(std::memory_order_relaxed);
        if (!locked && (prio || m_prio_waiting == 0)) break;
        auto interval = std::chrono::microseconds(m_interval_us.load(std::memory_order_relaxed));
        if (prio) {
            if (!locked) continue;   // cannot happen for a priority waiter: the loop breaks above
            // The holder keeps at least a short slice, so a stream of I/O wake-ups cannot starve
            // a CPU-bound thread: 1/50 of the interval (100 us at the default 5 ms), >= 50 us.
            auto min_slice = std::max<std::chrono::microseconds>(interval / 50, std::chrono::microseconds(50));
            auto held = Clock::now() - m_held_since;
            if (held >= min_slice) {
                ThreadState* holder = m_last_holder.load(std::memory_order_relaxed);
                if (holder) holder->eval_breaker.fetch_or(kBreakGilDrop, std::memory_order_relaxed);
                m_prio_cond.wait_for(lock, interval);
            } else {
                m_prio_cond.wait_for(lock, min_slice - held);
            }
            continue;
        }
        uint64_t saved_switch = m_switch_number;
        bool timed_out = m_cond.wait_for(lock, interval) == std::cv_status::timeout;
        if (timed_out && m_locked.load(std::memory_order_relaxed) && m_switch_number == saved_switch) {
            ThreadState* holder = m_last_holder.load(std::memory_order_relaxed);
            if (holder) holder->eval_breaker.fetch_or(kBreakGilDrop, std::memory_order_relaxed);
        }
    }
    if (prio) m_prio_waiting--;
    {
        std::lock_guard<std::mutex> sw(m_switch_mutex);
        m_locked.store(true, std::memory_order_relaxed);
        if (m_last_holder.load(std::memory_order_relaxed) != ts) {
            m_last_holder.store(ts, std::memory_order_relaxed);
            m_switch_number++;
        }
        m_switch_cond.notify_all();
    }
    m_held_since = Clock::now();
    ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
    lock.unlock();
    if (m_recorder && ts->gil_record) {
        m_recorder->transition(ts->gil_record, GilState::Holding);
        m_recorder->count_acquisition(ts->gil_record);
    }
    if (g_interp && g_interp->finalizing.load(std::memory_order_acquire) && !ts->is_main) {
        drop(ts, DropReason::Final);   // finalization began while this thread waited
        park_forever();
    }
}

void Gil::drop(ThreadState* ts, DropReason why) {
    if (m_recorder && ts->gil_record) {
        GilState next = why == DropReason::Blocking ? GilState::Blocked
                      : why == DropReason::Final    ? GilState::None
                                                    : GilState::Waiting;
        m_recorder->transition(ts->gil_record, next);
        if (why == DropReason::Yield) m_recorder->count_forced_drop(ts->gil_record);
    }
    ts->gil_last_drop = static_cast<uint8_t>(why);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_last_holder.store(ts, std::memory_order_relaxed);
        m_locked.store(false, std::memory_order_relaxed);
        if (m_prio_waiting > 0) m_prio_cond.notify_one();
        else m_cond.notify_one();
    }
    // Forced switching: after a drop request, wait until someone else has the GIL.
    if (why != DropReason::Final && (ts->eval_breaker.load(std::memory_order_relaxed) & kBreakGilDrop)) {
        std::unique_lock<std::mutex> sw(m_switch_mutex);
        if (m_last_holder.load(std::memory_order_relaxed) == ts) {
            ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
            m_switch_cond.wait(sw);   // one wait, as CPython: a spurious wake-up only costs a retry
        }
    }
}

void Gil::yield(ThreadState* ts) {
    drop(ts, DropReason::Yield);
    take(ts);
}

// =============================================================================================

bool gil_enabled() { return g_interp && g_interp->gil; }

bool gil_priority_policy() { return g_interp && g_interp->gil && g_interp->gil->policy() == GilPolicy::Priority; }

void gil_yield(ThreadState* ts) {
    if (g_interp && g_interp->gil) g_interp->gil->yield(ts);
    else ts->eval_breaker.fetch_and(~kBreakGilDrop, std::memory_order_relaxed);
}

void gil_register_thread(ThreadState* ts, const std::string& name) {
    if (!g_interp || !g_interp->gil || !g_interp->gil->recorder()) return;
    ts->gil_record = g_interp->gil->recorder()->add_thread(name, ts->native_id);
}

void gil_set_thread_name(ThreadState* ts, const std::string& name) {
    if (ts->gil_record) ts->gil_record->name = name;
}

void gil_write_reports(Interpreter* interp) {
    Gil* gil = interp->gil;
    if (!gil || !gil->recorder()) return;
    if (interp->config.gil_stats) {
        std::fflush(stdout);
        gil->recorder()->write_stats(stderr, gil->switch_number(), gil->interval_us());
        std::fflush(stderr);
    }
    if (!interp->config.gil_trace_file.empty() && !gil->recorder()->write_trace(interp->config.gil_trace_file))
        std::fprintf(stderr, "minipy: cannot write %s\n", interp->config.gil_trace_file.c_str());
}

bool fd_ready(int fd, short events) {
    struct pollfd p;
    p.fd = fd;
    p.events = events;
    p.revents = 0;
    return ::poll(&p, 1, 0) == 1 && (p.revents & (events | POLLHUP | POLLERR));
}

GilRelease::GilRelease() : m_ts(nullptr) {
    if (g_interp && g_interp->gil) {
        m_ts = current_vm_thread();
        if (m_ts) g_interp->gil->drop(m_ts, DropReason::Blocking);
    }
}

GilRelease::~GilRelease() {
    if (m_ts) g_interp->gil->take(m_ts);
}

}  // namespace minipy::vm
