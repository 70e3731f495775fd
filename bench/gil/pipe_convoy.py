# The convoy effect (bpo-7946): a write + read round trip on a pipe, alone and next to a thread
# that spins on the CPU. Prints "alone_us contended_us" (median microseconds per round trip).
import os
import statistics
import threading
import time

r, w = os.pipe()
ROUNDS = 400


def round_trips():
    samples = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        os.write(w, b"x")
        os.read(r, 1)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1e6


alone = round_trips()
stop = False


def spin():
    n = 0
    while not stop:
        n += 1


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.05)
contended = round_trips()
stop = True
spinner.join()
print(f"{alone:.2f} {contended:.2f}")
