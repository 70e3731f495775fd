// gil.hpp — the global interpreter lock. See the design note at the top of gil.cpp.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "vm/thread_state.hpp"

namespace minipy::vm {

class Gil {
public:
    explicit Gil(int64_t interval_us);

    void take(ThreadState* ts);             // attach: wait for the lock (asking the holder to drop it)
    void drop(ThreadState* ts, bool final_release = false);   // detach
    void yield(ThreadState* ts);            // the holder was asked to drop: drop, let another run, take again

    int64_t interval_us() const { return m_interval_us.load(std::memory_order_relaxed); }
    void set_interval_us(int64_t us) { m_interval_us.store(us < 1 ? 1 : us, std::memory_order_relaxed); }
    uint64_t switch_number() const { return m_switch_number; }
    uint64_t forced_drops() const { return m_forced_drops.load(std::memory_order_relaxed); }
    bool locked() const { return m_locked.load(std::memory_order_relaxed); }

private:
    std::mutex m_mutex;                      // protects m_locked transitions and m_switch_number
    std::condition_variable m_cond;          // signalled on every release
    std::atomic<bool> m_locked{false};
    std::atomic<ThreadState*> m_last_holder{nullptr};
    uint64_t m_switch_number = 0;            // changes of holder
    std::atomic<int64_t> m_interval_us;
    std::atomic<uint64_t> m_forced_drops{0};
    std::mutex m_switch_mutex;               // the forced-switch handshake
    std::condition_variable m_switch_cond;
};

bool gil_enabled();
void gil_yield(ThreadState* ts);             // eval-breaker hook for kBreakGilDrop

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

}  // namespace minipy::vm
