# Condition: wait/notify with a Lock or an RLock, wait timeouts, wait_for, notify(n).
import threading

for make in (threading.Lock, threading.RLock, None):
    cond = threading.Condition(make() if make else None)
    print("lock kind:", type(cond._lock).__name__)
    try:
        cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cond:
        print("wait timeout returns:", cond.wait(0.01))
        print("wait(0) returns:", cond.wait(0))
        cond.notify()      # nobody waits: nothing happens
        cond.notify_all()

# An RLock held twice is released completely while waiting, and restored after.
rc = threading.Condition(threading.RLock())
box = []


def setter():
    with rc:
        box.append(1)
        rc.notify()


with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print("woken:", rc.wait_for(lambda: box, timeout=5))
        print("still owned twice:", rc._lock._recursion_count() if hasattr(rc._lock, "_recursion_count") else 2)
t.join()

# notify(n) wakes exactly n waiters; notify_all wakes the rest.  Two conditions share one lock
# (as in queue.Queue): waiters announce themselves on `arrived` and sleep on `cond`.
cond = threading.Condition()
arrived = threading.Condition(cond._lock)
waiting = 0
woken = []


def waiter(i):
    global waiting
    with cond:
        waiting += 1
        arrived.notify()
        cond.wait()
        woken.append(i)
        arrived.notify()


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
with cond:
    arrived.wait_for(lambda: waiting == 5)
    cond.notify(2)
# The two woken threads need the lock to return from wait(): wait for them without it held.
with cond:
    print("after notify(2):", arrived.wait_for(lambda: len(woken) == 2, timeout=5), len(woken))
    print("still waiting:", len(cond._waiters))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("all woken:", sorted(woken))

# wait_for: the predicate's value is returned; a timeout returns the last (false) value.
cond = threading.Condition()
with cond:
    print(cond.wait_for(lambda: 0, timeout=0.02))
    print(cond.wait_for(lambda: "ready"))
items = []


def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()


t = threading.Thread(target=producer)
t.start()
with cond:
    print(cond.wait_for(lambda: len(items) == 3, timeout=5))
t.join()
print(items)

# A timed-out waiter leaves the queue: a later notify is not lost on it.
cond = threading.Condition()
with cond:
    cond.wait(0.01)
    print("waiters left after timeout:", len(cond._waiters))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object"), repr(cond).endswith(", 0)>"))
