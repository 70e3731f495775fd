# concurrent.futures: wait() in each mode (invalid modes too), as_completed with duplicates and
# timeouts, map timeouts, cancel_futures, broken pools, and the module's names.
import concurrent.futures as cf
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor


def done_future(value=None, error=None):
    f = Future()
    if error is not None:
        f.set_exception(error)
    else:
        f.set_result(value)
    return f


a, b, bad = done_future(1), done_future(2), done_future(error=KeyError('k'))
pending = Future()
cancelled = Future()
cancelled.cancel()
print(cf.wait([a, b], return_when='nonsense') == ({a, b}, set()))
try:
    cf.wait([a, pending], timeout=0, return_when='nonsense')
except ValueError as e:
    print('ValueError:', e)
r = cf.wait([a, pending], timeout=0.01)
print(type(r).__name__, r._fields, len(r.done), len(r.not_done), r.done == {a})
print(repr(cf.wait([], timeout=0)))
r = cf.wait([pending, bad], timeout=5, return_when=cf.FIRST_EXCEPTION)
print(r.done == {bad}, r.not_done == {pending})
r = cf.wait([pending, a], return_when=cf.FIRST_COMPLETED)
print(r.done == {a})
r = cf.wait([pending, cancelled], timeout=0.01)
print(len(r.done), len(r.not_done))
print(cancelled.set_running_or_notify_cancel(), cancelled.cancelled(), cancelled.done())
r = cf.wait([cancelled, a], timeout=0.01)
print(len(r.done), len(r.not_done))

late = Future()
timer = threading.Timer(0.05, late.set_result, args=['late'])
timer.start()
r = cf.wait([late, pending], timeout=10, return_when=cf.FIRST_COMPLETED)
print(r.done == {late}, late.result())
timer.join()

print(sorted(f.result() for f in cf.as_completed([a, b, a, b])))
try:
    for f in cf.as_completed([a, pending, Future()], timeout=0.02):
        print('got', f.result())
except TimeoutError as e:
    print('TimeoutError:', e)

order = []
futs = [Future() for _ in range(3)]


def finisher():
    for i in (2, 0, 1):
        time.sleep(0.01)
        futs[i].set_result(i)


t = threading.Thread(target=finisher)
t.start()
for f in cf.as_completed(futs, timeout=10):
    order.append(f.result())
t.join()
print(order)

with ThreadPoolExecutor(2) as pool:
    results = pool.map(lambda x: time.sleep(x) or x, [0, 0.5, 0.5, 0.5], timeout=0.1)
    print(next(results))
    try:
        next(results)
    except TimeoutError:
        print('map TimeoutError')
    print(list(pool.map(pow, [2, 3], [5, 2])), list(pool.map(str, [])))
    it = pool.map(lambda x: 1 // x, [1, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)

gate = threading.Event()
pool = ThreadPoolExecutor(1, thread_name_prefix='solo')
first = pool.submit(gate.wait)
rest = [pool.submit(str, i) for i in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown()
print(first.result(), [f.cancelled() for f in rest], [t.name for t in pool._threads])
try:
    pool.submit(str, 1)
except RuntimeError as e:
    print('RuntimeError:', e)


def broken_init(tag):
    raise ValueError('init failed ' + tag)


import sys


class Quiet:
    def write(self, s):
        pass

    def flush(self):
        pass


saved, sys.stderr = sys.stderr, Quiet()
pool = ThreadPoolExecutor(1, initializer=broken_init, initargs=('x',))
f = pool.submit(str, 1)
try:
    f.result(timeout=10)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    pool.submit(str, 2)
except cf.BrokenExecutor as e:
    print('submit:', type(e).__name__, e)
pool.shutdown()
sys.stderr = saved
for bad_args in ({'max_workers': 0}, {'max_workers': -1}, {'initializer': 5}):
    try:
        ThreadPoolExecutor(**bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Future[int], cf.thread.BrokenThreadPool.__mro__[1].__name__)
print(cf._base.PENDING, cf._base.RUNNING, cf._base.CANCELLED, cf._base.CANCELLED_AND_NOTIFIED,
      cf._base.FINISHED, cf.TimeoutError is TimeoutError)
try:
    a.set_result(5)
except cf.InvalidStateError as e:
    print(str(e).split(' at ')[0])
print(cf.Executor().shutdown(), cf.Executor().__enter__().__class__.__name__)
try:
    cf.Executor().submit(str)
except NotImplementedError:
    print('NotImplementedError')
