# sys.exit() in the main thread still waits for non-daemon threads; the exit status is kept.
import sys
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker finished after main called sys.exit")


threading.Thread(target=worker).start()
print("main exits with status 3")
sys.exit(3)
