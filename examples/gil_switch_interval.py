# gil_switch_interval.py — what sys.setswitchinterval() changes.
#
# Two CPU-bound threads share the GIL. Every `interval` seconds a waiting thread asks the running
# one to let go (vm/gil.cpp), so a smaller interval means more switches: better latency for the
# waiting thread, more overhead for everyone. sys._gil_info() is a minipy extension that reports
# how many times the GIL changed hands.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


for interval in (0.0005, 0.005, 0.05):
    sys.setswitchinterval(interval)
    before = sys._gil_info()["switches"]
    t0 = time.perf_counter()
    threads = [threading.Thread(target=count, args=(3_000_000,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    switches = sys._gil_info()["switches"] - before
    print(f"interval {interval * 1000:6.1f} ms: {switches:5d} GIL switches in {elapsed:.2f} s")
