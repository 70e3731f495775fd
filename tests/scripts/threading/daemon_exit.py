# Daemon threads do not keep the program alive, whatever they are doing at exit: computing,
# sleeping, blocked on a lock.  What they printed before exit is not lost.
import threading
import time

started = threading.Semaphore(0)
spin_count = 0


def spin():
    global spin_count
    started.release()
    while True:
        spin_count += 1


def sleeper():
    print("sleeper: going to sleep")
    started.release()
    time.sleep(1000)


blocker_lock = threading.Lock()
blocker_lock.acquire()


def blocker():
    print("blocker: waiting for a lock nobody releases")
    started.release()
    blocker_lock.acquire()


for target in (spin, sleeper, blocker):
    threading.Thread(target=target, daemon=True).start()
    started.acquire()          # one at a time, so that their output comes in this order
time.sleep(0.05)
print("spinner made progress:", spin_count > 0)
print("active:", threading.active_count())
print("main: exiting")
