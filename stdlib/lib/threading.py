"""threading: threads and the tools to coordinate them, in Python over the native `_thread`.

The native module (stdlib/thread.cpp) provides four things: starting an OS thread that runs a
Python callable, a plain lock whose blocking acquire releases the GIL, a re-entrant lock, and
"end markers" (_thread._set_sentinel()): locks that the C++ side releases once the thread that
asked for one has completely finished.  This module builds everything else from them:

  Condition            a lock plus a queue of parked threads.  A thread parks by blocking on
                       a private lock that is already held; notify() unparks it by releasing
                       that lock.  This is the one place where threads wait for each other.
  Semaphore, Event,    small state machines kept consistent by a Condition.
  Barrier
  Thread               start() hands _bootstrap to the native thread and waits until the new
                       thread has registered itself; join() waits on the thread's end marker.
  local                per-thread attribute dictionaries, dropped when their thread ends.

At exit the interpreter calls _shutdown() (stdlib/registry.cpp), which waits for the end
markers of all non-daemon threads; after os.fork() the child calls _after_fork() (os.cpp).
"""

import sys as _sys
import _thread
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

# ---- what comes straight from _thread ---------------------------------------------------------

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

# threading.Lock() returns a native _thread.lock, as in CPython.
Lock = _thread.allocate_lock
_new_plain_lock = _thread.allocate_lock
_NativeRLock = _thread.RLock
# Gives the OS thread a name that minipy's --gil-stats / --gil-trace reports show (minipy only).
_name_os_thread = getattr(_thread, '_set_name', None)


def RLock(*args, **kwargs):
    """A lock that its owner may acquire again while holding it; each acquire() needs a
    matching release().  (The native _thread.RLock.)"""
    return _NativeRLock(*args, **kwargs)


def _deprecated(message):
    # The camelCase spellings of the old API still work but warn.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# ---- tracing and profiling hooks --------------------------------------------------------------
