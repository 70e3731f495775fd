// object.cpp — the slow path of the per-object lock (--no-gil mode).
//
// The fast path (one compare-and-swap) is inline in object.hpp. When the byte is taken, spin a
// little (the holder only runs a few instructions under it: ObjectLock sections never call
// Python code or block), then yield the CPU between attempts.
#include <sched.h>

#include "object.hpp"

namespace minipy::rt {

void lock_object_slow(Object* o) {
    for (int spins = 0;; spins++) {
        uint8_t expected = 0;
        if (o->lock.load(std::memory_order_relaxed) == 0 &&
            o->lock.compare_exchange_weak(expected, 1, std::memory_order_acquire))
            return;
        if (spins < 64) {
#if defined(__x86_64__) || defined(__i386__)
            __builtin_ia32_pause();
#endif
        } else {
            sched_yield();
        }
    }
}

}  // namespace minipy::rt
