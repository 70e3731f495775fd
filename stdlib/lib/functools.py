"""Tools for functions that act on or return other functions.

partial and reduce, the wrapper helpers (update_wrapper, wraps), the caches (lru_cache, cache,
cached_property), cmp_to_key, total_ordering and singledispatch.  Everything is plain Python;
the caches keep their entries in insertion-ordered dicts, which makes "least recently used" a
matter of re-inserting a key on every hit and evicting the first key when full.
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

from _thread import RLock

# --- update_wrapper and wraps ------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the attributes named in `assigned` (those
    wrapped has), merge the dicts named in `updated`, and set wrapper.__wrapped__.
    Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ copied along with wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator for wrapper functions: @wraps(func) applies update_wrapper(wrapper, func)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

# --- total_ordering ----------------------------------------------------------------------------
# From any one of < <= > >= (and ==) the other three follow.  Each derived method calls the
# defined one through the class (type(self).__lt__, so that a subclass's override counts)
# and passes NotImplemented on.

# For each operation: (derived operation, how to compute it from r = self OP other).
_DERIVED = {
    '__lt__': (('__gt__', lambda r, s, o: not r and s != o),
               ('__le__', lambda r, s, o: r or s == o),
               ('__ge__', lambda r, s, o: not r)),
    '__le__': (('__ge__', lambda r, s, o: not r or s == o),
               ('__lt__', lambda r, s, o: r and s != o),
               ('__gt__', lambda r, s, o: not r)),
    '__gt__': (('__lt__', lambda r, s, o: not r and s != o),
               ('__ge__', lambda r, s, o: r or s == o),
               ('__le__', lambda r, s, o: not r)),
    '__ge__': (('__le__', lambda r, s, o: not r or s == o),
               ('__gt__', lambda r, s, o: r and s != o),
               ('__lt__', lambda r, s, o: not r)),
}

_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derived_method(root, name, combine):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    method.__name__ = name
    method.__qualname__ = name
    method.__doc__ = 'Return a %s b.  Computed by @total_ordering from (a %s b).' % (
        _SYMBOLS[name], _SYMBOLS[root])
    return method


def total_ordering(cls):
    """Class decorator adding the missing rich comparisons, given __eq__ and one of
    __lt__, __le__, __gt__, __ge__."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]      # __lt__ preferred, then __le__, __gt__, __ge__
    for name, combine in _DERIVED[root]:
        if name not in defined:
            setattr(cls, name, _derived_method(root, name, combine))
    return cls


# --- cmp_to_key --------------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive for <, ==, >)
    into a key function for sorted(), min() and friends."""
    class KeyWrapper(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        __hash__ = None
    return KeyWrapper

# --- reduce ------------------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]): fold the items from the left,
    function(function(function(initial, x0), x1), x2)..."""
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

# --- partial and partialmethod -----------------------------------------------------------------

class partial:
    """A callable that calls func with the stored arguments followed by the call's own
    (call keywords override stored ones)."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # partial(partial(f, 1), 2) is flattened into partial(f, 1, 2).
        if hasattr(func, 'func') and isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        module = type(self).__module__
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (module, qualname, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds is not None else {}
        if namespace is not None:
            self.__dict__.update(namespace)


class partialmethod:
    """partial() for methods: arguments are bound after the instance (or class).

        class Cell:
            def set_state(self, state): ...
            set_alive = partialmethod(set_state, True)
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # Flatten, like partial does.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(map(repr, self.args))
        parts.extend('%s=%r' % item for item in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def __get__(self, obj, cls=None):
        func = self.func
        getter = getattr(func, '__get__', None)
        if getter is not None and not isinstance(func, partial):
            bound = getter(obj, cls)
            if bound is not func:
                # A descriptor (classmethod, or a function bound to obj): bind its result.
                result = partial(bound, *self.args, **self.keywords)
                self_obj = getattr(bound, '__self__', None)
                if self_obj is not None:
                    result.__self__ = self_obj
                return result
        # A plain callable: make a method that puts the instance first.
        def method(owner, /, *args, **keywords):
            return func(owner, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

# --- lru_cache and cache -----------------------------------------------------------------------

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): the statistics of an lru_cache.

    A small named tuple of its own, so that functools need not import collections."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def __getnewargs__(self):
        return tuple(self)

_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _HashedSeq(list):
    """A key built from several arguments: hashes once and remembers the hash."""
    __slots__ = ('hashvalue',)

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)      # separates positional arguments from keyword items in a key
_fasttypes = {int, str}


def _make_key(args, kwds, typed):
    """The cache key of one call: flat, hashable, and distinct for distinct calls."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None makes the cache unbounded; typed=True caches f(3) and f(3.0) separately.
    The wrapper has cache_info(), cache_clear() and cache_parameters(); the original function
    is its __wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare decorator: @lru_cache
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    sentinel = object()
    cache = {}
    stats = [0, 0]              # hits, misses
    lock = RLock()

    if maxsize == 0:
        # No caching at all: just count the calls.
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        # Unbounded: no ordering to maintain.
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # Bounded: the dict's order is the recency order, oldest first.
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            with lock:
                result = cache.get(key, sentinel)
                if result is not sentinel:
                    # A hit moves the key to the most recent end.
                    del cache[key]
                    cache[key] = result
                    stats[0] += 1
                    return result
                stats[1] += 1
            result = user_function(*args, **kwds)
            with lock:
                if key in cache:
                    # Another call filled it while the lock was released.
                    pass
                else:
                    if len(cache) >= maxsize:
                        del cache[next(iter(cache))]
                    cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        with lock:
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        with lock:
            cache.clear()
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)

# --- singledispatch ----------------------------------------------------------------------------

def _find_impl(cls, registry):
    """The implementation for cls: the nearest class of its MRO with one registered
    (object aside); else the most specific registered ABC that cls is a virtual subclass
    of; else the object implementation."""
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    best = None
    for typ in registry:
        if typ is object:
            continue
        try:
            if issubclass(cls, typ) and (best is None or issubclass(typ, best)):
                best = typ
        except TypeError:
            continue
    return registry[object if best is None else best]


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the type
    of the first argument; add implementations with @f.register."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>"""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given class on a generic function."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. {cls!r} is not a class.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            # The first annotated parameter names the class.
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = func.__globals__.get(cls, cls)
            if not _is_valid_dispatch_type(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry_view = _mappingproxy(registry)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry_view
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _mappingproxy(d):
    from types import MappingProxyType
    return MappingProxyType(d)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument after self
    (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def method(*args, **kwargs):
            implementation = dispatch(args[0].__class__)
            return implementation.__get__(obj, cls)(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

# --- cached_property ---------------------------------------------------------------------------

_absent = object()


class cached_property:
    """A property computed on first access and then stored in the instance's __dict__ under
    the same name.  Being a non-data descriptor, later lookups find the stored value first;
    `del obj.attr` forgets it."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = storage.get(name, _absent)
        if value is _absent:
            value = self.func(instance)
            try:
                storage[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f'instance does not support item assignment for caching '
                                f'{name!r} property.') from None
        return value

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
