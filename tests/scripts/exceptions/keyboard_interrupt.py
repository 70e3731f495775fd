# Ctrl-C interrupts a running loop. A helper thread plays the user: it waits a little, then calls
# _thread.interrupt_main(), which acts like SIGINT's default handler. First the KeyboardInterrupt
# is caught, then it goes uncaught: a traceback through the loop and exit status 1.
import _thread
import time

def press_ctrl_c(delay):
    time.sleep(delay)
    _thread.interrupt_main()

try:
    _thread.interrupt_main()
    while True: pass
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))

def spin():
    total = 0
    while True: total += 1

_thread.start_new_thread(press_ctrl_c, (0.05,))
spin()
