# The convoy effect (bpo-7946): pipe round trips next to a thread that spins on the CPU.
#   same-thread: os.write then os.read on one pipe (neither call ever blocks);
#   echo: the main thread writes to an echo thread and reads its answer (both reads block).
# Prints four numbers, median microseconds per round trip:
#   same_alone same_contended echo_alone echo_contended
import os
import threading
import time

ROUNDS = 300


def median(samples):
    samples.sort()
    return samples[len(samples) // 2] * 1e6


def same_thread():
    r, w = os.pipe()
    samples = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        os.write(w, b"x")
        os.read(r, 1)
        samples.append(time.perf_counter() - t0)
    os.close(r)
    os.close(w)
    return median(samples)


def echo():
    to_echo, from_main = os.pipe()
    from_echo, to_main = os.pipe()

    def echo_thread():
        while True:
            data = os.read(to_echo, 1)
            if data == b"q":
                return
            os.write(to_main, data)

    t = threading.Thread(target=echo_thread)
    t.start()
    samples = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        os.write(from_main, b"x")
        os.read(from_echo, 1)
        samples.append(time.perf_counter() - t0)
    os.write(from_main, b"q")
    t.join()
    for fd in (to_echo, from_main, from_echo, to_main):
        os.close(fd)
    return median(samples)


same_alone, echo_alone = same_thread(), echo()
stop = False


def spin():
    n = 0
    while not stop:
        n += 1


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.05)
same_contended, echo_contended = same_thread(), echo()
stop = True
spinner.join()
print(f"{same_alone:.2f} {same_contended:.2f} {echo_alone:.2f} {echo_contended:.2f}")
