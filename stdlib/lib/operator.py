"""operator: every Python operator as an ordinary function.

`operator.mul(x, y)` computes `x * y`; it is handy wherever a function is wanted (map, reduce,
sort keys).  Each operator function is reachable under two names, the plain one and the dunder
one (`operator.mul is operator.__mul__`).  Three small classes build accessor objects:
itemgetter (obj[k]), attrgetter (obj.a.b) and methodcaller (obj.m(...)).

minipy writes these in Python; the functions are one expression each, so a call costs about
what the operator itself costs plus one function call.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem',
    'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
    'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
    'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

# `abs` below shadows the builtin inside this module, so keep a handle on the real one.
_abs_builtin = abs


def _type_name(obj):
    return type(obj).__name__


# ---- rich comparisons ------------------------------------------------------------------------

def lt(a, b):
    """Compare with <: the result of `a < b`."""
    return a < b


def le(a, b):
    """Compare with <=: the result of `a <= b`."""
    return a <= b


def eq(a, b):
    """Compare with ==: the result of `a == b`."""
    return a == b


def ne(a, b):
    """Compare with !=: the result of `a != b`."""
    return a != b


def ge(a, b):
    """Compare with >=: the result of `a >= b`."""
    return a >= b


def gt(a, b):
    """Compare with >: the result of `a > b`."""
    return a > b


# ---- truth and identity ----------------------------------------------------------------------

def not_(a):
    """Boolean negation: `not a`."""
    return not a


def truth(a):
    """The truth value of a as a bool (what bool(a) gives)."""
    if a:
        return True
    return False


def is_(a, b):
    """Identity test: `a is b`."""
    return a is b


def is_not(a, b):
    """Negated identity test: `a is not b`."""
    return a is not b


# ---- unary arithmetic ------------------------------------------------------------------------

def abs(a):
    """Absolute value, as the builtin abs(a) computes it."""
    return _abs_builtin(a)


def neg(a):
    """Arithmetic negation: `-a`."""
    return -a


def pos(a):
    """Unary plus: `+a`."""
    return +a


def inv(a):
    """Bitwise inversion: `~a`."""
    return ~a


invert = inv


def index(a):
    """a converted to an int through its type's __index__ method."""
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(a))
    value = hook(a)
    if isinstance(value, int):
        return value
    raise TypeError("__index__ returned non-int (type %s)" % _type_name(value))


# ---- binary arithmetic and bit operations ----------------------------------------------------

def add(a, b):
    """Addition (or concatenation): `a + b`."""
    return a + b


def sub(a, b):
    """Subtraction: `a - b`."""
    return a - b


def mul(a, b):
    """Multiplication (or repetition): `a * b`."""
    return a * b


def matmul(a, b):
    """Matrix multiplication: `a @ b`."""
    return a @ b


def truediv(a, b):
    """True division: `a / b`."""
    return a / b


def floordiv(a, b):
    """Floor division: `a // b`."""
    return a // b


def mod(a, b):
    """Remainder (or %-formatting): `a % b`."""
    return a % b


def pow(a, b):
    """Power: `a ** b`."""
    return a ** b


def lshift(a, b):
    """Left shift: `a << b`."""
    return a << b


def rshift(a, b):
    """Right shift: `a >> b`."""
    return a >> b


def and_(a, b):
    """Bitwise (or set) and: `a & b`."""
    return a & b


def or_(a, b):
    """Bitwise (or set) or: `a | b`."""
    return a | b


def xor(a, b):
    """Bitwise (or set) exclusive or: `a ^ b`."""
    return a ^ b


# ---- container protocol ----------------------------------------------------------------------

def _require_sequence(a):
    # concat and iconcat refuse operands that are not sequences, whatever `+` would do.
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % _type_name(a))


def concat(a, b):
    """Sequence concatenation `a + b`; a must be a sequence."""
    _require_sequence(a)
    return a + b


def contains(a, b):
    """Membership test `b in a` (the container comes first)."""
    return b in a


def getitem(a, b):
    """Subscription: `a[b]`."""
    return a[b]


def setitem(a, b, c):
    """Item assignment: `a[b] = c`."""
    a[b] = c


def delitem(a, b):
    """Item deletion: `del a[b]`."""
    del a[b]


def _matches(item, target):
    # Containers compare by identity first, then equality (so a NaN finds itself).
    return item is target or item == target


def countOf(a, b):
    """How many items of the iterable a are b or equal to b."""
    total = 0
    for item in a:
        if _matches(item, b):
            total += 1
    return total


