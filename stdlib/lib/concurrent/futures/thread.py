"""concurrent.futures.thread: ThreadPoolExecutor, an executor backed by worker threads.

The executor and its workers share a _Pool: the queue of jobs, the pool's flags, and a count
of idle workers.  submit() queues a _Job and, unless an idle worker is there to take it, starts
a new worker (up to max_workers).  A worker takes jobs until it receives a `None` stop token and
finds the pool (or the interpreter) shutting down; shutdown puts one token per worker.

Workers never refer to the executor object itself, only to the _Pool, so an executor dropped
without shutdown() can still be freed: its __del__ then stops the workers.  At interpreter exit
(threading._register_atexit) every pool gets its tokens and the workers are joined.
"""

import os
import queue
import threading

from concurrent.futures import _base

# worker Thread -> the job queue it serves, for every worker still running.
_live_workers = {}
# Set once the interpreter exits.  The lock makes submit() and that moment exclusive, so no job
# is queued after the workers were told to stop.
_interpreter_exiting = False
_exit_lock = threading.Lock()


def _stop_all_workers():
    global _interpreter_exiting
    with _exit_lock:
        _interpreter_exiting = True
    workers = list(_live_workers.items())
    for _, jobs in workers:
        jobs.put(None)
    for worker, _ in workers:
        worker.join()


threading._register_atexit(_stop_all_workers)

# In a child made by os.fork() the lock may have been held by a thread that does not exist
# there; give the child a fresh one.
if hasattr(os, 'register_at_fork'):
    os.register_at_fork(after_in_child=_exit_lock._at_fork_reinit)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing any more."""


class _Job:
    # One submitted call and the future for its outcome.
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def execute(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return                         # cancelled while it was queued
        try:
            outcome = self.fn(*self.args, **self.kwargs)
        except BaseException as failure:
            future.set_exception(failure)
            # The failure's traceback holds this frame; drop our references so that frame
            # does not keep the job and the future alive.
            self = future = failure = None
        else:
            future.set_result(outcome)


class _Pool:
    # What an executor shares with its workers.
    def __init__(self):
        self.jobs = queue.SimpleQueue()
        self.lock = threading.Lock()       # guards the fields below and submission
        self.closed = False                # shutdown() was called (or the executor dropped)
        self.broken = None                 # the reason, once an initializer failed
        # Workers waiting for a job and not yet promised one.  Its own lock: a worker going
        # idle must not wait for the main lock, which submit() holds while it starts workers.
        self.idle = 0
        self.idle_lock = threading.Lock()

    def claim_idle_worker(self):
        with self.idle_lock:
            if self.idle > 0:
                self.idle -= 1
                return True
            return False

    def fail_pending_jobs(self, reason):
        # Nothing will ever run the queued jobs: fail their futures.
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                job.future.set_exception(BrokenThreadPool(reason))

    def stop_workers(self, count):
        for _ in range(count):
            self.jobs.put(None)


_INITIALIZER_FAILED = 'A thread initializer failed, the thread pool is not usable anymore'


def _initialize(pool, initializer, initargs):
    # True when the worker may start taking jobs.
    if initializer is None:
        return True
    try:
        initializer(*initargs)
        return True
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
    with pool.lock:
        pool.broken = _INITIALIZER_FAILED
        pool.fail_pending_jobs(_INITIALIZER_FAILED)
    return False


def _serve(pool, initializer, initargs):
    # The body of a worker thread.
    try:
        if not _initialize(pool, initializer, initargs):
            return
        jobs = pool.jobs
        while True:
            try:
                job = jobs.get_nowait()
            except queue.Empty:
                with pool.idle_lock:
                    pool.idle += 1         # submit() may now count on this worker
                job = jobs.get()
            if job is None:
                if _interpreter_exiting or pool.closed:
                    return
                continue                   # a stale token: the pool is still in use
            job.execute()
            del job
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        _live_workers.pop(threading.current_thread(), None)


class _PrefixNumbers:
    # ThreadPoolExecutor-0, ThreadPoolExecutor-1, ...: the default thread name prefixes.
    def __init__(self):
        self.lock = threading.Lock()
        self.next = 0

    def take(self):
        with self.lock:
            number = self.next
            self.next += 1
            return number


_prefix_numbers = _PrefixNumbers()


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls on at most max_workers threads, started as needed.

    max_workers defaults to min(32, os.cpu_count() + 4): I/O-bound calls release the GIL while
    they wait, so a few more threads than cores pay off.  Workers are named
    "<thread_name_prefix>_<n>" (by default "ThreadPoolExecutor-<k>_<n>").  If given,
    initializer(*initargs) runs first in every worker; when it fails the pool is broken and
    later submissions raise BrokenThreadPool.
    """

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        # _max_workers, _threads and _thread_name_prefix keep CPython's names: programs and
        # tests look at them.
        self._max_workers = max_workers
        self._threads = set()
        self._thread_name_prefix = (thread_name_prefix
                                    or 'ThreadPoolExecutor-%d' % _prefix_numbers.take())
        self._pool = _Pool()
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Queue fn(*args, **kwargs) for a worker; return the Future of its outcome."""
        pool = self._pool
        with pool.lock, _exit_lock:
            if pool.broken:
                raise BrokenThreadPool(pool.broken)
            if pool.closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = _base.Future()
            pool.jobs.put(_Job(future, fn, args, kwargs))
            # Decided under the lock, so shutdown() cannot slip in between: either an idle
            # worker is promised this job, or a new worker is started for it (if there is
            # room; otherwise a busy worker gets to it later).
            if not pool.claim_idle_worker() and len(self._threads) < self._max_workers:
                self._start_worker()
        return future

    def _start_worker(self):
        worker = threading.Thread(name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
                                  target=_serve,
                                  args=(self._pool, self._initializer, self._initargs))
        _live_workers[worker] = self._pool.jobs
        try:
            worker.start()
        except BaseException:
            del _live_workers[worker]
            raise
        self._threads.add(worker)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; the workers finish the queued ones (or, with
        cancel_futures=True, the queued calls are cancelled) and then end.  wait=True returns
        only once they have ended."""
        pool = self._pool
        with pool.lock:
            already = pool.closed
            pool.closed = True
            if cancel_futures:
                while True:
                    try:
                        job = pool.jobs.get_nowait()
                    except queue.Empty:
                        break
                    if job is not None:
                        job.future.cancel()
            if not already:
                pool.stop_workers(len(self._threads))
        if wait:
            for worker in list(self._threads):
                worker.join()

    def __del__(self):
        # Dropped without shutdown(): let the workers go (they hold no reference to us).
        pool = self.__dict__.get('_pool')
        if pool is not None and not pool.closed:
            pool.closed = True
            pool.stop_workers(len(self._threads))
