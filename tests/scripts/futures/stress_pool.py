# Stress: many small calls through thread pools of several sizes; results come back complete,
# in order for map(), and the workers all leave at shutdown.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

lock = threading.Lock()
total = 0


def add(n):
    global total
    with lock:
        total += n
    return n * 2


for workers in (1, 4, 16):
    total = 0
    with ThreadPoolExecutor(max_workers=workers) as ex:
        doubled = list(ex.map(add, range(2000)))
        futures = [ex.submit(add, i) for i in range(2000)]
        collected = sorted(f.result() for f in as_completed(futures))
    print(workers, total == 2 * sum(range(2000)), doubled == [2 * i for i in range(2000)],
          collected == doubled)

# Many short-lived pools.
results = []
for i in range(200):
    with ThreadPoolExecutor(2) as ex:
        results.append(ex.submit(pow, i, 2).result())
print(results == [i * i for i in range(200)])
print("threads left:", threading.active_count())
