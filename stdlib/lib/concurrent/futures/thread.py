"""ThreadPoolExecutor: runs submitted calls on a pool of worker threads.

submit() puts a work item (future + call) on a SimpleQueue and, if no worker is idle and the
pool is not full yet, starts one more worker.  Each worker loops: take an item, run it, store the
result or exception in its future.  A `None` item tells workers to look whether the pool was shut
down; the worker that leaves puts the `None` back, so one `None` stops them all.

The workers never hold a reference to the executor itself (CPython uses a weak reference; minipy
has none yet): they share a small _PoolState with it instead, so an executor that is dropped
without shutdown() is still freed, and its __del__ stops the workers.
"""

import queue
import threading

from concurrent.futures import _base

# Set at interpreter exit (before non-daemon threads are joined): workers drain and leave.
_threads_queues = {}             # worker Thread -> its pool's work queue
_shutdown = False
# Makes submit() and interpreter shutdown exclusive, so no work is queued after the last wake-up.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


# Called by threading._shutdown() before it waits for the (non-daemon) workers.
threading._register_atexit(_python_exit)

# In a child process made by os.fork(), the lock may be held by a thread that is not there.
try:
    import os as _os
    _os.register_at_fork(after_in_child=_global_shutdown_lock._at_fork_reinit)
except (ImportError, AttributeError):
    pass


def _cpu_count():
    # os.cpu_count() when there is an os module; else count the processors Linux lists.
    try:
        import os
        return os.cpu_count()
    except (ImportError, AttributeError):
        pass
    try:
        with open('/proc/cpuinfo') as f:
            count = sum(1 for line in f if line.startswith('processor'))
        return count or None
    except OSError:
        return None


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return                       # cancelled while it waited in the queue
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None                  # break the cycle exception -> frame -> self
        else:
            self.future.set_result(result)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class _PoolState:
    # What the workers share with their executor.
    def __init__(self):
        self.shutdown = False
        self.broken = False
        self.idle_semaphore = threading.Semaphore(0)   # one permit per idle worker
        self.lock = threading.Lock()


def _initializer_failed(state, work_queue):
    with state.lock:
        state.broken = ('A thread initializer failed, the thread pool '
                        'is not usable anymore')
        # Fail every pending future: nothing will run them.
        while True:
            try:
                work_item = work_queue.get_nowait()
            except queue.Empty:
                break
            if work_item is not None:
                work_item.future.set_exception(BrokenThreadPool(state.broken))


def _worker(state, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            _initializer_failed(state, work_queue)
            _threads_queues.pop(threading.current_thread(), None)
            return
    try:
        while True:
            try:
                work_item = work_queue.get_nowait()
            except queue.Empty:
                # Nothing to do: count this worker as idle, then sleep until work arrives.
                state.idle_semaphore.release()
                work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                continue
            # A wake-up: leave if the pool or the interpreter is shutting down.
            if _shutdown or state.shutdown:
                state.shutdown = True
                work_queue.put(None)     # pass the wake-up on to the next worker
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs calls on up to max_workers threads.

    max_workers defaults to min(32, cpu_count + 4).  Threads are named
    "<thread_name_prefix>_<n>" (default prefix "ThreadPoolExecutor-<k>").  initializer(*initargs)
    runs at the start of each worker; if it fails, the pool becomes broken.
    """

    # Numbers the default thread-name prefixes: ThreadPoolExecutor-0, -1, ...
    _counter_value = -1
    _counter_lock = threading.Lock()

    @classmethod
    def _counter(cls):
        with ThreadPoolExecutor._counter_lock:
            ThreadPoolExecutor._counter_value += 1
            return ThreadPoolExecutor._counter_value

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # I/O-bound work releases the GIL while it waits, so a few more threads than cores
            # pays off; 32 at most, so a machine with many cores does not get hundreds.
            max_workers = min(32, (_cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._state = _PoolState()
        self._threads = set()
        self._shutdown_lock = self._state.lock
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    @property
    def _shutdown(self):
        return self._state.shutdown

    @property
    def _broken(self):
        return self._state.broken

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker; return a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._state.broken:
                raise BrokenThreadPool(self._state.broken)
            if self._state.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread needed.
        if self._state.idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self._state, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new submissions; the workers leave once the queue is empty.  wait=True: wait for
        them.  cancel_futures=True: cancel the calls that have not started."""
        with self._shutdown_lock:
            self._state.shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake a sleeping worker; each leaving worker wakes the next.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()

    def __del__(self):
        # Dropped without shutdown(): let the workers go (they hold no reference to us).
        state = self.__dict__.get('_state')
        if state is not None and not state.shutdown:
            state.shutdown = True
            self._work_queue.put(None)
