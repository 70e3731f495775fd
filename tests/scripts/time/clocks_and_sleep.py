# time: clocks move forward, sleep waits at least as long as asked, and argument errors.
import time

t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
time.sleep(0.05)
t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
print("time advanced:", 0.04 <= t1 - t0 < 5)
print("monotonic advanced:", 0.04 <= m1 - m0 < 5)
print("perf_counter advanced:", 0.045 <= p1 - p0 < 5)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print("ns agrees:", abs(time.time_ns() / 1e9 - time.time()) < 1)
print("process_time:", time.process_time() >= 0, type(time.process_time()).__name__)
time.sleep(0)
time.sleep(0.001)
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
