# How long does time.sleep(0.001) really take while another thread spins on the CPU?
# Prints the mean latency in milliseconds over 300 sleeps.
import threading
import time

stop = False


def spin():
    n = 0
    while not stop:
        n += 1


spinner = threading.Thread(target=spin)
spinner.start()
time.sleep(0.05)                      # let the spinner get going
samples = []
for _ in range(300):
    t0 = time.perf_counter()
    time.sleep(0.001)
    samples.append(time.perf_counter() - t0)
stop = True
spinner.join()
print(f"{sum(samples) / len(samples) * 1000:.3f}")
