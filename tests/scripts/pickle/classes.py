# Instances of user classes, dataclasses, namedtuples, enums, exceptions and collections types:
# the bytes of dumps() must be python3's, and loads() must rebuild equal objects.
import collections
import dataclasses
import enum
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is type(self) and (self.x, self.y) == (other.x, other.y)


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'dropped'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        self.v = state['v']
        self.cache = 'rebuilt'


class NewArgs(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))


class Outer:
    class Inner:
        def __init__(self):
            self.z = 1


class MyList(list):
    pass


class MyDict(dict):
    pass


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.5


@dataclasses.dataclass(frozen=True)
class Frozen:
    name: str


Pair = collections.namedtuple('Pair', 'left right')


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


class MyError(Exception):
    pass


def module_function(x):
    return x


values = [
    Plain(1, 'two'), Slotted(3, [4]), WithState(5), NewArgs(7, 'seven'), NewArgsEx(1, 2, k=3),
    Reduced(9), Outer.Inner(), MyList([1, 2]), MyDict(a=1), Point(1, 2.5), Frozen('f'),
    Pair(1, [2]), Color.RED, Color.GREEN, Perm.R, Perm.R | Perm.W, MyError('boom', 2),
    ValueError('bad value'), KeyError('key'),
    collections.OrderedDict([('b', 1), ('a', 2)]), collections.deque([1, 2, 3]),
    collections.deque('ab', 4), collections.defaultdict(int, {'x': 1}),
    collections.Counter('mississippi'), Plain, Outer.Inner, module_function, Color, Pair,
]


def describe(x):
    if isinstance(x, BaseException):
        return '%s%r' % (type(x).__name__, x.args)
    if isinstance(x, WithState):
        return 'WithState(%r, %r)' % (x.v, x.cache)
    if isinstance(x, NewArgsEx):
        return 'NewArgsEx(%r, %r)' % (x.args, x.kwargs)
    if isinstance(x, Reduced):
        return 'Reduced(%r)' % x.n
    if isinstance(x, Outer.Inner):
        return 'Inner(%r)' % x.z
    if isinstance(x, NewArgs):
        return 'NewArgs(%r, %r)' % (int(x), x.tag)
    if isinstance(x, collections.defaultdict):
        return 'defaultdict(%r, %r)' % (x.default_factory, dict(x))
    if isinstance(x, (Plain, Slotted)):
        return '%s(%r)' % (type(x).__name__, x.__dict__ if isinstance(x, Plain) else (x.x, x.y))
    if callable(x) and not isinstance(x, type):
        return x.__qualname__
    return repr(x)


for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, 'dumps failed:', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = type(back) is type(v)
        print(proto, data.hex(), describe(back), same)

# Exceptions whose extra attributes minipy keeps in the instance dict: round trips only (their
# __reduce__ adds that dict as state, so the bytes differ from python3's).
for proto in range(6):
    for v in [OSError(2, 'No such file'), StopIteration(5), SystemExit(3)]:
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, describe(back), type(back).__name__, back.args == v.args)
