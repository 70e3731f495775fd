"""functools: functions that make, wrap or remember other functions.

    partial, partialmethod      freeze some arguments of a callable
    reduce                      fold an iterable with a two-argument function
    update_wrapper, wraps       make a wrapper look like the function it wraps
    lru_cache, cache            remember results by arguments
    cached_property             compute an attribute once per instance
    cmp_to_key                  turn a three-way comparison into a sort key
    total_ordering              fill in the missing rich comparisons of a class
    singledispatch(method)      choose an implementation by the type of the first argument

The caches rely on dicts keeping insertion order: a dict *is* the recency list of an LRU
cache (a hit re-inserts its key at the end; eviction removes the first key).
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

from _thread import RLock
from collections import namedtuple


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


# =============================================================================================
# Wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)
_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Give `wrapper` the identity of `wrapped`: copy each attribute named in `assigned` that
    wrapped has, merge into wrapper each dict named in `updated`, and point
    wrapper.__wrapped__ at wrapped.  Returns wrapper."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is _ABSENT:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass                    # read-only on this kind of wrapper: leave it
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: wrapped's own __wrapped__ may just have come over with its __dict__.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper:

        def logged(func):
            @wraps(func)
            def wrapper(*args, **kwargs): ...
            return wrapper
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# =============================================================================================
# total_ordering
#
# Given one ordering method (and ==), the other three follow from it.  The table lists, for each
# possible root, how each missing method is computed from `r`, the root's result for the same
# operands.  Derived methods call the root through the class (so overrides in subclasses count)
# and pass NotImplemented through unchanged.

_ORDERINGS = ('__lt__', '__le__', '__gt__', '__ge__')
_SPELLING = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

_FROM_ROOT = {
    '__lt__': {'__gt__': lambda r, a, b: not r and a != b,
               '__le__': lambda r, a, b: r or a == b,
               '__ge__': lambda r, a, b: not r},
    '__le__': {'__ge__': lambda r, a, b: not r or a == b,
               '__lt__': lambda r, a, b: r and a != b,
               '__gt__': lambda r, a, b: not r},
    '__gt__': {'__lt__': lambda r, a, b: not r and a != b,
               '__ge__': lambda r, a, b: r or a == b,
               '__le__': lambda r, a, b: not r},
    '__ge__': {'__le__': lambda r, a, b: not r or a == b,
               '__gt__': lambda r, a, b: r and a != b,
               '__lt__': lambda r, a, b: not r},
}


def _derived_comparison(root, name, rule):
    def comparison(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(r, self, other)
    comparison.__name__ = comparison.__qualname__ = name
    comparison.__doc__ = 'a %s b, derived by @total_ordering from a %s b.' % (
        _SPELLING[name], _SPELLING[root])
    return comparison


def total_ordering(cls):
    """Class decorator: given __eq__ and at least one of __lt__, __le__, __gt__, __ge__,
    supply the others."""
    own = [name for name in _ORDERINGS
           if getattr(cls, name, None) is not getattr(object, name, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = own[0]                  # preference order: <, <=, >, >=
    for name, rule in _FROM_ROOT[root].items():
        if name not in own:
            setattr(cls, name, _derived_comparison(root, name, rule))
    return cls


# =============================================================================================
# cmp_to_key

def cmp_to_key(mycmp):
    """Turn an old-style comparison function (returning a negative number, zero or a positive
    number for less, equal, greater) into a key= function for sorted(), min(), max()...

    The key is a class: each key object wraps one value, and compares with another key by
    asking mycmp about the two wrapped values and testing the sign of the answer.  (CPython's
    C version is a single KeyWrapper type; a class per comparison function is the fastest
    equivalent in Python, since mycmp is then a closure variable.)"""

    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        __lt__ = lambda self, other: mycmp(self.obj, other.obj) < 0
        __le__ = lambda self, other: mycmp(self.obj, other.obj) <= 0
        __eq__ = lambda self, other: mycmp(self.obj, other.obj) == 0
        __ge__ = lambda self, other: mycmp(self.obj, other.obj) >= 0
        __gt__ = lambda self, other: mycmp(self.obj, other.obj) > 0
        __hash__ = None

    return KeyWrapper


# =============================================================================================
# reduce

_NO_INITIAL = object()


def reduce(function, iterable, initial=_NO_INITIAL, /):
    """Fold the items of iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c); reduce(f, [a, b], x) is f(f(x, a), b).
    Without `initial`, an empty iterable is an error."""
    items = iter(iterable)
    if initial is _NO_INITIAL:
        for accumulated in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        accumulated = initial
    for item in items:
        accumulated = function(accumulated, item)
    return accumulated


# =============================================================================================
# partial and partialmethod

def _call_text(cls, func, args, keywords):
    # 'module.qualname(func, arg..., name=value...)', the repr of partial and partialmethod.
    texts = [repr(func)]
    texts += [repr(arg) for arg in args]
    texts += ['%s=%r' % pair for pair in keywords.items()]
    return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(texts))


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args followed by the
    arguments of the call, and with keywords updated by the call's keywords."""

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # partial(partial(f, 1), 2) collapses into partial(f, 1, 2).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        return _call_text(type(self), self.func, self.args, self.keywords)

    def __reduce__(self):
        state = (self.func, self.args, self.keywords, self.__dict__ or None)
        return type(self), (self.func,), state

    def __setstate__(self, state):
        if (not isinstance(state, tuple) or len(state) != 4 or not callable(state[0])
                or not isinstance(state[1], tuple)
                or (state[2] is not None and not isinstance(state[2], dict))):
            raise TypeError('invalid partial state')
        func, args, keywords, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if keywords is None else dict(keywords)
        if namespace is not None:
            self.__dict__.update(namespace)

    __class_getitem__ = classmethod(_generic_alias)