def indexOf(a, b):
    """Position of the first item of the iterable a that is b or equals b."""
    position = 0
    for item in a:
        if _matches(item, b):
            return position
        position += 1
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """A guess at len(obj): the real length when obj has one, otherwise what
    obj.__length_hint__() says, otherwise default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(default))
    try:
        return len(obj)
    except TypeError:
        pass
    estimator = getattr(type(obj), '__length_hint__', None)
    if estimator is None:
        return default
    try:
        guess = estimator(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % _type_name(guess))
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    """Call obj with the given arguments: `obj(*args, **kwargs)`."""
    return obj(*args, **kwargs)


# ---- in-place forms: they return the (possibly new) left operand ------------------------------

def iadd(a, b):
    """In-place addition `a += b`; returns the result."""
    a += b
    return a


def isub(a, b):
    """In-place subtraction `a -= b`; returns the result."""
    a -= b
    return a


def imul(a, b):
    """In-place multiplication `a *= b`; returns the result."""
    a *= b
    return a


def imatmul(a, b):
    """In-place matrix multiplication `a @= b`; returns the result."""
    a @= b
    return a


def itruediv(a, b):
    """In-place true division `a /= b`; returns the result."""
    a /= b
    return a


def ifloordiv(a, b):
    """In-place floor division `a //= b`; returns the result."""
    a //= b
    return a


def imod(a, b):
    """In-place remainder `a %= b`; returns the result."""
    a %= b
    return a


def ipow(a, b):
    """In-place power `a **= b`; returns the result."""
    a **= b
    return a


def ilshift(a, b):
    """In-place left shift `a <<= b`; returns the result."""
    a <<= b
    return a


def irshift(a, b):
    """In-place right shift `a >>= b`; returns the result."""
    a >>= b
    return a


def iand(a, b):
    """In-place and `a &= b`; returns the result."""
    a &= b
    return a


def ior(a, b):
    """In-place or `a |= b`; returns the result."""
    a |= b
    return a


def ixor(a, b):
    """In-place exclusive or `a ^= b`; returns the result."""
    a ^= b
    return a


def iconcat(a, b):
    """In-place sequence concatenation `a += b`; a must be a sequence."""
    _require_sequence(a)
    a += b
    return a


# ---- accessor objects ------------------------------------------------------------------------
#
# Each accessor keeps the arguments it was built from (for repr and pickling) and a plain
# function, chosen once at construction, that does the work; __call__ just forwards to it, so the
# per-call cost does not depend on how general the constructor's arguments were.

def _accessor_repr(self, arg_texts):
    cls = type(self)
    return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(arg_texts))


def _item_fetcher(keys):
    if len(keys) == 1:
        key = keys[0]
        return lambda obj: obj[key]
    if len(keys) == 2:
        first, second = keys
        return lambda obj: (obj[first], obj[second])
    return lambda obj: tuple([obj[key] for key in keys])


class itemgetter:
    """itemgetter(k) makes a function of one argument returning obj[k].  With several keys
    the function returns the tuple of the items, in the order the keys were given."""
    __slots__ = ('_keys', '_fetch')

    def __init__(self, item, /, *items):
        self._keys = (item,) + items
        self._fetch = _item_fetcher(self._keys)

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return _accessor_repr(self, [repr(key) for key in self._keys])

    def __reduce__(self):
        return type(self), self._keys


def _path_fetcher(dotted):
    # 'a.b.c' becomes a walk along three getattr steps; a plain name is a single getattr.
    steps = tuple(dotted.split('.'))
    if len(steps) == 1:
        name = steps[0]
        return lambda obj: getattr(obj, name)

    def walk(obj):
        for step in steps:
            obj = getattr(obj, step)
        return obj
    return walk


class attrgetter:
    """attrgetter('a') makes a function of one argument returning obj.a.  Dotted names follow a
    chain of attributes ('a.b' gives obj.a.b); several names give a tuple of the results."""
    __slots__ = ('_names', '_fetch')

    def __init__(self, attr, /, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        fetchers = [_path_fetcher(name) for name in names]
        if len(fetchers) == 1:
            self._fetch = fetchers[0]
        else:
            self._fetch = lambda obj: tuple([fetch(obj) for fetch in fetchers])

    def __call__(self, obj, /):
        return self._fetch(obj)

    def __repr__(self):
        return _accessor_repr(self, [repr(name) for name in self._names])

    def __reduce__(self):
        return type(self), self._names


class methodcaller:
    """methodcaller('m', *args, **kwargs) makes a function of one argument that calls
    obj.m(*args, **kwargs) and returns the result."""
    __slots__ = ('_method', '_pos', '_kw')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._method = name
        self._pos = args
        self._kw = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._method)(*self._pos, **self._kw)

    def __repr__(self):
        texts = [repr(self._method)]
        texts += [repr(arg) for arg in self._pos]
        texts += ['%s=%r' % pair for pair in self._kw.items()]
        return _accessor_repr(self, texts)

    def __reduce__(self):
        if self._kw:
            # Keyword arguments cannot travel in a plain constructor call; bind them first.
            from functools import partial
            return partial(type(self), self._method, **self._kw), self._pos
        return type(self), (self._method,) + self._pos


# ---- dunder names ----------------------------------------------------------------------------
#
# operator.__add__ is operator.add, and so on.  The dunder name drops a trailing underscore
# (and_ -> __and__, not_ -> __not__).  Only the operator functions get one: not the accessor
# classes, not countOf/indexOf/is_/is_not/truth/length_hint.

def _install_dunder_aliases():
    plain = ('lt le eq ne ge gt not_ abs add and_ floordiv index inv invert lshift mod mul '
             'matmul neg or_ pos pow rshift sub truediv xor concat contains delitem getitem '
             'setitem call iadd iand iconcat ifloordiv ilshift imod imul imatmul ior ipow '
             'irshift isub itruediv ixor').split()
    namespace = globals()
    for name in plain:
        namespace['__%s__' % name.rstrip('_')] = namespace[name]


_install_dunder_aliases()
del _install_dunder_aliases
