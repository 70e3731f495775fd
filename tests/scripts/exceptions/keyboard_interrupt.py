# Ctrl-C interrupts a running loop. A helper thread plays the user: it waits a little, then sends
# SIGINT to this process with os.kill. First the KeyboardInterrupt is caught, then it goes
# uncaught: a traceback through the loop, and the process ends by SIGINT (exit status 130 from
# the shell's point of view), as CPython does.
import _thread
import os
import signal
import time

def press_ctrl_c(delay):
    time.sleep(delay)
    os.kill(os.getpid(), signal.SIGINT)

try:
    os.kill(os.getpid(), signal.SIGINT)
    while True: pass
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))

def spin():
    total = 0
    while True: total += 1

_thread.start_new_thread(press_ctrl_c, (0.05,))
spin()