class partialmethod:
    """partial() for use in a class body: the frozen arguments come after the instance (or
    the class, for classmethods):

        class Switch:
            def set(self, on): self.on = on
            turn_on = partialmethod(set, True)
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        return _call_text(type(self), self.func, self.args, self.keywords)

    def _as_plain_method(self):
        # For a func that is not a descriptor: a function taking the instance first.
        frozen = self

        def method(instance, /, *args, **keywords):
            if frozen.keywords:
                keywords = {**frozen.keywords, **keywords}
            return frozen.func(instance, *frozen.args, *args, **keywords)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self        # inspect.signature() looks for this
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor such as a classmethod or a function: freeze arguments after
                # whatever it bound.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', None)
                if owner is not None:
                    result.__self__ = owner
                return result
        return self._as_plain_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_generic_alias)


# =============================================================================================
# lru_cache and cache

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo = CacheInfo            # the name CPython uses inside functools

# Keys.  A call with one int or str argument and no keywords is keyed by that argument itself
# (cheap to hash and compare); any other call by a flat tuple: the positional arguments, then,
# after a marker no argument can equal, the keyword names and values, then (typed=True) the
# argument types.
_SINGLE_KEY_TYPES = {int, str}
_KEYWORDS_FOLLOW = object()


def _call_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KEYWORDS_FOLLOW,)
        for pair in kwds.items():
            key += pair
    if typed:
        key += tuple([type(value) for value in args])
        if kwds:
            key += tuple([type(value) for value in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _SINGLE_KEY_TYPES:
        return key[0]
    return key


class _CacheState:
    # The data behind one cached function, shared by the wrapper and its
    # cache_info/cache_clear.
    __slots__ = ('entries', 'hits', 'misses', 'lock')

    def __init__(self):
        self.entries = {}
        self.hits = self.misses = 0
        self.lock = RLock()


def _uncached(function, state):
    # maxsize=0: nothing is stored; every call counts as a miss.
    def wrapper(*args, **kwds):
        state.misses += 1
        return function(*args, **kwds)
    return wrapper


def _unbounded(function, state, typed):
    # maxsize=None: entries are never evicted, so their order does not matter.
    entries = state.entries
    missing = object()

    def wrapper(*args, **kwds):
        if kwds or typed or len(args) != 1 or type(args[0]) not in _SINGLE_KEY_TYPES:
            key = _call_key(args, kwds, typed)
        else:
            key = args[0]
        result = entries.get(key, missing)
        if result is missing:
            state.misses += 1
            result = entries[key] = function(*args, **kwds)
        else:
            state.hits += 1
        return result
    return wrapper


def _bounded(function, state, typed, maxsize):
    # The dict holds the entries oldest first: a hit moves its entry to the end, and a new
    # entry past maxsize pushes out the first one.  The function runs without the lock held,
    # so a slow call does not block other callers (two threads may then compute the same
    # entry; the first result stored wins).
    entries = state.entries
    lock = state.lock
    missing = object()

    def wrapper(*args, **kwds):
        if kwds or typed or len(args) != 1 or type(args[0]) not in _SINGLE_KEY_TYPES:
            key = _call_key(args, kwds, typed)
        else:
            key = args[0]
        with lock:
            result = entries.pop(key, missing)
            if result is not missing:
                entries[key] = result
                state.hits += 1
                return result
            # pop() on an empty dict does not hash the key: make unhashable arguments fail
            # here, before the call, as a lookup would.
            hash(key)
            state.misses += 1
        result = function(*args, **kwds)
        with lock:
            if key not in entries:
                if len(entries) >= maxsize:
                    del entries[next(iter(entries))]
                entries[key] = result
        return result
    return wrapper


def _cached(function, maxsize, typed):
    state = _CacheState()
    if maxsize == 0:
        wrapper = _uncached(function, state)
    elif maxsize is None:
        wrapper = _unbounded(function, state, typed)
    else:
        wrapper = _bounded(function, state, typed, maxsize)

    def cache_info():
        """The cache's statistics: hits, misses, maxsize, currsize."""
        with state.lock:
            return CacheInfo(state.hits, state.misses, maxsize, len(state.entries))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        with state.lock:
            state.entries.clear()
            state.hits = state.misses = 0

    def cache_parameters():
        """The maxsize and typed settings of the cache, as a dict."""
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, function)


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the most recent calls, by arguments (which must
    be hashable).

    maxsize bounds the number of remembered calls, evicting the least recently used; None
    removes the bound.  With typed=True arguments of different types are kept apart (f(3) and
    f(3.0)).  The decorated function gains cache_info(), cache_clear() and
    cache_parameters().  Usable bare (@lru_cache) or with arguments (@lru_cache(256))."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)       # @lru_cache without parentheses
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda function: _cached(function, maxsize, typed)


