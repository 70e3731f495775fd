# Stress: 100 threads each add 1,000 times to a counter protected by a Lock (and an RLock):
# no update may be lost.
import threading

N_THREADS = 100
N_ADDS = 1000

for make in (threading.Lock, threading.RLock):
    lock = make()
    counter = 0

    def add():
        global counter
        for _ in range(N_ADDS):
            with lock:
                counter += 1

    threads = [threading.Thread(target=add) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(type(lock).__name__, counter, counter == N_THREADS * N_ADDS)

# The same through a Condition and a Semaphore used as a mutex.
cond = threading.Condition()
sem = threading.Semaphore(1)
totals = {"cond": 0, "sem": 0}


def both():
    for _ in range(200):
        with cond:
            totals["cond"] += 1
        with sem:
            totals["sem"] += 1


threads = [threading.Thread(target=both) for _ in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
print("threads left:", threading.active_count())
