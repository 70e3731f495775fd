# Barrier: arrival indices, the action, reuse, reset, abort, timeouts, properties.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
r = repr(b)
print(r[:r.index(" at ")] + r[r.index(":"):])
indices = []
lock = threading.Lock()


def arrive():
    i = b.wait()
    with lock:
        indices.append(i)


for round_no in range(3):            # a barrier can be used again after it trips
    threads = [threading.Thread(target=arrive) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("round", round_no, sorted(indices), b.n_waiting, b.broken)
    indices.clear()

# The action runs once per trip, in one of the threads, before any of them leaves.
calls = []
b = threading.Barrier(4, action=lambda: calls.append(len(calls)))
threads = [threading.Thread(target=b.wait) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("action calls:", calls)

# A timeout breaks the barrier for everybody.
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out: BrokenBarrierError, broken =", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
r = repr(b)
print(r[:r.index(" at ")] + r[r.index(":"):])
b.reset()
print("after reset:", b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# abort() wakes the waiting threads with BrokenBarrierError.
b = threading.Barrier(3)
errors = []
arrived = threading.Semaphore(0)


def wait_and_catch():
    try:
        arrived.release()
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


threads = [threading.Thread(target=wait_and_catch) for _ in range(2)]
for t in threads:
    t.start()
for _ in range(2):
    arrived.acquire()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
print("n_waiting:", b.n_waiting)
b.abort()
for t in threads:
    t.join()
print(errors, b.broken)

# reset() while threads wait: they get BrokenBarrierError, and the barrier is usable again.
b = threading.Barrier(2)
errors.clear()
t = threading.Thread(target=wait_and_catch)
t.start()
arrived.acquire()
while b.n_waiting < 1:
    threading.Event().wait(0.001)
b.reset()
t.join()
print(errors, b.broken, b.n_waiting)
results = []
t = threading.Thread(target=lambda: results.append(b.wait()))
t.start()
results.append(b.wait())
t.join()
print(sorted(results))

# A failing action breaks the barrier; the thread that ran it gets the exception.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
outcome = []


def run():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("BrokenBarrierError")
    except ValueError as e:
        outcome.append("ValueError: " + str(e))


threads = [threading.Thread(target=run) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outcome), b.broken)

# A party of one never waits.
print(threading.Barrier(1).wait())
