// object_lock.cpp — the contended path of ObjectLock (object.hpp), used only in --no-gil mode.
//
// The lock is one byte in the object header: 0 free, 1 held. ObjectLock's constructor tries one
// compare-and-swap; when another thread holds the byte it comes here and waits. Critical sections
// are short by rule (no Python code, no blocking, no second lock while one is held), so a brief
// spin with a CPU pause usually wins; after that the thread yields its time slice instead of
// burning it. (Containers are the first users; written here because nothing defined it yet.)
#include <thread>

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
            std::this_thread::yield();
        }
    }
}

}  // namespace minipy::rt
