# wait() with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and timeouts; as_completed().
import threading
import time
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def finished(value):
    f = Future()
    f.set_result(value)
    return f


def failed(exc):
    f = Future()
    f.set_exception(exc)
    return f


def names(fs, labels):
    return sorted(labels[f] for f in fs)


a, b, c = finished(1), failed(ValueError("x")), Future()
labels = {a: "a", b: "b", c: "c"}
for mode in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
    done, not_done = wait([a, b, c], timeout=0.01, return_when=mode)
    print(mode, names(done, labels), names(not_done, labels))
r = wait([a, b])
print(type(r).__name__, names(r.done, labels), r.not_done, r[1] is r.not_done)
print(repr(wait([], timeout=0)))
try:
    wait([c], timeout=0, return_when="SOMETIMES")
except ValueError as e:
    print("ValueError:", e)

# Waiting on running work.
with ThreadPoolExecutor(4) as ex:
    gate = threading.Event()
    quick = ex.submit(lambda: "quick")
    held = ex.submit(gate.wait)
    done, not_done = wait([quick, held], return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    boom = ex.submit(lambda: 1 / 0)
    done, not_done = wait([boom, held], return_when=FIRST_EXCEPTION)
    print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))
    done, not_done = wait([held], timeout=0.05)
    print("timed out:", len(done), len(not_done))
    gate.set()
    done, not_done = wait([quick, held, boom])
    print("all completed:", len(done), len(not_done))

# as_completed yields each future once, as it completes.
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(time.sleep, d) for d in (0.3, 0.0, 0.05)]
    order = [fs.index(f) for f in as_completed(fs + fs)]   # duplicates are yielded once
    print("as_completed:", sorted(order), order[-1])

done_already = [finished(i) for i in range(3)]
print(sorted(f.result() for f in as_completed(done_already)))

# as_completed with a timeout raises TimeoutError with a count of the unfinished.
pending = Future()
try:
    for f in as_completed([finished("ok"), pending], timeout=0.05):
        print("got", f.result())
except TimeoutError as e:
    print("TimeoutError:", e)

# A cancelled future counts as completed once its executor has noticed the cancellation
# (set_running_or_notify_cancel); before that, as_completed keeps waiting for it.
cancelled = Future()
cancelled.cancel()
try:
    list(as_completed([cancelled], timeout=0.02))
except TimeoutError as e:
    print("not yet:", e)
threading.Timer(0.02, cancelled.set_running_or_notify_cancel).start()
print([f.cancelled() for f in as_completed([cancelled], timeout=5)])
with ThreadPoolExecutor(1) as ex:
    gate = threading.Event()
    ex.submit(gate.wait)
    queued = ex.submit(int)
    queued.cancel()
    gate.set()
    print("cancelled in a pool:", [f.cancelled() for f in as_completed([queued], timeout=5)])
