# The layout of each type pprint knows, at widths where it must spread out; subclasses with
# and without their own __repr__.
import collections
import dataclasses
import pprint
import types

long_list = list(range(30))
words = {'w%02d' % i: 'v' * (i % 7) for i in range(12)}


def show(title, obj, **options):
    print('---', title, options)
    print(pprint.pformat(obj, **options))


show('dict', {'key%d' % i: list(range(i)) for i in range(12)})
show('dict indent 4', words, indent=4, width=30)
show('list compact', list(range(40)), compact=True, width=30)
show('list compact indent 3', [list(range(i)) for i in range(9)], compact=True, width=25,
     indent=3)
show('tuple 1', (long_list,), width=30)
show('tuple n', (tuple(range(30)), 'a', ()), width=30)
show('nested', {'a' * 30: ['b' * 30, {'c' * 20: 'd' * 40}]}, indent=4, width=50)
show('set', set(range(30)), width=30)
show('frozenset', frozenset(range(25)), width=30)
show('set of frozensets', {frozenset(range(10)), frozenset(range(3))}, width=30)
show('empty set', [set(), frozenset()], width=1)
show('OrderedDict', collections.OrderedDict((str(i), i * 'x') for i in range(8)), width=40)
show('OrderedDict empty', collections.OrderedDict(), width=1)
show('defaultdict', collections.defaultdict(list, {i: [i] * i for i in range(6)}), width=30)
show('defaultdict empty', collections.defaultdict(int), width=1)
show('Counter', collections.Counter('abracadabra simsalabim'), width=30)
show('Counter indent', collections.Counter('abracadabra'), width=20, indent=3)
show('Counter empty', collections.Counter(), width=1)
show('ChainMap', collections.ChainMap({i: 'v' * i for i in range(5)}, {'a': 1}), width=30)
show('ChainMap one', collections.ChainMap({i: 'v' * i for i in range(5)}), width=30)
show('deque', collections.deque(range(20)), width=30)
show('deque maxlen', collections.deque(range(20), maxlen=30), width=30)
show('deque empty', collections.deque(), width=1)
show('UserDict', collections.UserDict({i: 'v' * i for i in range(8)}), width=30)
show('UserList', collections.UserList(long_list), width=30)
show('UserString', collections.UserString('hello world, ' * 6), width=30)
show('UserString in list', [collections.UserString('hello world, ' * 6)], width=30)
show('namespace', types.SimpleNamespace(a=long_list, b='hello world ' * 4), width=30)
show('mappingproxy', types.MappingProxyType({i: 'v' * i for i in range(8)}), width=30)
show('bytearray', bytearray(range(40)), width=30)


@dataclasses.dataclass
class Point:
    x: list
    hidden: str = dataclasses.field(default='z', repr=False)
    z: dict = None


@dataclasses.dataclass
class Custom:
    x: list

    def __repr__(self):
        return 'Custom(...)'


@dataclasses.dataclass(repr=False)
class NoRepr:
    x: list


@dataclasses.dataclass
class Empty:
    pass


show('dataclass', Point(long_list, 'q', {'a': 1, 'b': long_list}), width=30)
show('dataclass own repr', [Custom(long_list)] * 3, width=30)
print(pprint.pformat(NoRepr(long_list), width=30).startswith('<'))
show('dataclass class', Point, width=5)
show('dataclass empty', [Empty()] * 5, width=10)


class NamedNs(types.SimpleNamespace):
    pass


class MyDict(dict):
    pass


class ReprDict(dict):
    def __repr__(self):
        return 'ReprDict<%d>' % len(self)


class MyList(list):
    def __repr__(self):
        return 'MyList!'


class Plain(list):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyCounter(collections.Counter):
    pass


class MyDeque(collections.deque):
    pass


class MyDefault(collections.defaultdict):
    pass


class MyOrdered(collections.OrderedDict):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class ReprInt(int):
    def __repr__(self):
        return 'ReprInt'


show('subclass namespace', NamedNs(a=long_list), width=30)
show('subclass dict', MyDict((i, i) for i in range(12)), width=30)
show('subclass dict own repr', [ReprDict((i, i) for i in range(12))] * 4, width=30)
show('subclass list', [MyList(range(50)), Plain(range(30))], width=40)
show('subclass tuple', MyTuple(range(30)), width=30)
show('subclass sets', [MySet(range(12)), MyFrozen(range(12))], width=30)
show('subclass Counter', MyCounter('mississippi'), width=20)
show('subclass deque', MyDeque(range(20), maxlen=50), width=30)
show('subclass defaultdict', MyDefault(str, {i: 'x' for i in range(10)}), width=30)
show('subclass OrderedDict', MyOrdered((i, i) for i in range(10)), width=30)
show('subclass str', MyStr('a long string that must be split ' * 3), width=30)
show('subclass int', [MyInt(10 ** 12), ReprInt(5)], underscore_numbers=True)
show('underscore numbers', [10 ** 20, -12345, 7, 1.5e10, True], underscore_numbers=True)
show('depth', [1, [2, [3, [4, {5: (6,)}]]]], depth=3)
show('depth dict', {'a': {'b': {}}, 'c': {'d': 1}, 'e': [[]]}, depth=1)
show('depth tuples', ((1,), (2, (3,)), ()), depth=1)
show('depth wide', [list(range(20)), [list(range(20))]], depth=2, width=20)
