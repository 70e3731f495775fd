# The seed text's CPU-bound task in N threads (argv[1], default 4); prints the wall time.
import sys
import threading
import time


def cpu_bound_task():
    result = 0
    for i in range(10000000):
        result += i
    assert result == 49999995000000


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
t0 = time.perf_counter()
threads = [threading.Thread(target=cpu_bound_task) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{time.perf_counter() - t0:.4f}")
