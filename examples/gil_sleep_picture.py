# gil_sleep_picture.py — 40 short sleeps in the main thread while another thread spins (docs/gil.md draws it).
import threading, time
stop = False
def spin():
    n = 0
    while not stop:
        n += 1
t = threading.Thread(target=spin, name="spinner"); t.start()
time.sleep(0.01)
for _ in range(40):
    time.sleep(0.001)
stop = True
t.join()
