# gil_convoy.py — the convoy effect, and minipy's fix for it.
#
# An I/O-bound thread does many small pipe writes and reads; each one would finish in about a
# microsecond. Under CPython's GIL every I/O call releases the GIL, a CPU-bound thread grabs it,
# and the I/O thread then waits a whole switch interval (5 ms) to get it back: I/O slows down by
# hundreds of times (David Beazley, bpo-7946, 2010). Run it both ways and compare:
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


def round_trips(n):
    t0 = time.perf_counter()
    for _ in range(n):
        os.write(w, b"x")
        os.read(r, 1)
    return (time.perf_counter() - t0) / n * 1e6


alone = round_trips(2000)
stop = False


def spin():
    while not stop:
        pass


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.02)
contended = round_trips(200)
stop = True
spinner.join()
print(f"GIL policy: {sys._gil_info()['policy']}")
print(f"pipe round trip alone:              {alone:10.1f} us")
print(f"pipe round trip next to a spinner:  {contended:10.1f} us  ({contended / alone:.0f}x slower)")
