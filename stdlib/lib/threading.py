"""Thread objects and synchronization primitives, written in Python over the native `_thread`.

How the pieces fit (read in this order):

* `_thread` (stdlib/thread.cpp) gives OS threads, a plain lock that waits with the GIL released,
  a native re-entrant lock, and "sentinel" locks that the C++ side releases when a thread has
  finished.  Everything below is built from those.
* `Condition` is the workhorse: a lock plus a list of waiters.  Each waiter blocks on a private,
  already-acquired lock; `notify()` wakes it by releasing that lock.  `Semaphore`, `Event` and
  `Barrier` are small state machines guarded by a `Condition`.
* `Thread` wraps `_thread.start_new_thread`.  The new thread records itself in `_active`
  (ident -> Thread), runs `run()`, and when its native thread ends its sentinel lock is released;
  `join()` simply waits for that lock.
* `_shutdown()` is called by the interpreter at exit (stdlib/registry.cpp) and waits for every
  non-daemon thread.  Daemon threads are not waited for: the process exits underneath them.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_daemon_threads_allowed = _thread.daemon_threads_allowed
# minipy's own: the name `minipy --gil-stats` / `--gil-trace` show for the calling thread.
_set_native_name = getattr(_thread, '_set_name', None)

# Lock is the native lock type's factory, as in CPython: threading.Lock() is a _thread.lock.
Lock = _allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A re-entrant lock: the thread that holds it may acquire it again; it must release it
    as many times as it acquired it."""
    return _CRLock(*args, **kwargs)


def _warn_deprecated(message):
    # The old camelCase names still work; they warn when a `warnings` module is available.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# --- tracing hooks ---------------------------------------------------------------------------
# minipy has no tracing yet (sys.settrace is a no-op), but the hooks are stored and installed in
# each new thread exactly as CPython does, so programs that set them keep working.

_trace_hook = None
_profile_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    _sys.settrace(func)


def gettrace():
    return _trace_hook


# =============================================================================================
# Condition

class Condition:
    """A condition variable: threads wait() until another thread notify()s them.

    The caller must hold the underlying lock to wait or notify.  wait() releases the lock while
    sleeping and takes it back before returning, so the predicate can be re-checked safely.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        # Borrow the lock's own methods: `with cond:` and cond.acquire() act on the lock itself.
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to release itself completely (whatever its recursion depth) and to
        # restore that depth later; a plain Lock gets the simple versions defined below.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        # The waiting threads, oldest first.  Each entry is a lock its thread is blocked on.
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()            # a plain lock has no depth to remember

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if we can take it, nobody (we included) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or until the timeout expires, re-acquire the
        lock.  Returns False if the timeout expired, True otherwise."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()                # taken now, so the next acquire() blocks until notify()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                # Timed out: leave the queue, unless a notify() already took us off it.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout expires); return its last value."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition (the longest-waiting first)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                # Its wait() timed out and released the lock itself; it does not count.
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# =============================================================================================
# Semaphores

class Semaphore:
    """A counter of available permits: acquire() takes one (waiting while there are none),
    release() gives them back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Take one permit.  Returns True on success, False if non-blocking or timed out."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n permits, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released more often than it was acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# =============================================================================================
# Event

class Event:
    """A flag that threads can wait for: set() wakes every waiter, clear() lowers it again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires; return the flag."""
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# =============================================================================================
# Barrier

class BrokenBarrierError(RuntimeError):
    pass


# The barrier's states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A meeting point for a fixed number of threads: each wait() blocks until `parties` threads
    are waiting, then all are released together (and the barrier can be used again).

    A round goes FILLING (threads arrive) -> DRAINING (they leave) -> FILLING.  reset() and a
    timeout or abort() break the barrier; waiting threads then get BrokenBarrierError.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0             # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the others.  Returns this thread's arrival index, 0 to parties-1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A new round cannot start while the previous one is still draining or resetting.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # The last thread has arrived: run the action, then let everybody go.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()           # timed out: nobody else may pass either
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out opens the barrier for the next round.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# =============================================================================================
# The registry of threads

# Names "Thread-1", "Thread-2"... come from one counter shared by all default names.
_name_counter = 0
_name_counter_lock = _allocate_lock()


def _newname(template="Thread-%d"):
    global _name_counter
    with _name_counter_lock:
        _name_counter += 1
        return template % _name_counter


_active_limbo_lock = RLock()
_active = {}        # ident -> Thread, for running threads
_limbo = {}         # Thread -> Thread, for threads between start() and running

# The sentinel locks of running non-daemon threads: _shutdown() waits for each of them.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()

_SHUTTING_DOWN = False         # _shutdown() has started: no more _register_atexit
_SHUTDOWN_DONE = False         # _shutdown() has returned: the interpreter is finalizing
_threading_atexits = []


def _maintain_shutdown_locks():
    # Drop the locks of threads that have finished (and were never joined).
    finished = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(finished)


# =============================================================================================
# Thread

