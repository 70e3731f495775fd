// gil.hpp — the global interpreter lock. See the design note at the top of gil.cpp.
#pragma once

#include <poll.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "vm/gil_recorder.hpp"
#include "vm/thread_state.hpp"

namespace minipy::vm {

struct Interpreter;

// How the GIL picks the next holder.
//   CPython   faithful to CPython 3.2-3.14 (so its effects can be shown): every waiter waits one
//             switch interval before asking the holder to drop the GIL.
//   Priority  minipy's fix: a thread coming back from a blocking call asks as soon as the holder
//             has had a short minimum slice and is served before CPU-bound waiters; and I/O that
//             would not block runs without giving the GIL up at all (no convoy effect).
enum class GilPolicy { CPython, Priority };

// Why a thread gives the GIL up.
enum class DropReason : uint8_t {
    Yield,      // the eval breaker asked it to (a waiter's drop request)
    Blocking,   // around a blocking call (GilRelease)
    Final,      // the thread is ending
};

class Gil {
public:
    Gil(int64_t interval_us, GilPolicy policy, std::unique_ptr<GilRecorder> recorder);

    void take(ThreadState* ts);                          // attach: wait for the lock
    void drop(ThreadState* ts, DropReason why);          // detach
    void yield(ThreadState* ts);                         // drop on request, then take again

    int64_t interval_us() const { return m_interval_us.load(std::memory_order_relaxed); }
    void set_interval_us(int64_t us) { m_interval_us.store(us < 1 ? 1 : us, std::memory_order_relaxed); }
    GilPolicy policy() const { return m_policy; }
    uint64_t switch_number() const { return m_switch_number; }
    GilRecorder* recorder() const { return m_recorder.get(); }

private:
    GilPolicy m_policy;
    std::mutex m_mutex;                      // protects the fields below m_locked
    std::condition_variable m_cond;          // ordinary waiters
    std::condition_variable m_prio_cond;     // Priority policy: threads back from blocking calls
    std::atomic<bool> m_locked{false};
    std::atomic<ThreadState*> m_last_holder{nullptr};
    uint64_t m_switch_number = 0;            // how often the holder changed
    int m_prio_waiting = 0;
    std::chrono::steady_clock::time_point m_held_since;
    std::atomic<int64_t> m_interval_us;
    std::mutex m_switch_mutex;               // the forced-switch handshake
    std::condition_variable m_switch_cond;
    std::unique_ptr<GilRecorder> m_recorder;
};

bool gil_enabled();
void gil_yield(ThreadState* ts);             // eval-breaker hook for kBreakGilDrop
// Registers a thread with the GIL recorder (--gil-stats/--gil-trace); a no-op otherwise.
void gil_register_thread(ThreadState* ts, const std::string& name);
void gil_set_thread_name(ThreadState* ts, const std::string& name);
// At exit: prints --gil-stats to stderr and writes the --gil-trace file.
void gil_write_reports(Interpreter* interp);

// Releases the GIL around a blocking operation (Py_BEGIN/END_ALLOW_THREADS). Native code must not
// touch Python objects while the guard is alive. A no-op without the GIL.
class GilRelease {
public:
    GilRelease();
    ~GilRelease();
    GilRelease(const GilRelease&) = delete;
    GilRelease& operator=(const GilRelease&) = delete;

private:
    ThreadState* m_ts;
};

// True when a system call on fd for `events` (POLLIN/POLLOUT) would not block now.
bool fd_ready(int fd, short events);
bool gil_priority_policy();

// Runs a system call on fd that may block. The GIL is released around it, except under the
// Priority policy when the call would not block: then it runs holding the GIL, so an I/O-bound
// thread does not hand the GIL to a CPU-bound one on every read or write (the convoy effect).
template <class F>
auto io_call(int fd, short events, F&& call) -> decltype(call()) {
    if (gil_priority_policy() && fd_ready(fd, events)) return call();
    GilRelease release;
    return call();
}

}  // namespace minipy::vm