def cache(user_function, /):
    """An unbounded cache: the same as lru_cache(maxsize=None)."""
    return _cached(user_function, None, False)


# =============================================================================================
# singledispatch

def _registered_for(cls, registry):
    # The implementation serving cls: the first class along cls's MRO that has one (object
    # aside); failing that, the most specific registered class that cls is a virtual subclass
    # of (an ABC); failing that, the default registered for object.
    for klass in cls.__mro__:
        if klass is not object and klass in registry:
            return registry[klass]
    best = object
    for klass in registry:
        if klass is object:
            continue
        try:
            if issubclass(cls, klass) and (best is object or issubclass(klass, best)):
                best = klass
        except TypeError:
            pass
    return registry[best]


def _union_members(cls):
    # The member classes of a union type (int | str, typing.Union[int, str]), else None.
    if type(cls).__name__ not in ('UnionType', '_UnionGenericAlias'):
        return None
    return tuple(getattr(cls, '__args__', ()))


def _dispatchable(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(member, type) for member in members)


def _dispatch_class_from_annotation(func):
    annotations = getattr(func, '__annotations__', {})
    if not annotations:
        raise TypeError(f'Invalid first argument to `register()`: {func!r}. '
                        f'Use either `@register(some_class)` or plain `@register` '
                        f'on an annotated function.')
    # The first annotated parameter names the class to dispatch on.
    parameter, cls = next(iter(annotations.items()))
    if isinstance(cls, str):
        cls = func.__globals__.get(cls, cls)
    if not _dispatchable(cls):
        problem = ('not all arguments are classes' if _union_members(cls) is not None
                   else 'is not a class')
        raise TypeError(f'Invalid annotation for {parameter!r}. {cls!r} {problem}.')
    return cls


def singledispatch(func):
    """Make func a generic function that dispatches on the type of its first argument.
    func serves the types that have no implementation of their own; add implementations with
    the register() attribute:

        @singledispatch
        def describe(x): return 'something'

        @describe.register
        def _(x: int): return 'an int'
    """
    registry = {object: func}
    chosen = {}              # class -> implementation, forgotten whenever registry changes
    name = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        """The implementation that calls with a first argument of class cls use."""
        try:
            return chosen[cls]
        except KeyError:
            implementation = chosen[cls] = _registered_for(cls, registry)
            return implementation

    def register(cls, func=None):
        """register(cls, func) adds func as the implementation for cls; register(cls) is a
        decorator doing the same; register(func) takes cls from func's first annotation."""
        if _dispatchable(cls):
            if func is None:
                return lambda implementation: register(cls, implementation)
        elif func is not None:
            raise TypeError(f'Invalid first argument to `register()`. '
                            f'{cls!r} is not a class or union type.')
        else:
            func = cls
            cls = _dispatch_class_from_annotation(func)
        for member in _union_members(cls) or (cls,):
            registry[member] = func
        chosen.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    from types import MappingProxyType
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = chosen.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: the dispatch is on the first argument after self (or cls,
    under @classmethod)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add an implementation, as singledispatch's register() does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def method(*args, **kwargs):
            implementation = pick(args[0].__class__)
            return implementation.__get__(obj, cls)(*args, **kwargs)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        return update_wrapper(method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# =============================================================================================
# cached_property

class cached_property:
    """A property computed by the first access and then stored in the instance's __dict__
    under the same name.  It is a non-data descriptor, so the stored value is found before
    the property on later accesses; `del obj.name` makes the next access compute it again."""

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
        kind = type(instance).__name__
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {kind!r} "
                            f'instance to cache {name!r} property.') from None
        if name in namespace:
            return namespace[name]
        value = self.func(instance)
        try:
            namespace[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                            f'support item assignment for caching {name!r} property.') from None
        return value

    __class_getitem__ = classmethod(_generic_alias)
