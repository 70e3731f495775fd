# Future by hand: states, results, exceptions, cancellation, callbacks, timeouts, repr.
import concurrent.futures as cf
from concurrent.futures import Future
import threading


def state(f):
    # repr without the address: "<Future state=pending>"
    r = repr(f)
    return r[:r.index(" at ")] + r[r.index(" state="):]


f = Future()
print(state(f), f.done(), f.running(), f.cancelled())
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print("TimeoutError", repr(str(e)), type(e) is TimeoutError)
try:
    f.exception(timeout=0)
except TimeoutError:
    print("TimeoutError from exception()")
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result(42)
print(state(f), f.done(), f.running(), f.result(), f.exception(), f.result(timeout=0))
try:
    f.set_result(43)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0], state(f))
try:
    f.set_exception(ValueError())
except cf.InvalidStateError:
    print("InvalidStateError again")

g = Future()
g.set_exception(ValueError("bad value"))
print(state(g), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result() raises:", repr(e))

# Cancellation.
c = Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), state(c))
try:
    c.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    c.exception()
except cf.CancelledError:
    print("CancelledError from exception()")
print(c.set_running_or_notify_cancel(), state(c), c.cancelled())
r = Future()
r.set_running_or_notify_cancel()
print("cancel a running future:", r.cancel())
r.set_result(None)
print("cancel a finished future:", r.cancel(), state(r))
try:
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

# Callbacks: in order, at completion; at once when already done; also on cancel.
log = []
h = Future()
h.add_done_callback(lambda fut: log.append(("first", fut.result())))
h.add_done_callback(lambda fut: log.append(("second", fut.result())))
print(log)
h.set_result("x")
print(log)
h.add_done_callback(lambda fut: log.append(("late", fut.done())))
print(log)
k = Future()
k.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
k.cancel()
print(log[-1])

# A result set from another thread wakes result().
w = Future()
t = threading.Timer(0.02, w.set_result, args=["from timer"])
t.start()
print(w.result(timeout=5))
t.join()

# Exception hierarchy and aliases.
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf._base.Error, Exception))
print(cf.TimeoutError is TimeoutError, issubclass(cf.BrokenExecutor, RuntimeError))
print(issubclass(cf.InvalidStateError, cf._base.Error))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
# (ProcessPoolExecutor is not available in minipy yet.)
print(sorted(name for name in cf.__all__ if name != "ProcessPoolExecutor"))
print(hasattr(cf, "ThreadPoolExecutor"))

# A failing callback is logged on stderr ("exception calling callback for <Future ...>" and the
# traceback); the other callbacks still run.
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def bad_callback(fut):
    raise ValueError("callback failed")


cap = Capture()
sys.stderr = cap
m = Future()
m.add_done_callback(bad_callback)
m.add_done_callback(lambda fut: print("next callback still runs"))
m.set_result(7)
sys.stderr = sys.__stderr__
lines = cap.text.splitlines()
print(lines[0].replace(hex(id(m)), "ADDR"))
print(lines[1])
print(lines[-1])
