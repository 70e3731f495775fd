# Ctrl-C while the main thread waits in Thread.join(), Lock.acquire(), Event.wait() and
# Queue.get(): the wait is interrupted and KeyboardInterrupt is raised in the main thread, as in
# CPython. A helper thread plays the user, sending SIGINT with os.kill.
import os
import queue
import signal
import threading
import time

def press_ctrl_c(delay):
    time.sleep(delay)
    os.kill(os.getpid(), signal.SIGINT)

sleeper = threading.Thread(target=time.sleep, args=(30,), daemon=True)
sleeper.start()

held = threading.Lock()
held.acquire()
never = threading.Event()
empty = queue.Queue()

for name, wait in [('join', sleeper.join), ('lock', held.acquire), ('event', never.wait),
                   ('queue', empty.get)]:
    threading.Thread(target=press_ctrl_c, args=(0.1,)).start()
    start = time.monotonic()
    try:
        wait()
        print(name, 'returned?')
    except KeyboardInterrupt:
        waited = time.monotonic() - start
        print(name, 'interrupted by KeyboardInterrupt:', 'PASS' if waited < 10 else 'FAIL (too late)')