class Thread:
    """A thread of control: pass a `target` callable, or subclass and override run()."""

    _initialized = False
    _dummy = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None     # the sentinel: locked while the native thread runs
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Kept so that an exception can still be reported if sys.stderr is gone at the time.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()
        self._local_impls = {}       # id -> _LocalImpl: thread-local storages holding our data

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()              # notices a thread that has finished meanwhile
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() is called in a new thread.  Only once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        # Return only once the thread runs, so that is_alive() and ident are meaningful.
        self._started.wait()

    def run(self):
        """What the thread does: by default, call target(*args, **kwargs).  Override at will."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Do not keep the target and its arguments alive after the thread is done.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # The native thread starts here.  A daemon thread that is still running while the
        # interpreter shuts down may find the world half torn down: stay silent then.
        try:
            self._bootstrap_inner()
        except:
            if self._daemonic and _sys is None:
                return
            raise

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # A lock that the native side releases once this thread is completely finished.
        self._tstate_lock = _set_sentinel()
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            if _set_native_name is not None:
                _set_native_name(self._name)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _delete(self):
        # The thread is about to end: forget it and its thread-local data.
        for impl in list(self._local_impls.values()):
            impl.dicts.pop(self, None)
        self._local_impls = {}
        with _active_limbo_lock:
            if _active.get(get_ident()) is self:
                del _active[get_ident()]

    def _stop(self):
        # Called once we know the native thread has finished (its sentinel was released).
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds have passed.  join() always
        returns None: call is_alive() afterwards to know whether it timed out."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            # Already known to be finished (or the main thread after _shutdown).
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            # Interrupted (Ctrl-C) while waiting: still record a finish that happened meanwhile.
            if lock.locked():
                pass
            else:
                self._stop()
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_native_name is not None and self._ident == get_ident():
            _set_native_name(self._name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() inside it), or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread (a Linux TID), or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """A daemon thread does not keep the program alive: at exit, only non-daemon threads
        are waited for.  Inherited from the creating thread; set it before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# =============================================================================================
