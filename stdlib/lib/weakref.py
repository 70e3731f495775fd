"""Weak references and the containers built on them.

`ref` (weakref.ReferenceType) and the reference bookkeeping are native (runtime/weakref.cpp,
design note in runtime/weakref.hpp).  Written here, on top of `ref`:

  WeakMethod           a reference to a bound method, alive while its object and function are
  WeakValueDictionary  values held weakly: an entry goes when its value dies
  WeakKeyDictionary    keys held weakly: an entry goes when its key dies
  WeakSet              (from _weakrefset) members held weakly
  finalize             call a function when an object dies, or at exit, at most once
  proxy                an object that forwards everything to a weakly held referent

Entries leave the containers from the references' callbacks, which run as soon as the referent
is freed (reference counting makes that immediate, so the examples in the documentation behave
the same here).  The callbacks hold their container only weakly.  Iteration walks a snapshot, so
a referent that dies during a loop cannot change the dictionary under it.
"""

import sys
import _collections_abc
from _weakref import ref, getweakrefcount, getweakrefs, _remove_dead_weakref
from _weakrefset import WeakSet

ReferenceType = ref

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']


# --- WeakMethod ------------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebuilds the method, or gives None once
    the object or the function has died."""

    def __new__(cls, meth, callback=None):
        if not (hasattr(meth, '__self__') and hasattr(meth, '__func__')):
            raise TypeError(f"argument should be a bound method, not {type(meth)}")

        def on_death(dead):
            # Called when the object or the function dies; the user hears of it once.
            me = self_ref()
            if me is None or not me._alive:
                return
            me._alive = False
            if callback is not None:
                callback(me)

        self = ref.__new__(cls, meth.__self__, on_death)
        func = meth.__func__
        self_ref = ref(self)
        self.__dict__.update(_func_ref=ref(func, on_death), _meth_type=type(meth), _alive=True)
        return self

    def __call__(self):
        """The bound method, rebuilt from the object and the function, or None."""
        target, func = ref.__call__(self), self._func_ref()
        if target is None or func is None:
            return None
        return self._meth_type(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


# --- the weak dictionaries -------------------------------------------------------------------

class KeyedRef(ref):
    """A reference that remembers the dictionary key it is stored under."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _owner_callback(owner, action):
    # A callback for the references of a container that holds the container only weakly:
    # action(container, dead_reference) runs while the container lives.
    owner_ref = ref(owner)

    def callback(dead):
        container = owner_ref()
        if container is not None:
            action(container, dead)
    return callback


class _WeakMapping(_collections_abc.MutableMapping):
    """What both weak dictionaries share: `data` is a plain dict holding references on one side,
    and _live_items() yields the (key, value) pairs whose referents still live."""

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return (key for key, _ in self._live_items())

    def values(self):
        return (value for _, value in self._live_items())

    def items(self):
        return self._live_items()

    def copy(self):
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = self.__class__()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# --- WeakValueDictionary ---------------------------------------------------------------------

def _drop_value(container, dead):
    _remove_dead_weakref(container.data, dead.key)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._on_death = _owner_callback(self, _drop_value)
        self.update(other, **kw)

    def _live_items(self):
        for key, r in list(self.data.items()):
            value = r()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._on_death, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def itervaluerefs(self):
        """The references to the values (alive when looked at, maybe dead later)."""
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        r = self.data.get(key)
        if r is None:
            return default
        value = r()
        return default if value is None else value

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            value = r()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[deepcopy(key, memo)] = value
        return new


# --- WeakKeyDictionary -----------------------------------------------------------------------

def _drop_key(container, dead):
    # The dead reference still hashes (its hash was taken on insertion) and equals itself.
    container.data.pop(dead, None)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._on_death = _owner_callback(self, _drop_key)
        if dict is not None:
            self.update(dict)

    def _live_items(self):
        for r, value in list(self.data.items()):
            key = r()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._on_death)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            r, value = self.data.popitem()
            key = r()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._on_death), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            pairs = dict.items() if hasattr(dict, 'items') else dict
            for key, value in pairs:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new


# --- finalize ----------------------------------------------------------------------------------

