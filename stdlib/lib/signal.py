"""Set handlers for asynchronous events (POSIX signals).

The native part is stdlib/signal.cpp (`_signal`): a Python handler set with signal() runs in the
main thread, between two bytecodes, soon after the signal arrives. This file adds CPython's
enum views of the constants: Signals (signal.SIGINT is Signals.SIGINT, an int), Handlers
(SIG_DFL, SIG_IGN) and Sigmasks (SIG_BLOCK, ...), written as small int subclasses.
"""

import _signal
from _signal import *

__all__ = [name for name in dir(_signal) if not name.startswith('_')] + [
    'Signals', 'Handlers', 'Sigmasks', 'ItimerError']


class _IntEnumType(type):
    """The class of Signals, Handlers and Sigmasks: iteration over the members, lookup by value
    with Signals(2), and by name with Signals['SIGINT']."""

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member[value]
        except (KeyError, TypeError):
            raise ValueError('%r is not a valid %s' % (value, cls.__name__)) from None

    def __getitem__(cls, name):
        return cls._name2member[name]

    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._name2member

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


class _IntEnum(int, metaclass=_IntEnumType):
    """A named int constant: repr <Signals.SIGINT: 2>, str and format as the int."""

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__name__, self._name_, self)

    __str__ = int.__repr__

    def __reduce__(self):
        return type(self), (int(self),)


def _make_enum(cls_name, names):
    """A new _IntEnum subclass whose members are the module constants with these names (the
    first name of a value is its canonical member; later ones are aliases)."""
    cls = _IntEnumType(cls_name, (_IntEnum,), {'__module__': 'signal', '__qualname__': cls_name})
    cls._members = []
    cls._value2member = {}
    cls._name2member = {}
    g = globals()
    for name in names:
        value = g[name]
        member = cls._value2member.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = name
            cls._value2member[value] = member
            cls._members.append(member)
        cls._name2member[name] = member
        setattr(cls, name, member)
        g[name] = member
    return cls


# Sorted by (value, name): of two names for one value (SIGABRT/SIGIOT, SIGCHLD/SIGCLD,
# SIGIO/SIGPOLL) the first alphabetically is the member, the other an alias, as in CPython.
Signals = _make_enum('Signals', sorted(
    (n for n in dir(_signal) if n.isupper() and n.startswith('SIG') and not n.startswith('SIG_')),
    key=lambda n: (getattr(_signal, n), n)))
Handlers = _make_enum('Handlers', ['SIG_DFL', 'SIG_IGN'])
Sigmasks = _make_enum('Sigmasks', ['SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'])


class ItimerError(OSError):
    """Raised on setitimer()/getitimer() errors."""


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member. If it's not a known member,
    return the value itself."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    """Set the action for the given signal (SIG_IGN, SIG_DFL, or a callable taking
    (signum, frame)) and return the previous one."""
    handler = _signal.signal(int(signalnum) if isinstance(signalnum, int) else signalnum,
                             int(handler) if isinstance(handler, int) else handler)
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal (None if it was not set from Python)."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    """Examine pending signals."""
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


def setitimer(which, seconds, interval=0.0):
    """Arm an interval timer (ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF): the first signal
    after `seconds`, then every `interval` seconds. Returns the old (delay, interval)."""
    try:
        return _signal.setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(*e.args) from None


def getitimer(which):
    """Return the current (delay, interval) of an interval timer."""
    try:
        return _signal.getitimer(which)
    except OSError as e:
        raise ItimerError(*e.args) from None
