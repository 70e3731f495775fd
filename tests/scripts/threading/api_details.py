# threading: error messages, reprs (with addresses and idents masked), wait_for call counts,
# semaphore limits, Timer cancel, deprecated names, thread naming.
import threading
import warnings


def masked(text):
    # Addresses become 0xADDR, thread idents IDENT (no `re` in minipy yet).
    out = []
    for word in text.split(' '):
        if word.startswith('0x'):
            word = '0xADDR' + word.lstrip('0x0123456789abcdef')
        elif word.rstrip(')>').isdigit() and len(word.rstrip(')>')) > 3:
            word = 'IDENT' + word[len(word.rstrip(')>')):]
        out.append(word)
    return ' '.join(out)


calls = []


def never():
    calls.append(1)
    return 0


c = threading.Condition(threading.Lock())
with c:
    print(c.wait_for(never, timeout=0), len(calls))
    calls.clear()
    print(c.wait_for(never, timeout=0.02), len(calls) >= 2)
    print(c.wait_for(lambda: 'ready'), c.wait(-1), c.wait(0.0))
print(masked(repr(c)).startswith('<Condition(<unlocked _thread.lock object at 0xADDR>, 0)'))
for action in (c.notify, c.notify_all, c.wait):
    try:
        action()
    except RuntimeError as e:
        print('RuntimeError:', e)

s = threading.Semaphore(2)
print(masked(repr(s)), s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(masked(repr(s)))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
bs = threading.BoundedSemaphore(1)
print(masked(repr(bs)))
with bs:
    print(masked(repr(bs)))
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)

e = threading.Event()
print(masked(repr(e)), e.wait(0), e.wait(0.01), e.is_set())
e.set()
print(masked(repr(e)), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

b = threading.Barrier(3)
print(masked(repr(b)))
b.abort()
print(masked(repr(b)))


def work():
    pass


t = threading.Thread(target=work)
print(masked(repr(t)), t.name.startswith('Thread-'), t.name.endswith('(work)'), t.ident)
for bad in (t.join, lambda: threading.current_thread().join()):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
t.start()
t.join()
print(masked(repr(t)), t.is_alive(), t.ident is not None)
for bad in (t.start, lambda: setattr(t, 'daemon', True)):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
print(threading.Thread(name=42).name, threading.Thread(name='x', daemon=True).daemon)
print(masked(repr(threading.Thread(name='d', daemon=True))))
print(masked(repr(threading.current_thread())), threading.main_thread() is threading.current_thread())


class Bare(threading.Thread):
    def __init__(self):
        pass


try:
    Bare().start()
except RuntimeError as e:
    print('RuntimeError:', e)

fired = []
tm = threading.Timer(10, fired.append, args=['late'])
tm.start()
tm.cancel()
tm.join()
tm2 = threading.Timer(0.01, fired.append, kwargs={'object': 'soon'})
tm2.start()
tm2.join()
print(fired, tm.finished.is_set(), tm2.interval, tm2.args, tm2.kwargs)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    threading.currentThread()
    threading.activeCount()
    t.isDaemon()
    t.getName()
    t.setName('renamed')
    threading.Event().isSet()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
print(t.name, threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == threading.current_thread().ident, threading.TIMEOUT_MAX > 1e6)
print(threading.gettrace(), threading.getprofile())