class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies or
    when the finalizer is called, whichever comes first; at exit, still-pending finalizers whose
    `atexit` attribute is true run, newest first."""

    __slots__ = ()
    _pending = {}                # finalizer -> _Job, while alive
    _created = 0                 # creation counter: exit order
    _exit_hook_installed = False
    _shutting_down = False

    class _Job:
        __slots__ = ('obj_ref', 'func', 'args', 'kwargs', 'atexit', 'order')

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_hook_installed:
            import atexit
            atexit.register(cls._run_at_exit)
            cls._exit_hook_installed = True
        job = cls._Job()
        job.obj_ref = ref(obj, self)
        job.func = func
        job.args = args
        job.kwargs = kwargs or None
        job.atexit = True
        job.order = cls._created
        cls._created += 1
        cls._pending[self] = job

    def __call__(self, _=None):
        """Run the function now if it has not run yet; return its result (else None)."""
        job = finalize._pending.pop(self, None)
        if job is not None and not finalize._shutting_down:
            return job.func(*job.args, **(job.kwargs or {}))

    def detach(self):
        """Cancel: return (obj, func, args, kwargs), or None if already dead or detached."""
        job = finalize._pending.get(self)
        obj = job and job.obj_ref()
        if obj is not None and finalize._pending.pop(self, None):
            return (obj, job.func, job.args, job.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while pending, else None; nothing changes."""
        job = finalize._pending.get(self)
        obj = job and job.obj_ref()
        if obj is not None:
            return (obj, job.func, job.args, job.kwargs or {})

    @property
    def alive(self):
        return self in finalize._pending

    @property
    def atexit(self):
        job = finalize._pending.get(self)
        return bool(job) and job.atexit

    @atexit.setter
    def atexit(self, value):
        job = finalize._pending.get(self)
        if job:
            job.atexit = bool(value)

    def __repr__(self):
        job = finalize._pending.get(self)
        obj = job and job.obj_ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        try:
            while True:
                due = [(job.order, f) for f, job in cls._pending.items() if job.atexit]
                if not due:
                    break
                due.sort(reverse=True)
                for _, f in due:
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            cls._shutting_down = True


# --- proxy -----------------------------------------------------------------------------------

def _target(p):
    obj = object.__getattribute__(p, '_proxy_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


def _forward_binary(name, operator_function):
    def method(self, other):
        if isinstance(other, _ProxyBase):
            other = _target(other)
        return operator_function(_target(self), other)
    method.__name__ = name
    return method


def _forward_reflected(name, operator_function):
    def method(self, other):
        return operator_function(other, _target(self))
    method.__name__ = name
    return method


class _ProxyBase:
    __slots__ = ('_proxy_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            def on_death(dead, self_ref=ref(self)):
                me = self_ref()
                if me is not None:
                    callback(me)
            object.__setattr__(self, '_proxy_ref', ref(obj, on_death))
        else:
            object.__setattr__(self, '_proxy_ref', ref(obj))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_ref')()   # None once dead, as CPython says
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bytes__(self):
        return bytes(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __index__(self):
        import operator
        return operator.index(_target(self))


def _fill_proxy_methods():
    import operator
    for name in ('__len__', '__iter__', '__next__', '__contains__', '__getitem__',
                 '__setitem__', '__delitem__', '__neg__', '__pos__', '__abs__', '__invert__',
                 '__int__', '__float__', '__round__'):
        setattr(_ProxyBase, name, _forward(name))
    for op in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
               'rshift', 'and', 'or', 'xor'):
        function = getattr(operator, op if op not in ('and', 'or') else op + '_')
        setattr(_ProxyBase, '__%s__' % op, _forward_binary('__%s__' % op, function))
        setattr(_ProxyBase, '__r%s__' % op, _forward_reflected('__r%s__' % op, function))
        inplace = getattr(operator, 'i' + op)
        setattr(_ProxyBase, '__i%s__' % op, _forward_binary('__i%s__' % op, inplace))
    for op in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        setattr(_ProxyBase, '__%s__' % op, _forward_binary('__%s__' % op, getattr(operator, op)))
    _ProxyBase.__divmod__ = _forward_binary('__divmod__', divmod)
    _ProxyBase.__rdivmod__ = _forward_reflected('__rdivmod__', divmod)


_fill_proxy_methods()
_ProxyBase.__hash__ = _ProxyBase.__dict__['__hash__']


class ProxyType(_ProxyBase):
    __slots__ = ()


class CallableProxyType(_ProxyBase):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy for obj that holds it weakly; using the proxy after obj died raises
    ReferenceError."""
    ref(obj)        # TypeError for objects that cannot be weakly referenced
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)
