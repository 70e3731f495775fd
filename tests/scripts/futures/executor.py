# ThreadPoolExecutor: submit, map (with timeout), exceptions, shutdown, names, initializer.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Executor, BrokenExecutor
import concurrent.futures as cf

with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(pow, 2, n) for n in range(10)]
    print([f.result() for f in futures])
    print(ex.submit(lambda a, b=0, **kw: (a, b, kw), 1, b=2, c=3).result())
    print(list(ex.map(lambda x, y: x * y, range(5), range(10, 15))))
    print(list(ex.map(str, [])))
print(isinstance(ex, Executor))

# A call's exception comes back through result() and map()'s iterator.
def fail(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    print(repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    results = []
    try:
        for value in ex.map(fail, range(6)):
            results.append(value)
    except ValueError as e:
        print("map stopped at:", e, results)

# map() with a timeout: TimeoutError when a result is late.
with ThreadPoolExecutor(2) as ex:
    it = ex.map(time.sleep, [0.0, 0.5], timeout=0.1)
    print(next(it))
    try:
        next(it)
    except TimeoutError:
        print("map timeout: TimeoutError")

# Shutdown: no more submissions; wait=True waits for the running calls.
ex = ThreadPoolExecutor(2)
slow = ex.submit(time.sleep, 0.1)
ex.shutdown(wait=True)
print("after shutdown(wait=True):", slow.done())
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()          # a second shutdown is harmless

# cancel_futures: calls that have not started are cancelled.
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait)
time.sleep(0.05)
queued = [ex.submit(print, "should not run") for _ in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
first.result()
print("cancelled:", [f.cancelled() for f in queued], first.cancelled())
ex.shutdown(wait=True)

# Thread names, reuse of idle workers, max_workers.
names = set()
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    for f in [ex.submit(lambda: threading.current_thread().name) for _ in range(10)]:
        names.add(f.result())
print(sorted(names) == ["pool_0", "pool_1"] or sorted(names) == ["pool_0"], sorted(names)[0])
with ThreadPoolExecutor(max_workers=4) as ex:
    for _ in range(5):
        ex.submit(int).result()      # each call ends before the next: one worker is enough
    print("workers:", len(ex._threads))
    prefix = ex._thread_name_prefix
print(prefix.startswith("ThreadPoolExecutor-"))
print("default max_workers in range:", 5 <= ThreadPoolExecutor()._max_workers <= 32)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)

# An initializer runs in every worker; when it fails the pool is broken.
seen = []
with ThreadPoolExecutor(2, initializer=seen.append, initargs=("init",)) as ex:
    ex.submit(int).result()
print(seen[:1])


def bad_init():
    raise OSError("no resource")


import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


cap = Capture()
sys.stderr = cap
ex = ThreadPoolExecutor(1, initializer=bad_init)
f = ex.submit(int)
try:
    f.result(timeout=5)
except BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(int)
except BrokenExecutor as e:
    print("submit:", type(e).__name__)
ex.shutdown()
sys.stderr = sys.__stderr__
print(cap.text.splitlines()[0], cap.text.splitlines()[-1])

# The base class leaves submit() to subclasses.
try:
    Executor().submit(int)
except NotImplementedError:
    print("NotImplementedError")
print("threads left:", threading.active_count())
