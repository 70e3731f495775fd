# Lock and RLock: acquire/release, blocking and timeouts, errors, context managers, ownership.
import threading
import _thread


def state(lock):
    # "<unlocked _thread.lock object at 0x...>" without the address.
    return repr(lock).split(" at ")[0] + ">"


lock = threading.Lock()
print(type(lock) is _thread.LockType, type(lock).__name__)
print(state(lock), lock.locked())
print(lock.acquire(), lock.locked(), state(lock))
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)

# A Lock may be released by another thread than the one that acquired it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())

# A thread blocked in acquire() wakes when the lock is released.
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(timeout=5)))
t.start()
lock.release()
t.join()
print("waiter got it:", got, lock.locked())
lock.release()

# RLock: re-entrant for its owner, private to it.
r = threading.RLock()
print(type(r) is _thread.RLock, state(r).replace(str(threading.get_ident()), "IDENT"))
print(r.acquire(), r.acquire(), r._is_owned())
print(state(r).replace(str(threading.get_ident()), "IDENT"))
r.release()
print(state(r).replace(str(threading.get_ident()), "IDENT"))
other = []


def try_other():
    other.append(r.acquire(False))
    other.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))


t = threading.Thread(target=try_other)
t.start()
t.join()
print(other)
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with:", r._is_owned())
print(r._is_owned())

# Timed acquire of a lock that another thread holds.
hold = threading.Lock()
ready = threading.Event()
done = threading.Event()


def holder():
    with hold:
        ready.set()
        done.wait()


t = threading.Thread(target=holder)
t.start()
ready.wait()
print("timed acquire while held:", hold.acquire(timeout=0.05))
print("non-blocking while held:", hold.acquire(False))
done.set()
t.join()
print("after holder ended:", hold.acquire(False))
hold.release()