# Exceptions in threads

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    __module__ = '_thread'         # as CPython's, where it is a native struct sequence

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(items))
        return tuple.__new__(cls, items)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return "_thread._ExceptHookArgs(%s)" % ", ".join(
            "%s=%r" % (field, value) for field, value in zip(self._fields, self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception raised by a thread's run(), as CPython does:

        Exception in thread Thread-1 (worker):
        Traceback (most recent call last):
          ...
        ValueError: boom

    SystemExit is ignored silently.  Replace threading.excepthook to handle these yourself."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    # The traceback in the interpreter's own format (the same text as an uncaught exception).
    stderr.write(_thread._format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    stderr.flush()


# The original hook, to restore it after replacing threading.excepthook.
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Everything the reporter needs is captured now, so that a daemon thread failing while the
    # interpreter shuts down can still report.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    if old_sys_excepthook is None:
        raise RuntimeError("sys.excepthook is None")
    exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        if _SHUTDOWN_DONE and thread.daemon:
            # The interpreter is tearing itself down (the main module's globals are being
            # cleared) while this daemon thread still runs.  CPython stops such threads before
            # they run again; here they may still run briefly, so stay silent as it would.
            return
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as exc:
            # The hook itself failed: report that failure with sys.excepthook.
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*exc_info())
        finally:
            args = None

    return invoke_excepthook


# =============================================================================================
# Timer

class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds, unless cancel() comes first:

        t = Timer(30.0, f, args=None, kwargs=None)
        t.start()
        t.cancel()     # stop the timer's action if it is still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# =============================================================================================
# The main thread and threads not started by this module

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # The main thread has no native sentinel: a plain lock held until _shutdown().
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started with _thread.start_new_thread, the first time it calls
    # current_thread().  It is always a daemon and cannot be joined.

    _dummy = True

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        # Released by the native side when this thread ends, so that a later thread that gets
        # the same ident is not taken for this one (see current_thread()).
        self._tstate_lock = _set_sentinel()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return self._tstate_lock.locked()

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# =============================================================================================
# Module functions

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started here)."""
    try:
        thread = _active[get_ident()]
    except KeyError:
        return _DummyThread()
    if thread._dummy and not thread._tstate_lock.locked():
        # A dummy left behind by a finished thread whose ident was reused.
        return _DummyThread()
    return thread


def currentThread():
    _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    """The number of Thread objects currently alive (started and not yet finished)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """A list of all Thread objects currently alive, the main thread and dummies included."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """The main thread: the one the interpreter started in."""
    return _main_thread


_main_thread = _MainThread()


def _register_atexit(func, *arg, **kwargs):
    """Register a callable to run when the main thread exits, before non-daemon threads are
    joined (concurrent.futures uses it to stop its workers)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: wait for non-daemon threads."""
    global _SHUTTING_DOWN, _SHUTDOWN_DONE
    if _main_thread._is_stopped:
        return                          # already done (or after fork)
    _SHUTTING_DOWN = True
    # The main thread is finished: is_alive() says so from now on.
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    # Hooks registered by _register_atexit, most recent first.
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    # Join every non-daemon thread; threads started meanwhile are caught by the next pass.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()
    _SHUTDOWN_DONE = True


def _after_fork():
    """To be called in a child process after os.fork(): only the forking thread exists there.
    It becomes the main thread; every other Thread object is marked finished."""
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_locks
    global _name_counter_lock
    # Locks that another thread may have held at the fork would stay locked forever: new ones.
    _active_limbo_lock = RLock()
    _name_counter_lock = _allocate_lock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    current = _active.get(get_ident())
    if current is None:
        current = _MainThread()
    new_active = {}
    for thread in _enumerate():
        if thread is current:
            thread._started._at_fork_reinit()
            ident = get_ident()
            thread._ident = ident
            thread._native_id = get_native_id()
            if thread._tstate_lock is not None:
                thread._tstate_lock._at_fork_reinit()
                thread._tstate_lock.acquire()
            new_active[ident] = thread
        else:
            thread._is_stopped = True
            thread._tstate_lock = None
    _limbo.clear()
    _active.clear()
    _active.update(new_active)
    _main_thread = current


# =============================================================================================
# Thread-local data

class _LocalImpl:
    # The storage behind one `local` object: a dict of attributes for each thread that used it,
    # keyed by the thread's Thread object.  A thread's entry is dropped when the thread ends
    # (Thread._delete), so a new thread that reuses the ident starts empty; and all entries are
    # dropped when the local object itself goes away (_local.__del__).  Each thread lists the
    # storages it has entries in (Thread._local_impls) for that clean-up; it refers to this
    # object, never to the local object, so that a local can be freed while threads still run.

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = {}


# id(local object) -> its _LocalImpl.  Faster to reach than the object's own slot (whose
# __getattribute__ is overridden); the entry goes away with the object (_local.__del__).
_local_impls = {}

_MISSING = object()


def _local_dict(self):
    # The calling thread's attribute dict of a local object, created (and the subclass's
    # __init__ run with the constructor's arguments) on the thread's first access.
    impl = _local_impls[id(self)]
    thread = _active.get(get_ident())
    if thread is None or thread._dummy:
        thread = current_thread()
    d = impl.dicts.get(thread)
    if d is None:
        d = {}
        impl.dicts[thread] = d
        thread._local_impls[id(impl)] = impl
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *impl.args, **impl.kwargs)
    return d


# class -> the namespaces of its MRO (live views: later changes to the classes are seen).
_mro_namespaces = {}


def _class_attribute(cls, name):
    # Looks `name` up along the class's MRO, as attribute access does.
    namespaces = _mro_namespaces.get(cls)
    if namespaces is None:
        namespaces = _mro_namespaces[cls] = [base.__dict__ for base in cls.__mro__]
    for ns in namespaces:
        if name in ns:
            return ns[name]
    return _MISSING


def _is_data_descriptor(kind):
    return hasattr(kind, '__get__') and (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))


class _local:
    """Thread-local data: attributes set on a local object are seen only by the thread that set
    them.

        data = threading.local()
        data.x = 1          # visible in this thread only

    Subclasses may define __init__: it runs again in each thread that first uses the object,
    with the arguments given to the constructor.

    Attribute lookup follows Python's usual rules, with the calling thread's dict standing in
    for the instance __dict__: data descriptors of the class (properties) first, then the
    thread's dict, then other class attributes (methods), then __getattr__.
    """

    __slots__ = ('_local__impl',)
    __module__ = '_thread'         # as CPython's, where it is the native _thread._local

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kwargs)
        object.__setattr__(self, '_local__impl', impl)
        _local_impls[id(self)] = impl
        # The constructing thread's dict exists from the start (its __init__ runs normally,
        # right after __new__).
        thread = current_thread()
        impl.dicts[thread] = {}
        thread._local_impls[id(impl)] = impl
        return self

    def __del__(self):
        # The local object is gone: the threads that still run forget its storage (a thread
        # that ends forgets it by itself, see Thread._delete).
        impl = _local_impls.pop(id(self), None)
        if impl is None:
            return
        for thread in list(impl.dicts):
            thread._local_impls.pop(id(impl), None)
        impl.dicts.clear()

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        cls = type(self)
        attr = _class_attribute(cls, name)
        if attr is _MISSING:
            if name in d:
                return d[name]
        else:
            kind = type(attr)
            if _is_data_descriptor(kind):
                return kind.__get__(attr, self, cls)
            if name in d:
                return d[name]
            if hasattr(kind, '__get__'):
                return kind.__get__(attr, self, cls)
            return attr
        if hasattr(cls, '__getattr__'):
            return cls.__getattr__(self, name)
        raise AttributeError(f"'{_type_name(cls)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _type_name(type(self)))
        d = _local_dict(self)
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only" % _type_name(type(self)))
        d = _local_dict(self)
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(
                f"'{_type_name(type(self))}' object has no attribute '{name}'") from None


local = _local


def _type_name(cls):
    # Error messages name the base class as CPython's native type does.
    return '_thread._local' if cls is _local else cls.__name__
