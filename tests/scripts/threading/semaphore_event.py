# Semaphore, BoundedSemaphore and Event.
import threading


def strip(obj):
    # "<threading.Semaphore at 0x...: value=1>" without the address.
    r = repr(obj)
    return r[:r.index(" at ")] + r[r.index(":"):]


s = threading.Semaphore(2)
print(strip(s))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
print(strip(s))
s.release()
print(strip(s))
s.release(3)
print(strip(s))
with s:
    print("in with:", strip(s))
print(strip(s))
for args, kw in [((-1,), {}), ]:
    try:
        threading.Semaphore(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(2)
print(strip(b))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(strip(b))

# A semaphore limits how many threads are inside at once.
gate = threading.Semaphore(3)
lock = threading.Lock()
inside = 0
peak = 0


def limited():
    global inside, peak
    with gate:
        with lock:
            inside += 1
            peak = max(peak, inside)
        threading.Event().wait(0.01)
        with lock:
            inside -= 1


threads = [threading.Thread(target=limited) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 3:", peak <= 3, "inside:", inside)

# A blocked acquire wakes up on release from another thread.
s0 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s0.acquire(timeout=5)))
t.start()
s0.release()
t.join()
print("woken:", got)

# Event.
e = threading.Event()
print(strip(e), e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(strip(e), e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set())
waiters = []
start = threading.Event()


def wait_for_it(i):
    waiters.append((i, e.wait(5)))


threads = [threading.Thread(target=wait_for_it, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
e.set()
for t in threads:
    t.join()
print(sorted(waiters))
