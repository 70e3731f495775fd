# The convoy effect (bpo-7946): os.write + os.read round trips of 64 KiB on one pipe, alone and
# next to a thread that spins on the CPU. Each call releases the GIL (the default policy does so
# even though neither call ever blocks here); while a call copies its 64 KiB, the spinner can
# wake up and take the GIL, and the I/O thread then waits a whole switch interval to get it back.
# Prints: alone_median contended_median alone_mean contended_mean   (microseconds)
import os
import threading
import time

SIZE = 65536          # a full pipe buffer, so each call takes a few microseconds
ROUNDS = 300
r, w = os.pipe()
data = b"x" * SIZE


def round_trips():
    samples = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        os.write(w, data)
        os.read(r, SIZE)
        samples.append(time.perf_counter() - t0)
    samples.sort()
    return samples[len(samples) // 2] * 1e6, sum(samples) / len(samples) * 1e6


alone_median, alone_mean = round_trips()
stop = False


def spin():
    n = 0
    while not stop:
        n += 1


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.05)
contended_median, contended_mean = round_trips()
stop = True
spinner.join()
print(f"{alone_median:.2f} {contended_median:.2f} {alone_mean:.2f} {contended_mean:.2f}")