# minipy does not trace yet (sys.settrace accepts and ignores a function), but the hooks are kept
# and handed to each thread this module starts, so programs that install them run unchanged.

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Install func with sys.settrace() in every thread started from now on."""
    _hooks['trace'] = func


def settrace_all_threads(func):
    """Like settrace(), and install func in the calling thread too."""
    settrace(func)
    _sys.settrace(func)


def gettrace():
    """The function set by settrace(), or None."""
    return _hooks['trace']


def setprofile(func):
    """Install func with sys.setprofile() in every thread started from now on."""
    _hooks['profile'] = func


def setprofile_all_threads(func):
    """Like setprofile(), and install func in the calling thread too."""
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    """The function set by setprofile(), or None."""
    return _hooks['profile']


# =============================================================================================
# Condition variables

_PLAIN_LOCK_TYPE = type(_new_plain_lock())


class Condition:
    """A condition variable: threads holding its lock wait() for a change that another thread
    announces with notify() or notify_all().

    wait() gives up the lock while it sleeps and takes it back before it returns, so the
    waiter can re-check the state it waited for.  Waiters are woken oldest first.
    """

    def __init__(self, lock=None):
        lock = RLock() if lock is None else lock
        self._lock = lock
        # acquire(), release() and `with` act on the underlying lock itself.
        self.acquire, self.release = lock.acquire, lock.release
        # To sleep, a waiter must let go of the lock completely and later restore it exactly.
        # Re-entrant locks know how: they offer the _release_save / _acquire_restore /
        # _is_owned protocol (as CPython's RLock does; a custom lock may offer it too), and
        # their methods then replace the plain-lock versions defined in this class.
        if type(lock) is not _PLAIN_LOCK_TYPE:      # (looking for them costs, so skip that
            drop = getattr(lock, '_release_save', None)   #  for the common plain lock)
            if drop is not None:
                self._drop_lock = drop
            retake = getattr(lock, '_acquire_restore', None)
            if retake is not None:
                self._retake_lock = retake
            owned = getattr(lock, '_is_owned', None)
            if owned is not None:
                self._owned = owned
        # The slots of the waiting threads, oldest first.  (Named as in CPython: tests and
        # debugging tools look at len(cond._waiters).)
        self._waiters = []

    # The plain-lock versions: a plain lock has no recursion depth to save and restore.

    def _drop_lock(self):
        self._lock.release()

    def _retake_lock(self, state):
        self._lock.acquire()

    def _owned(self):
        # A plain lock does not record its holder.  If it can be taken, no one held it; if it
        # cannot, assume the caller is the holder (the usual, correct use).
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        """Sleep until notified or until timeout seconds have passed (forever when timeout is
        None), with the lock released meanwhile.  Returns False on timeout, else True."""
        if not self._owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        # Park on a private lock that is already held: acquiring it again blocks until a
        # notifier releases it, or until the timeout.  The native lock reads a timeout of -1
        # as "no limit" and 0 as "just try once".
        if timeout is None:
            timeout = -1
        elif timeout < 0:
            timeout = 0
        slot = _new_plain_lock()
        slot.acquire()
        self._waiters.append(slot)
        saved = self._drop_lock()
        woken = False
        try:
            woken = slot.acquire(True, timeout)
            return woken
        finally:
            self._retake_lock(saved)
            if not woken:
                # Timed out (or interrupted): leave the queue, unless a notifier has taken
                # this slot out of it already.
                try:
                    self._waiters.remove(slot)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() returns a true value, or until timeout seconds have
        passed; returns the predicate's last result."""
        result = predicate()
        if result:
            return result
        if timeout is None:
            while not result:
                self.wait()
                result = predicate()
            return result
        deadline = _now() + timeout
        remaining = timeout
        while True:
            self.wait(remaining)
            result = predicate()
            if result:
                return result
            remaining = deadline - _now()
            if remaining <= 0:
                return result

    def _wake(self, count):
        # Unpark up to `count` waiters.  The caller holds the lock (which also guards the
        # queue).  A slot whose owner gave up (timeout) but has not yet removed it is no longer
        # held; releasing it fails, and it does not count as a wake-up.
        parked = self._waiters
        while count > 0 and parked:
            slot = parked.pop(0)
            try:
                slot.release()
            except RuntimeError:
                continue
            count -= 1

    def notify(self, n=1):
        """Wake up to n of the waiting threads, the longest-waiting first.  The caller must
        hold the lock; the woken threads run once they can take it back."""
        if not self._owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        if self._waiters:
            self._wake(n)

    def notify_all(self):
        """Wake every waiting thread."""
        if not self._owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        if self._waiters:
            self._wake(len(self._waiters))

    def notifyAll(self):
        """Deprecated spelling of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# =============================================================================================
# Semaphores

def _object_tag(obj):
    # The '<module.Class at 0x...' beginning of the reprs below.
    cls = type(obj)
    return '<%s.%s at %#x' % (cls.__module__, cls.__qualname__, id(obj))


class Semaphore:
    """A pool of permits.  acquire() takes one, waiting while none is left; release() puts
    permits back and wakes as many waiting threads."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._guard = Lock()
        self._changed = Condition(self._guard)
        self._value = value

    def __repr__(self):
        return '%s: value=%s>' % (_object_tag(self), self._value)

    def _has_permit(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        """Take a permit.  With blocking=False, or when timeout (seconds) runs out first,
        give up and return False; return True once a permit is taken."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._guard:
            if self._value == 0:
                if not blocking or not self._changed.wait_for(self._has_permit, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n permits (default 1)."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._guard:
            self._value += n
            self._changed._wake(n)

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that can never hold more permits than it started with: releasing one
    too many raises ValueError (it usually means a bug)."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return '%s: value=%s/%s>' % (_object_tag(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._guard:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._changed._wake(n)


# =============================================================================================
# Events

class Event:
    """A flag threads can wait for.  set() raises it and wakes every waiter; clear() lowers it;
    wait() returns at once while it is raised."""

    def __init__(self):
        self._changed = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '%s: %s>' % (_object_tag(self), 'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._changed._at_fork_reinit()

    def is_set(self):
        """Whether the flag is raised."""
        return self._flag

    def isSet(self):
        """Deprecated spelling of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        """Raise the flag and wake all waiting threads."""
        with self._changed:
            self._flag = True
            self._changed._wake(len(self._changed._waiters))

    def clear(self):
        """Lower the flag."""
        with self._changed:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is raised (or timeout seconds pass); return the flag."""
        if self._flag:
            return True     # reading one attribute is atomic: no need for the lock
        with self._changed:
            if self._flag:
                return True
            return self._changed.wait(timeout)


# =============================================================================================
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# A barrier goes through rounds.  Threads arrive while it is OPEN; the last arrival switches it
# to RELEASING, and the last thread to leave opens it again.  reset() while threads wait makes
# it RESETTING (those threads fail, then it opens); abort() or a failure makes it BROKEN.
_OPEN, _RELEASING, _RESETTING, _BROKEN = 'open', 'releasing', 'resetting', 'broken'


class Barrier:
    """Makes `parties` threads wait for each other: wait() returns in all of them at once,
    when the last one arrives (that one first runs `action`, if given).  The barrier can then
    be used for the next round."""

    def __init__(self, parties, action=None, timeout=None):
        self._changed = Condition(Lock())
        self._parties = parties
        self._action = action
        self._default_timeout = timeout
        self._phase = _OPEN
        self._inside = 0             # threads currently in wait()

    def __repr__(self):
        if self._phase == _BROKEN:
            return '%s: broken>' % _object_tag(self)
        return '%s: waiters=%s/%s>' % (_object_tag(self), self.n_waiting, self._parties)

    def wait(self, timeout=None):
        """Wait until all parties have called wait(); return this thread's arrival number
        (0 for the first, parties - 1 for the last).  Raises BrokenBarrierError when the
        barrier breaks or is reset meanwhile, or when timeout expires (which breaks it)."""
        if timeout is None:
            timeout = self._default_timeout
        with self._changed:
            # The previous round must be over before this thread counts for a new one.
            while self._phase in (_RELEASING, _RESETTING):
                self._changed.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside += 1
            try:
                if arrival == self._parties - 1:
                    self._open_gate()
                else:
                    self._await_gate(timeout)
                return arrival
            finally:
                self._inside -= 1
                self._after_leaving()

    def _open_gate(self):
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._phase = _RELEASING
        self._changed._wake(len(self._changed._waiters))

    def _await_gate(self, timeout):
        if not self._changed.wait_for(lambda: self._phase != _OPEN, timeout):
            self._break()                # a timed-out party spoils the round for everyone
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def _after_leaving(self):
        if self._inside == 0 and self._phase in (_RELEASING, _RESETTING):
            self._phase = _OPEN
            self._changed._wake(len(self._changed._waiters))

    def _break(self):
        self._phase = _BROKEN
        self._changed._wake(len(self._changed._waiters))

    def reset(self):
        """Put the barrier back to its fresh state; threads waiting in it get
        BrokenBarrierError."""
        with self._changed:
            if self._inside == 0:
                self._phase = _OPEN
            elif self._phase in (_OPEN, _BROKEN):
                self._phase = _RESETTING
            self._changed._wake(len(self._changed._waiters))

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError (until
        reset())."""
        with self._changed:
            self._break()

    @property
    def parties(self):
        """The number of threads that must call wait()."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting in the current round."""
        return self._inside if self._phase == _OPEN else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase == _BROKEN


# =============================================================================================
# The registry of threads

class _Counter:
    # Numbers for default thread names ("Thread-1", "Dummy-2"): one sequence for all of them.
    def __init__(self):
        self.last = 0
        self.lock = _new_plain_lock()

    def next_name(self, template):
        with self.lock:
            self.last += 1
            return template % self.last


_names = _Counter()

_registry_lock = RLock()
_running = {}          # ident -> Thread, for every thread known to be running
_starting = {}         # Thread -> Thread, between start() and the moment it runs

# End markers of the running non-daemon threads: what _shutdown() waits for.
_waited_at_exit = set()
_waited_at_exit_lock = _new_plain_lock()

# Shutdown progress: 'running' -> 'joining' (inside _shutdown) -> 'done'.
_exit_state = 'running'
_exit_callbacks = []


def _forget_finished_markers():
    # Markers of non-daemon threads that ended without being joined.  Caller holds the lock.
    ended = [marker for marker in _waited_at_exit if not marker.locked()]
    _waited_at_exit.difference_update(ended)


def _thread_name(name, target):
    if name:
        return str(name)
    name = _names.next_name('Thread-%d')
    target_name = getattr(target, '__name__', None) if target is not None else None
    if target_name is not None:
        name += ' (%s)' % target_name
    return name


# =============================================================================================
# Thread

class Thread:
    """A thread of control.  Either pass the callable to run as `target` (with args and
    kwargs), or subclass Thread and override run().  start() launches it; join() waits for
    it to end."""

    _constructed = False
    _is_dummy = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        # _target, _args and _kwargs keep CPython's names: subclasses that override run()
        # commonly use them.
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = _thread_name(name, target)
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._is_daemon = daemon
        self._ident = None
        self._native_id = None
        self._end_marker = None       # locked while the native thread exists
        self._running_flag = Event()  # set once the thread runs (or ran)
        self._ended = False
        # What the exception reporter needs, captured now in case the thread fails while the
        # interpreter is shutting down and sys has been torn apart.
        self._creation_stderr = _sys.stderr
        self._invoke_excepthook = _exception_reporter()
        self._local_stores = {}       # storages of `local` objects holding data for us
        self._constructed = True

    def __repr__(self):
        assert self._constructed, 'Thread.__init__() was not called'
        self.is_alive()               # notices an end that happened since the last look
        if self._ended:
            status = 'stopped'
        elif self._running_flag.is_set():
            status = 'started'
        else:
            status = 'initial'
        if self._is_daemon:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    # -- starting --

    def start(self):
        """Run run() in a new thread.  A thread can be started only once."""
        if not self._constructed:
            raise RuntimeError('thread.__init__() not called')
        if self._running_flag.is_set():
            raise RuntimeError('threads can only be started once')
        with _registry_lock:
            _starting[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _starting[self]
            raise
        # Returning only once the thread runs makes ident and is_alive() dependable.
        self._running_flag.wait()

    def run(self):
        """The thread's work.  By default: call the target with the given arguments."""
        try:
            if self._target is None:
                return
            self._target(*self._args, **self._kwargs)
        finally:
            self._drop_work()

    def _drop_work(self):
        # A finished thread should not keep its target and arguments alive.
        del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # The first Python code the new native thread runs.  A daemon thread still running
        # while the interpreter is being torn down (sys already gone) may fail in odd ways;
        # nobody is left to tell, so such failures are dropped.
        try:
            self._bootstrap_inner()
        except BaseException:
            if _sys is not None or not self._is_daemon:
                raise

    def _take_identity(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._end_marker = _thread._set_sentinel()
        if not self._is_daemon:
            with _waited_at_exit_lock:
                _forget_finished_markers()
                _waited_at_exit.add(self._end_marker)
        if _name_os_thread is not None:
            _name_os_thread(self._name)

    def _bootstrap_inner(self):
        try:
            self._take_identity()
            self._running_flag.set()
            with _registry_lock:
                _running[self._ident] = self
                del _starting[self]
            if _hooks['trace']:
                _sys.settrace(_hooks['trace'])
            if _hooks['profile']:
                _sys.setprofile(_hooks['profile'])
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._unregister()

    def _unregister(self):
        # Last steps inside the thread: drop its thread-local data and its registry entry.
        for store in list(self._local_stores.values()):
            store.per_thread.pop(self, None)
        self._local_stores = {}
        with _registry_lock:
            me = get_ident()
            if _running.get(me) is self:
                del _running[me]

    # -- ending --

    def _mark_ended(self):
        # The end marker was seen released: the native thread is gone.
        marker = self._end_marker
        self._ended = True
        self._end_marker = None
        if not self._is_daemon and marker is not None:
            with _waited_at_exit_lock:
                _waited_at_exit.discard(marker)

    def _await_end(self, block=True, timeout=-1):
        marker = self._end_marker
        if marker is None:
            return                    # already known to have ended
        try:
            if marker.acquire(block, timeout):
                marker.release()
                self._mark_ended()
        except:
            # Interrupted while waiting (Ctrl-C): record an end that happened meanwhile.
            if not marker.locked():
                self._mark_ended()
            raise

    def join(self, timeout=None):
        """Wait until the thread has ended, or for at most timeout seconds.  Returns None
        either way: is_alive() tells whether the thread is still running."""
        if not self._constructed:
            raise RuntimeError('Thread.__init__() not called')
        if not self._running_flag.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is None:
            self._await_end()
        else:
            self._await_end(timeout=max(timeout, 0))

    def is_alive(self):
        """Whether the thread is running: true from just before run() starts until just
        after it returns."""
        assert self._constructed, 'Thread.__init__() not called'
        if self._ended or not self._running_flag.is_set():
            return False
        self._await_end(False)
        return not self._ended

    # -- properties --

    @property
    def name(self):
        """The thread's name, for display only; several threads may share one."""
        assert self._constructed, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._constructed, 'Thread.__init__() not called'
        self._name = str(name)
        if _name_os_thread is not None and self._ident == get_ident():
            _name_os_thread(self._name)

    @property
    def ident(self):
        """The thread's get_ident() value; None until it has started."""
        assert self._constructed, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        """The operating system's id for the thread (a Linux TID); None until it started."""
        assert self._constructed, 'Thread.__init__() not called'
        return self._native_id

    @property
    def daemon(self):
        """Whether this is a daemon thread.  The program exits when only daemon threads are
        left.  Inherited from the creating thread; may be changed only before start()."""
        assert self._constructed, 'Thread.__init__() not called'
        return self._is_daemon

    @daemon.setter
    def daemon(self, daemonic):
        if not self._constructed:
            raise RuntimeError('Thread.__init__() not called')
        if daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._running_flag.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._is_daemon = daemonic

    # -- the old getter/setter API --

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


# =============================================================================================
# Exceptions raised in threads

class _ExceptHookArgs(tuple):
    """What threading.excepthook receives: (exc_type, exc_value, exc_traceback, thread), also
    readable by those names."""

    __module__ = '_thread'         # CPython's is the native struct sequence _thread._ExceptHookArgs

    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError('_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)'
                            % len(items))
        return super().__new__(cls, items)

    exc_type = property(lambda self: self[0], doc='The exception class.')
    exc_value = property(lambda self: self[1], doc='The exception, or None.')
    exc_traceback = property(lambda self: self[2], doc='Its traceback, or None.')
    thread = property(lambda self: self[3], doc='The Thread that raised it, or None.')

    def __repr__(self):
        fields = ['%s=%r' % pair for pair in zip(self._fields, self)]
        return '_thread._ExceptHookArgs(%s)' % ', '.join(fields)


ExceptHookArgs = _ExceptHookArgs


def _report_stream(thread):
    # Where a report goes: sys.stderr, or, when that is gone (late in shutdown), the stderr the
    # thread saw when it was created.  None when there is nowhere to write.
    if _sys is not None and _sys.stderr is not None:
        return _sys.stderr
    if thread is not None:
        return thread._creation_stderr
    return None


def excepthook(args, /):
    """Print the report of an exception that escaped a thread's run() to stderr, as the
    interpreter prints an uncaught exception, headed "Exception in thread NAME:".  SystemExit
    is ignored.  Assign another function to threading.excepthook to handle these yourself."""
    if args.exc_type == SystemExit:
        return
    stream = _report_stream(args.thread)
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % who, file=stream, flush=True)
    stream.write(_thread._format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    stream.flush()


# The original hook, for restoring threading.excepthook after replacing it.
__excepthook__ = excepthook


def _exception_reporter():
    # The function a Thread calls when its run() raised.  Everything it needs is captured when
    # the thread is created, so that it still works if the module's globals or sys have been
    # cleared by the time a daemon thread fails during shutdown.
    original_hook = excepthook
    if original_hook is None:
        raise RuntimeError('threading.excepthook is None')
    original_sys_hook = _sys.excepthook
    if original_sys_hook is None:
        raise RuntimeError('sys.excepthook is None')
    sys_module = _sys
    exc_info = _sys.exc_info
    say = print
    find_stream = _report_stream

    def invoke_excepthook(thread):
        if _exit_state == 'done' and thread.daemon:
            # The main module is being dismantled while this daemon still runs; CPython would
            # have frozen the thread already, so keep quiet as it does.
            return
        args = None
        try:
            hook = excepthook if excepthook is not None else original_hook
            args = ExceptHookArgs([*exc_info(), thread])
            hook(args)
        except Exception as failure:
            # The hook itself raised: report that with sys.excepthook instead.
            failure.__suppress_context__ = True
            del failure
            stream = find_stream(thread) if sys_module is not None else thread._creation_stderr
            say('Exception in threading.excepthook:', file=stream, flush=True)
            fallback = getattr(sys_module, 'excepthook', None) or original_sys_hook
            fallback(*exc_info())
        finally:
            args = None                # no reference cycle through the traceback

    return invoke_excepthook


# =============================================================================================
# Timer

class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() is called before that:

        reminder = Timer(5.0, print, args=['time is up'])
        reminder.start()
        reminder.cancel()      # too early: nothing is printed
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer, if its function has not been called yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# =============================================================================================
# Threads this module did not start

class _MainThread(Thread):
    # The thread the interpreter started in.

    def __init__(self):
        super().__init__(name='MainThread', daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        # No native end marker here: a plain lock, released by _shutdown().
        self._end_marker = _new_plain_lock()
        self._end_marker.acquire()
        self._running_flag.set()
        with _registry_lock:
            _running[self._ident] = self


class _DummyThread(Thread):
    # Represents a thread started directly with _thread.start_new_thread, made the first time
    # such a thread calls current_thread().  Always a daemon; cannot be joined.

    _is_dummy = True

    def __init__(self):
        super().__init__(name=_names.next_name('Dummy-%d'),
                         daemon=_thread.daemon_threads_allowed())
        self._ident = get_ident()
        self._native_id = get_native_id()
        # Released when the thread ends, so that a later thread reusing the ident is not
        # mistaken for this one (see current_thread()).
        self._end_marker = _thread._set_sentinel()
        self._running_flag.set()
        with _registry_lock:
            _running[self._ident] = self

    def _mark_ended(self):
        pass

    def is_alive(self):
        return self._end_marker.locked()

    def join(self, timeout=None):
        assert False, 'cannot join a dummy thread'


# =============================================================================================
# Module functions

def current_thread():
    """The Thread object of the calling thread.  Threads not started through this module get
    a dummy Thread object."""
    try:
        thread = _running[get_ident()]
    except KeyError:
        return _DummyThread()
    if thread._is_dummy and not thread._end_marker.locked():
        return _DummyThread()         # a stale dummy: its thread ended and the ident was reused
    return thread


def currentThread():
    """Deprecated spelling of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def _all_threads():
    return [*_running.values(), *_starting.values()]


def active_count():
    """How many Thread objects are alive (the length of enumerate())."""
    with _registry_lock:
        return len(_running) + len(_starting)


def activeCount():
    """Deprecated spelling of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """The Thread objects that are alive: the main thread, dummy threads, and started threads
    that have not ended."""
    with _registry_lock:
        return _all_threads()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


_main_thread = _MainThread()


def _register_atexit(func, *arg, **kwargs):
    """Have func(*arg, **kwargs) called when the main thread finishes, before the non-daemon
    threads are waited for (concurrent.futures stops its workers this way)."""
    if _exit_state != 'running':
        raise RuntimeError("can't register atexit after shutdown")
    _exit_callbacks.append((func, arg, kwargs))


def _shutdown():
    """Called by the interpreter once the main program is over: run the _register_atexit
    callbacks, then wait until every non-daemon thread has ended."""
    global _exit_state
    if _main_thread._ended:
        return                        # already done, or in a forked child
    _exit_state = 'joining'
    # From here on the main thread counts as ended.
    marker = _main_thread._end_marker
    if marker is not None and marker.locked():
        marker.release()
    _main_thread._mark_ended()
    for func, arg, kwargs in reversed(_exit_callbacks):
        func(*arg, **kwargs)
    # Threads may start others while we wait: repeat until no marker is left.
    while True:
        with _waited_at_exit_lock:
            markers = list(_waited_at_exit)
            _waited_at_exit.clear()
        if not markers:
            break
        for marker in markers:
            marker.acquire()
            marker.release()
    _exit_state = 'done'


def _after_fork():
    """Run in the child process after os.fork(): only the forking thread survives there.  It
    becomes the main thread, and every other Thread object is marked as ended."""
    global _registry_lock, _main_thread, _waited_at_exit_lock, _waited_at_exit
    # Locks held by threads that no longer exist would stay locked forever: replace them.
    _registry_lock = RLock()
    _names.lock = _new_plain_lock()
    _waited_at_exit_lock = _new_plain_lock()
    _waited_at_exit = set()
    survivor = _running.get(get_ident())
    if survivor is None:
        survivor = _MainThread()
    others = [thread for thread in _all_threads() if thread is not survivor]
    for thread in others:
        thread._ended = True
        thread._end_marker = None
    survivor._running_flag._at_fork_reinit()
    survivor._ident = get_ident()
    survivor._native_id = get_native_id()
    if survivor._end_marker is not None:
        survivor._end_marker._at_fork_reinit()
        survivor._end_marker.acquire()
    _starting.clear()
    _running.clear()
    _running[survivor._ident] = survivor
    _main_thread = survivor


# =============================================================================================
# Thread-local data
#
# Each `local` object owns a _LocalStore: a dict per thread that has used it, keyed by the
# Thread object.  Attribute access on the local object is redirected to the calling thread's
# dict.  A thread drops its dicts when it ends (Thread._unregister), so a new thread that gets
# the same ident starts empty; the local object drops them all when it is freed (__del__).
# Threads list the stores they have dicts in (Thread._local_stores) for that clean-up; they
# point at the store, not at the local object, so a local can be freed while threads run.

class _LocalStore:
    def __init__(self, args, kwargs):
        self.init_args = args          # for re-running __init__ in each new thread
        self.init_kwargs = kwargs
        self.per_thread = {}


# id(local object) -> its store.  Quicker to reach than the object's slot, whose access goes
# through the overridden __getattribute__; removed by __del__.
_stores = {}

_ABSENT = object()


def _calling_threads_dict(obj):
    # The calling thread's dict for the local object obj.  A thread's first access creates it
    # and runs the subclass's __init__, if any, with the constructor's arguments.
    store = _stores[id(obj)]
    try:
        thread = _running[get_ident()]
    except KeyError:
        thread = None
    if thread is None or thread._is_dummy:
        thread = current_thread()
    try:
        return store.per_thread[thread]
    except KeyError:
        pass
    attrs = store.per_thread[thread] = {}
    thread._local_stores[id(store)] = store
    init = type(obj).__init__
    if init is not object.__init__:
        init(obj, *store.init_args, **store.init_kwargs)
    return attrs


# class -> the __dict__s along its MRO (live mappings, so later class changes are seen).
_mro_dicts = {}


def _lookup_in_class(cls, name):
    dicts = _mro_dicts.get(cls)
    if dicts is None:
        dicts = _mro_dicts[cls] = [klass.__dict__ for klass in cls.__mro__]
    for namespace in dicts:
        if name in namespace:
            return namespace[name]
    return _ABSENT


def _local_type_name(cls):
    # Messages name the base class the way CPython's native type spells it.
    return '_thread._local' if cls is _local else cls.__name__


def _no_attribute(cls, name):
    return AttributeError("'%s' object has no attribute '%s'" % (_local_type_name(cls), name))


def _read_only_dict(cls):
    return AttributeError("'%s' object attribute '__dict__' is read-only"
                          % _local_type_name(cls))


class _local:
    """Thread-local data: each thread sees its own attributes on a local object.

        state = threading.local()
        state.user = 'ann'        # seen by this thread only

    A subclass may define __init__; it runs again, with the constructor's arguments, in every
    thread that touches the object for the first time.  Lookups follow the usual rules, with
    the calling thread's dict as the instance dict: data descriptors of the class (properties)
    first, then the thread's dict, then other class attributes, then __getattr__.
    """

    __slots__ = ('_local__store',)
    __module__ = '_thread'         # CPython's is the native type _thread._local

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        store = _LocalStore(args, kwargs)
        object.__setattr__(self, '_local__store', store)
        _stores[id(self)] = store
        # The creating thread gets its dict now; its __init__ runs as part of construction.
        creator = current_thread()
        store.per_thread[creator] = {}
        creator._local_stores[id(store)] = store
        return self

    def __del__(self):
        store = _stores.pop(id(self), None)
        if store is None:
            return
        for thread in list(store.per_thread):
            thread._local_stores.pop(id(store), None)
        store.per_thread.clear()

    def __getattribute__(self, name):
        attrs = _calling_threads_dict(self)
        if name == '__dict__':
            return attrs
        cls = type(self)
        found = _lookup_in_class(cls, name)
        if found is _ABSENT:
            if name in attrs:
                return attrs[name]
        else:
            kind = type(found)
            getter = getattr(kind, '__get__', None)
            is_data = getter is not None and (hasattr(kind, '__set__')
                                              or hasattr(kind, '__delete__'))
            if is_data:
                return getter(found, self, cls)
            if name in attrs:
                return attrs[name]
            return found if getter is None else getter(found, self, cls)
        if hasattr(cls, '__getattr__'):
            return cls.__getattr__(self, name)
        raise _no_attribute(cls, name)

    def __setattr__(self, name, value):
        cls = type(self)
        if name == '__dict__':
            raise _read_only_dict(cls)
        attrs = _calling_threads_dict(self)
        found = _lookup_in_class(cls, name)
        setter = getattr(type(found), '__set__', None) if found is not _ABSENT else None
        if setter is not None:
            setter(found, self, value)
        else:
            attrs[name] = value

    def __delattr__(self, name):
        cls = type(self)
        if name == '__dict__':
            raise _read_only_dict(cls)
        attrs = _calling_threads_dict(self)
        found = _lookup_in_class(cls, name)
        deleter = getattr(type(found), '__delete__', None) if found is not _ABSENT else None
        if deleter is not None:
            deleter(found, self)
        elif name in attrs:
            del attrs[name]
        else:
            raise _no_attribute(cls, name)


local = _local
