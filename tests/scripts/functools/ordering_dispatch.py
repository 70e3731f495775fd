# functools: total_ordering, cmp_to_key, singledispatch, singledispatchmethod, partialmethod.
from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod
from functools import partialmethod


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(2, 9)))
try:
    a > 5
except TypeError as e:
    print('TypeError:', e)


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Rank(1) < Rank(2), Rank(2) <= Rank(2), Rank(3) > Rank(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(['pear', 'fig', 'apple', 'kiwi', 'banana'], key=cmp_to_key(compare_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
print(K.__hash__)


@singledispatch
def describe(obj):
    return 'object: %r' % (obj,)


@describe.register(int)
def _(obj):
    return 'int: %d' % obj


@describe.register
def _(obj: list):
    return 'list of %d' % len(obj)


def describe_str(obj):
    return 'str: ' + obj


describe.register(str, describe_str)

print(describe(5), describe(True), describe([1, 2]), describe('hi'), describe(2.5))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
print(describe.__name__)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg

    @fmt.register(float)
    def _(self, arg):
        return 'float %.1f' % arg


f = Formatter()
print(f.fmt(1), f.fmt(2.0), f.fmt('x'))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
