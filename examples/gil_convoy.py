# gil_convoy.py — the convoy effect, and minipy's fix for it.
#
# An I/O-bound thread writes 64 KiB into a pipe and reads it back, over and over; each round trip
# takes about ten microseconds. Under CPython's GIL every I/O call releases the GIL; if a
# CPU-bound thread wakes up and grabs it while the call copies its data, the I/O thread then
# waits a whole switch interval (5 ms) to get it back: that round trip is hundreds of times
# slower (David Beazley, bpo-7946, 2010). Whether the CPU-bound thread wins that race depends on
# how fast the OS wakes it, so the effect comes and goes from run to run; the mean and the worst
# round trip show it. Run it both ways and compare:
#
#     minipy examples/gil_convoy.py                       # policy "cpython": the convoy
#     minipy -X gil_policy=priority examples/gil_convoy.py   # policy "priority": no convoy
#
# Under "priority", I/O that would not block keeps the GIL, and a thread coming back from a
# blocking call is served before CPU-bound waiters (docs/gil.md).
import os
import sys
import threading
import time

r, w = os.pipe()
SIZE = 65536
data = b"x" * SIZE


def round_trips(n):
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        os.write(w, data)
        os.read(r, SIZE)
        samples.append((time.perf_counter() - t0) * 1e6)
    samples.sort()
    return samples[n // 2], sum(samples) / n, samples[-1]


alone = round_trips(1000)
stop = False


def spin():
    while not stop:
        pass


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.02)
contended = round_trips(1000)
stop = True
spinner.join()
gil_info = getattr(sys, "_gil_info", lambda: {"policy": "n/a (not minipy)"})
print(f"GIL policy: {gil_info()['policy']}")
print("64 KiB write+read round trip (us)   median       mean      worst")
print(f"alone                             {alone[0]:8.1f}   {alone[1]:8.1f}   {alone[2]:8.1f}")
print(f"next to a spinning thread         {contended[0]:8.1f}   {contended[1]:8.1f}   {contended[2]:8.1f}")
print(f"mean slowdown: {contended[1] / alone[1]:.1f}x")
