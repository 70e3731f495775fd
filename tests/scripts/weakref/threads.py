# Weak references used from several threads at once: references are created, dereferenced and
# dropped while the referents die in other threads; callbacks run exactly once per referent.
import threading
import weakref

class Item:
    pass

N_THREADS, ROUNDS = 4, 2000
callbacks = [0] * N_THREADS
shared = [Item() for _ in range(16)]
cache = weakref.WeakValueDictionary()
lock = threading.Lock()

def worker(k):
    seen_alive = 0
    for i in range(ROUNDS):
        mine = Item()
        r = weakref.ref(mine, lambda ref, k=k: callbacks.__setitem__(k, callbacks[k] + 1))
        s = weakref.ref(shared[i % len(shared)])
        if s() is not None:
            seen_alive += 1
        cache[(k, i % 8)] = mine
        assert r() is mine
        del mine
        assert r() is None
    return seen_alive

results = [None] * N_THREADS
def run(k):
    results[k] = worker(k)

threads = [threading.Thread(target=run, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('callbacks per thread:', callbacks)
print('shared referents seen alive:', results)
print('cache entries left:', len(cache))
print('shared references:', sorted(set(weakref.getweakrefcount(x) for x in shared)))
