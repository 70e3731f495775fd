# _thread.interrupt_main() raises KeyboardInterrupt in the main thread, like Ctrl-C.
import _thread
import time

def later():
    time.sleep(0.05)
    _thread.interrupt_main()

_thread.start_new_thread(later, ())
try:
    while True: time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt while sleeping")
_thread.interrupt_main()
print("never printed")
