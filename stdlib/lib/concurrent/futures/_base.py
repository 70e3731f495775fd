"""concurrent.futures._base: Future, wait(), as_completed() and the Executor interface.

A Future stands for the result of a call that runs elsewhere.  Its life:

    PENDING ──(the executor starts it)──► RUNNING ──(set_result / set_exception)──► FINISHED
       │
       └──cancel()──► CANCELLED ──(the executor finds it cancelled)──► CANCELLED_AND_NOTIFIED

Every change happens under the future's condition variable; a change into a final state wakes
the threads blocked in result()/exception(), and tells the watches that wait() and
as_completed() have hung on the future.  A _Watch is one small object for all the ways of
waiting: it counts completions down to zero (or stops at the first failure, for
FIRST_EXCEPTION) and then raises its event.
"""

import sys
import threading
import time
from collections import namedtuple as _namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# The states of a Future (the strings appear in InvalidStateError messages).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'                             # cancelled; watches not told yet
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'   # cancelled; watches told
FINISHED = 'FINISHED'

_CANCELLED = frozenset([CANCELLED, CANCELLED_AND_NOTIFIED])
_DONE = frozenset([CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED])
# "Complete" for wait()/as_completed(): the watches have been told (or never need to be).
_SETTLED = frozenset([CANCELLED_AND_NOTIFIED, FINISHED])

# How a state reads in a Future's repr.
_STATE_WORDS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


# ---- logging ---------------------------------------------------------------------------------

