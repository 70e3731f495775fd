# collections.abc: isinstance/issubclass for builtin types, mixin methods of Sequence,
# Mapping, MutableMapping, Set and MutableSet, one-trick ABCs with __subclasshook__.
import collections.abc as cabc
from collections.abc import (Iterable, Iterator, Generator, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, Callable, Hashable,
                             Sized, Container, Collection, Reversible, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator, KeysView,
                             ItemsView, ValuesView, MappingView, ByteString)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


co = coro()
samples = [[], (), {}, set(), frozenset(), '', b'', bytearray(), range(3), iter([]), gen(),
           co, agen(), 5, 2.5, None, len, lambda: 0, {}.keys(), {}.items(), {}.values()]
abcs = [Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping,
        Set, MutableSet, Callable, Sized, Container, Collection, Reversible, Awaitable,
        Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, KeysView, ItemsView,
        ValuesView, MappingView, ByteString]
for s in samples:
    print(type(s).__name__, ''.join('1' if isinstance(s, a) else '.' for a in abcs))
co.close()
print([a.__name__ for a in abcs])
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(1, Hashable))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Collection))
print(Iterable, Sequence.__module__, MutableMapping.__mro__[1:3])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(1), Iterator), isinstance(Countdown(1), Iterable))
print(issubclass(Countdown, Sized), list(Countdown(3)))


class NotIterable:
    __iter__ = None


print(isinstance(NotIterable(), Iterable))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sq.index(16), sq.count(4))
try:
    sq.index(7)
except ValueError:
    print('ValueError')
print(isinstance(sq, Reversible), isinstance(sq, MutableSequence))


class MyList(MutableSequence):
    def __init__(self, *items):
        self._data = list(items)

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        return self._data[i]

    def __setitem__(self, i, v):
        self._data[i] = v

    def __delitem__(self, i):
        del self._data[i]

    def insert(self, i, v):
        self._data.insert(i, v)

    def __repr__(self):
        return 'MyList%r' % (tuple(self._data),)


ml = MyList(1, 2, 3)
ml.append(4)
ml.extend([5, 6])
ml.reverse()
print(ml, ml.pop(), ml.pop(0), ml)
ml.remove(3)
ml += [7]
print(ml)
ml.clear()
print(ml)
try:
    class Broken(MutableSequence):
        pass
    Broken()
except TypeError as e:
    print('TypeError:', str(e).split(' with')[0])


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r['a'] = 1
r.update({'b': 2}, c=3)
r.update([('d', 4)])
print(r.get('a'), r.get('z'), 'b' in r, list(r.keys()), list(r.values()), list(r.items()))
print(type(r.keys()).__name__, r.pop('d'), r.pop('zz', None), r.setdefault('e', 5), r.popitem(), len(r))
print(r == {'b': 2, 'c': 3, 'e': 5}, r.keys() & {'b', 'x'}, ('b', 2) in r.items(), 3 in r.values())
r.clear()
print(len(r), dict(r))
try:
    r.popitem()
except KeyError:
    print('KeyError')


class ListSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return 'ListSet(%r)' % (self._items,)


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]))
print(a.isdisjoint(b), a.isdisjoint([9]), a == {1, 2, 3}, {1, 2, 3} == a)
a |= [9]
a -= {1}
print(a, a.pop(), a)
a.remove(3)
try:
    a.remove(100)
except KeyError as e:
    print('KeyError:', e)
print(a)


class Caller:
    def __call__(self):
        return 1


print(isinstance(Caller(), Callable), isinstance(Caller, Callable), callable(Caller()))
print(Sequence[int], Mapping[str, int], Callable[..., int], Callable[[int, str], None])
print(MutableSet.__abstractmethods__ >= {'add', 'discard'}, sorted(Mapping.__abstractmethods__))
