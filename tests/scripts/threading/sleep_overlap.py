# time.sleep() releases the GIL: 4 threads sleeping 0.2 s each finish together, not one after the
# other.  Threads blocked on locks, events and joins overlap the same way.
import threading
import time


def timed(label, targets, limit):
    threads = [threading.Thread(target=f) for f in targets]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    print(f"{label}: {'PASS' if elapsed < limit else 'FAIL'}")


timed("sleep-overlap", [lambda: time.sleep(0.2)] * 4, 0.6)
timed("event-wait-overlap", [lambda: threading.Event().wait(0.2)] * 4, 0.6)


def lock_timeout():
    lock = threading.Lock()
    lock.acquire()
    lock.acquire(timeout=0.2)


timed("lock-timeout-overlap", [lock_timeout] * 4, 0.6)

# A sleeping thread does not stop a CPU-bound one from running: the counter keeps growing.
progress = 0
stop = threading.Event()


def spin():
    global progress
    while not stop.is_set():
        progress += 1


t = threading.Thread(target=spin)
t.start()
time.sleep(0.1)
first = progress
time.sleep(0.1)
stop.set()
t.join()
print("cpu thread ran while main slept:", "PASS" if progress > first > 0 else "FAIL")
