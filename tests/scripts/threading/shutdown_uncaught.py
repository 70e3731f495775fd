# An uncaught exception in the main thread is printed first; non-daemon threads are still waited
# for, and the exit status is 1.
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished")


threading.Thread(target=worker).start()
print("main raises")
raise ValueError("main failed")
