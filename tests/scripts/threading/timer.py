# Timer: fires once after its interval unless cancelled; a Thread subclass.
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=["fired"])
print(isinstance(t, threading.Thread), t.name, t.interval)
start = time.monotonic()
t.start()
t.join()
print(fired, "waited long enough:", time.monotonic() - start >= 0.04)

c = threading.Timer(10, fired.append, args=["should not fire"])
start = time.monotonic()
c.start()
c.cancel()
c.join()
print(fired, "cancel is prompt:", time.monotonic() - start < 5)

# kwargs, and cancel() before start()
k = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"a": 1})
k.start()
k.join()
print(fired)
n = threading.Timer(0.01, fired.append, args=["never"])
n.cancel()
n.start()
n.join()
print(fired, n.finished.is_set())