class _StderrLogger:
    # What logging.getLogger('concurrent.futures') does when nothing is configured: WARNING and
    # above go to stderr, the message and then (for exception()) the current traceback.  Used
    # while minipy has no logging module.
    name = 'concurrent.futures'

    def _write(self, message, args, with_traceback):
        stream = sys.stderr
        if stream is None:
            return
        stream.write((message % args if args else message) + '\n')
        if with_traceback:
            import _thread
            stream.write(_thread._format_exception(*sys.exc_info()))
        stream.flush()

    def exception(self, msg, *args, exc_info=True):
        self._write(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False):
        self._write(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._write(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=False):
        self._write(msg, args, exc_info)

    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass


try:
    import logging
except ImportError:
    LOGGER = _StderrLogger()
else:
    LOGGER = logging.getLogger('concurrent.futures')


# ---- exceptions ------------------------------------------------------------------------------

class Error(Exception):
    """The common base of this package's own exceptions."""


class CancelledError(Error):
    """The future was cancelled, so it has no result."""


# A timeout is reported with the builtin TimeoutError (an alias since Python 3.11).
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows this operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls (a worker failed badly)."""


# ---- watches ---------------------------------------------------------------------------------

class _Watch:
    """Hung on futures by wait() and as_completed().  Each future that completes while the
    watch is installed reports itself through completed(); the watch lists it and, once
    `needed` more completions have come (or at a failure, when stop_at_failure is set), sets
    its event."""

    def __init__(self, needed, stop_at_failure=False):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.arrived = []
        self.needed = needed
        self.stop_at_failure = stop_at_failure

    def completed(self, future, failed):
        with self.lock:
            self.arrived.append(future)
            self.needed -= 1
            if self.needed <= 0 or (failed and self.stop_at_failure):
                self.event.set()

    def collect(self):
        # as_completed(): take what arrived so far and wait for the next one.
        with self.lock:
            batch, self.arrived = self.arrived, []
            self.needed = 1
            self.event.clear()
        return batch


def _sorted_by_identity(futures):
    # Taking several futures' locks always in this order means two callers can never each
    # hold a lock the other one needs.
    return sorted(futures, key=id)


def _split_and_watch(futures, make_watch):
    """With every future's lock held: split `futures` into the settled ones and the others,
    ask make_watch(settled, others) for a watch (None for no waiting), and hang it on the
    others.  Returns (settled, others, watch)."""
    ordered = _sorted_by_identity(futures)
    for future in ordered:
        future._changed.acquire()
    try:
        settled = {future for future in futures if future._state in _SETTLED}
        others = futures - settled
        watch = make_watch(settled, others)
        if watch is not None:
            for future in others:
                future._watches.append(watch)
        return settled, others, watch
    finally:
        for future in reversed(ordered):
            future._changed.release()


def _unhook(futures, watch):
    for future in futures:
        with future._changed:
            if watch in future._watches:
                future._watches.remove(watch)


# ---- as_completed ----------------------------------------------------------------------------

def as_completed(fs, timeout=None):
    """Iterate over the futures of fs in the order they complete (finish or get cancelled).
    Futures complete already come first; a future given twice is yielded once.  If some are
    still not complete `timeout` seconds after the call, the iterator raises TimeoutError."""
    deadline = None if timeout is None else time.monotonic() + timeout
    futures = set(fs)
    total = len(futures)
    settled, waiting, watch = _split_and_watch(
        futures, lambda settled, others: _Watch(1))
    try:
        ready = list(settled)
        while True:
            # Hand out what is ready.  Each future is dropped from our sets first, so the
            # iterator does not keep futures alive that the caller has let go of.
            while ready:
                future = ready.pop()
                futures.discard(future)
                if future in waiting:
                    waiting.discard(future)
                    _unhook((future,), watch)
                yield future
                del future
            if not waiting:
                return
            if deadline is None:
                watch.event.wait()
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
                watch.event.wait(left)
            ready = [future for future in watch.collect() if future in waiting]
            ready.reverse()                # pop() then yields them in completion order
    finally:
        _unhook(waiting, watch)


# ---- wait ------------------------------------------------------------------------------------

def _failed(future):
    return not future.cancelled() and future.exception() is not None


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures of fs are complete, in the sense return_when says:

        FIRST_COMPLETED   any one of them finishes or is cancelled
        FIRST_EXCEPTION   any one of them raises (otherwise as ALL_COMPLETED)
        ALL_COMPLETED     all of them finish or are cancelled

    or until timeout seconds have passed.  Returns DoneAndNotDoneFutures(done, not_done), a
    named pair of sets."""
    futures = set(fs)

    def make_watch(settled, others):
        if not others:
            return None
        if return_when == FIRST_COMPLETED:
            return None if settled else _Watch(1)
        if return_when == FIRST_EXCEPTION:
            if any(_failed(future) for future in settled):
                return None
            return _Watch(len(others), stop_at_failure=True)
        if return_when == ALL_COMPLETED:
            return _Watch(len(others))
        raise ValueError('Invalid return condition: %r' % return_when)

    done, not_done, watch = _split_and_watch(futures, make_watch)
    if watch is None:
        return DoneAndNotDoneFutures(done, not_done)
    watch.event.wait(timeout)
    _unhook(not_done, watch)
    with watch.lock:
        done.update(watch.arrived)
    return DoneAndNotDoneFutures(done, futures - done)


# ---- Future ----------------------------------------------------------------------------------

class Future:
    """The eventual outcome of a call: a value, an exception, or cancellation."""

    def __init__(self):
        self._changed = threading.Condition()
        self._state = PENDING
        self._value = None
        self._error = None
        self._watches = []
        self._callbacks = []

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __repr__(self):
        with self._changed:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                              _STATE_WORDS[self._state])
            if self._state == FINISHED:
                if self._error:
                    text += ' raised %s' % type(self._error).__name__
                else:
                    text += ' returned %s' % type(self._value).__name__
        return text + '>'

    # -- queries --

    def cancelled(self):
        """Whether the future was cancelled."""
        with self._changed:
            return self._state in _CANCELLED

    def running(self):
        """Whether the call is running right now."""
        with self._changed:
            return self._state == RUNNING

    def done(self):
        """Whether the future is finished or cancelled."""
        with self._changed:
            return self._state in _DONE

    def _settle_within(self, timeout):
        # With the lock held: give a pending or running future up to `timeout` seconds (one
        # wait suffices, since only final states notify), then raise CancelledError or
        # TimeoutError unless it has finished.
        if self._state not in _DONE:
            self._changed.wait(timeout)
        if self._state in _CANCELLED:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds (None: no limit) for it.
        Raises the call's exception if it raised, CancelledError if the future was
        cancelled, TimeoutError if time ran out."""
        try:
            with self._changed:
                self._settle_within(timeout)
                if self._error is not None:
                    raise self._error
                return self._value
        finally:
            # The raised exception's traceback holds this frame: do not let it hold the
            # future too (future -> exception -> traceback -> frame -> future).
            self = None

    def exception(self, timeout=None):
        """The exception the call raised, or None if it returned; waits and raises as
        result() does."""
        with self._changed:
            self._settle_within(timeout)
            return self._error

    # -- callbacks --

    def _run_callback(self, callback):
        try:
            callback(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def add_done_callback(self, fn):
        """Call fn(future) once the future is finished or cancelled: right now if it already
        is, otherwise from the thread that completes it.  Callbacks run in the order added;
        an exception from one is logged and ignored."""
        with self._changed:
            if self._state not in _DONE:
                self._callbacks.append(fn)
                return
        self._run_callback(fn)

    def _after_completion(self):
        for callback in self._callbacks:
            self._run_callback(callback)

    # -- state changes --

    def cancel(self):
        """Cancel the call if it has not started.  Returns True if the future is cancelled
        (now or before), False if the call is running or finished."""
        with self._changed:
            if self._state in _CANCELLED:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._changed.notify_all()
        self._after_completion()
        return True

    def set_running_or_notify_cancel(self):
        """For executors, just before running the call: returns True and marks the future
        RUNNING, or, when it was cancelled meanwhile, returns False (do not run the call) and
        tells the waiting wait()/as_completed() calls."""
        with self._changed:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for watch in self._watches:
                    watch.completed(self, False)
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, value, error):
        with self._changed:
            if self._state in _DONE:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._value, self._error = value, error
            self._state = FINISHED
            for watch in self._watches:
                watch.completed(self, error is not None)
            self._changed.notify_all()
        self._after_completion()

    def set_result(self, result):
        """For executors: complete the future with the call's return value."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: complete the future with the exception the call raised."""
        self._finish(None, exception)


# ---- Executor --------------------------------------------------------------------------------

def _results_in_order(futures, deadline):
    # The iterator behind Executor.map().  `futures` is reversed so that pop() hands them out
    # in submission order and drops this generator's reference to each one as it goes.
    futures.reverse()
    try:
        while futures:
            future = futures.pop()
            left = None if deadline is None else deadline - time.monotonic()
            try:
                value = future.result(left)
            finally:
                future.cancel()          # stops one that timed out; no effect once finished
                del future
            yield value
    finally:
        # Abandoned early (error, timeout, or the caller stopped iterating): the calls that
        # have not started are not needed any more.
        for future in futures:
            future.cancel()


class Executor:
    """The interface of an executor: an object that runs calls asynchronously and hands out
    a Future for each."""

    def submit(self, fn, /, *args, **kwargs):
        """Arrange for fn(*args, **kwargs) to run; return the Future of its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """map(fn, *iterables) with the calls running asynchronously.  All the calls are
        submitted right away; the returned iterator yields their results in order, re-raises
        the exception of a call that raised, and raises TimeoutError when a result is not
        there `timeout` seconds after map() was called."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources; later submit() calls fail.  wait=True returns
        once the pending calls are done; cancel_futures=True cancels those not started."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
