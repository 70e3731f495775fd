# signal: handlers run in the main thread even when another thread receives the signal, and a
# main thread blocked on a lock still runs them; signal() only works in the main thread.
import _thread
import os
import signal
import time

main_ident = _thread.get_ident()
seen = []
def handler(signum, frame):
    seen.append(_thread.get_ident() == main_ident)

signal.signal(signal.SIGUSR1, handler)

done = _thread.allocate_lock()
done.acquire()
errors = []
def worker():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errors.append(str(e))
    # A signal sent to this thread is still handled by the main thread.
    signal.pthread_kill(_thread.get_ident(), signal.SIGUSR1)
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.05)
    done.release()

_thread.start_new_thread(worker, ())
done.acquire()          # the main thread waits here while the signals arrive
time.sleep(0.01)
# CPython may coalesce the two signals into one handler call (its main thread sleeps in the
# lock until the worker is done); minipy's lock wait wakes for each. Either way: main thread.
print(len(seen) >= 1, all(seen), errors)
