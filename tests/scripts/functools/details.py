# functools: cache keys (int vs float, keyword order, typed), unhashable arguments, cmp_to_key
# objects, partial state checks, reduce edge cases, partialmethod with descriptors,
# singledispatch registration errors, update_wrapper details.
import functools
from functools import (lru_cache, partial, partialmethod, reduce, cmp_to_key,
                       singledispatch, update_wrapper, wraps, total_ordering)


@lru_cache(maxsize=4)
def ident(*args, **kwargs):
    return args, kwargs


for call in [(1,), (1.0,), (True,), (1,), ('a',), ((1,),), ((1,),)]:
    ident(*call)
print(ident.cache_info())
ident(a=1, b=2)
ident(b=2, a=1)
ident(a=1, b=2)
print(ident.cache_info(), ident.cache_parameters())
ident.cache_clear()
print(ident.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x, y=0):
    return x


for call in [(1,), (1.0,), (1,), ('x',), (1, 2), (1, 2.0)]:
    typed(*call)
typed(1, y=2)
typed(1, y=2.0)
print(typed.cache_info(), typed.cache_parameters())
for f in (lru_cache(maxsize=1)(len), lru_cache(None)(len), lru_cache(0)(len), functools.cache(len)):
    try:
        f([1])
    except TypeError as e:
        print('TypeError:', e, f.cache_info().misses)
print(lru_cache(-5)(abs).cache_parameters(), lru_cache(len).cache_parameters())
print(type(ident.cache_info()).__name__, ident.cache_info()._fields, ident.__wrapped__.__name__)

evictions = []


@lru_cache(maxsize=3)
def sq(n):
    evictions.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(n)
print(evictions, sq.cache_info())

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(5).obj, key(1) < key(2), key(2) == key(2))
print(key(3) >= key(4), key(3) <= key(3), key(9) > key(1), hash(key(1)) if False else 'unhashable')
try:
    hash(key(1))
except TypeError:
    print('unhashable key')

p = partial(int, base=2)
for state in [[1], (int,), (5, (), None, None), (int, [1], None, None), (int, (), 5, None),
              (int, (), None, [])]:
    try:
        partial(int).__setstate__(state)
        print('accepted', state)
    except TypeError as e:
        print('TypeError:', e)
q = partial(print)
q.__setstate__((max, (1,), {'key': abs}, {'note': 'x'}))
print(q(-5, 3), q.note, q.args, q.keywords, repr(q).startswith('functools.partial(<built-in function max>, 1, key='))
print(partial(partial(max, 1), 2)(0), partial(max, 9).__reduce__()[0] is partial)
try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

print(reduce(lambda a, b: a + b, [], 'init'), reduce(max, iter([3, 9, 2])), reduce(pow, [2], 0))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError:', e)


class Cell:
    def __init__(self):
        self.alive = None

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note='born')
    set_dead = partialmethod(set_state, False)

    @classmethod
    def make(cls, tag):
        return cls.__name__ + tag

    build = partialmethod(make, '!')
    double = partialmethod(partialmethod(set_state, 'x'), note='y')


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(note='gone'), c.alive, c.build(), Cell.build())
print(c.double(), c.alive, repr(Cell.__dict__['set_dead']).split(' at ')[0])
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError:', e)


@singledispatch
def kind(x):
    return 'object'


@kind.register
def _(x: int):
    return 'int'


@kind.register(list)
def _(x):
    return 'list'


kind.register(float, lambda x: 'float')
print(kind(1), kind(True), kind(1.5), kind([]), kind('s'), kind.dispatch(bool).__name__)
print(sorted(t.__name__ for t in kind.registry))
for bad in [lambda: kind.register(5, len), lambda: kind.register(lambda x: x),
            lambda: kind.register(lambda x: x, len)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', str(e).split(' at 0x')[0])
try:
    kind()
except TypeError as e:
    print('TypeError:', e)


def original(a, b):
    """Original doc."""


original.custom = 1


def wrapper(*args):
    pass


wrapper.__dict__['own'] = 2
update_wrapper(wrapper, original, assigned=('__doc__', '__missing_attr__'))
print(wrapper.__name__, wrapper.__doc__, wrapper.custom, wrapper.own, wrapper.__wrapped__ is original)


@wraps(original)
def w2():
    pass


print(w2.__name__, w2.__qualname__, w2.__doc__, w2.__module__, w2.custom)


@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n > other.n


print(Ver(1) < Ver(2), Ver(2) <= Ver(2), Ver(3) >= Ver(4), Ver.__lt__.__name__)
print(Ver(1).__lt__(5), Ver(1).__ge__(5))
try:
    total_ordering(type('Plain', (), {}))
except ValueError as e:
    print('ValueError:', e)
