# collections.abc: structural checks (and opting out with None), every mixin method of the
# collection ABCs on minimal classes, abstract defaults reached through super(), registration.
import collections.abc as cabc


class OnlyIter:
    def __iter__(self):
        return iter([1])


class NoHash:
    __hash__ = None


class Sub(OnlyIter):
    __iter__ = None


print(isinstance(OnlyIter(), cabc.Iterable), isinstance(OnlyIter(), cabc.Iterator),
      isinstance(NoHash(), cabc.Hashable), isinstance(Sub(), cabc.Iterable),
      issubclass(list, cabc.Reversible), issubclass(dict, cabc.Reversible),
      isinstance(len, cabc.Callable), isinstance(lambda: 0, cabc.Callable))
for abc_name in ('Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized',
                 'Container', 'Collection', 'Callable', 'Awaitable', 'Coroutine',
                 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Set', 'MutableSet',
                 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'MappingView',
                 'KeysView', 'ItemsView', 'ValuesView', 'ByteString'):
    kind = getattr(cabc, abc_name)
    print(abc_name, kind.__module__, kind.__qualname__, sorted(kind.__abstractmethods__),
          [t.__name__ for t in (list, tuple, dict, set, frozenset, str, bytes, range)
           if issubclass(t, kind)])


def gen():
    yield 1


print(isinstance(gen(), cabc.Generator), isinstance(iter({}.items()), cabc.Iterator),
      isinstance({}.keys(), cabc.KeysView), isinstance(type.__dict__, cabc.Mapping))


class Bag(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(list(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

    def __repr__(self):
        return 'Bag(%s)' % sorted(self.items)


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, a & [3, 9], [3, 9, 1] & a, {1, 7} - a, a - [1])
print(a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a >= b, a > Bag([1]), a != b,
      a.isdisjoint([7, 8]), a.isdisjoint(b), a.__lt__(5), a.__eq__([1, 2, 3]))
print(a._hash() == hash(frozenset([1, 2, 3])), Bag()._hash() == hash(frozenset()))
c = Bag([1, 2, 3, 4])
c |= [5]
c -= [1]
c &= [2, 3, 5, 9]
c ^= [3, 10]
print(c, c.pop() in (2, 5, 10), len(c))
c.remove(c.items[0])
try:
    c.remove(99)
except KeyError as e:
    print('KeyError', e)
c.clear()
print(c, Bag([1]).__ixor__(Bag([1])), Bag([1, 2]).__isub__([2]))
try:
    Bag().pop()
except KeyError:
    print('KeyError from pop')


class Table(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, key):
        return self.d[key]

    def __setitem__(self, key, value):
        self.d[key] = value

    def __delitem__(self, key):
        del self.d[key]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


t = Table()
t.update({'a': 1}, b=2)
t.update([('c', 3)])


class KeysOnly:
    def keys(self):
        return ['k']

    def __getitem__(self, key):
        return key.upper()


t.update(KeysOnly())
print(dict(t), t.get('a'), t.get('zz', 0), 'b' in t, type(t.keys()).__name__, list(t.items()),
      list(t.values()))
print(list(t.keys() & {'a', 'q'}), ('a', 1) in t.items(), ('a', 2) in t.items(), 2 in t.values())
print(t.pop('a'), t.pop('a', 'gone'), t.setdefault('n', 5), t.setdefault('n', 6), t.popitem())
try:
    t.pop('missing')
except KeyError as e:
    print('KeyError', e)
t.clear()
print(len(t), t == {}, t == Table(), t.__eq__(5), reversed is not None and t.__reversed__)
try:
    t.popitem()
except KeyError:
    print('KeyError from popitem')


class Row(cabc.MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


r = Row(1, 2, 3, 2)
print(list(r), 2 in r, 9 in r, list(reversed(r)), r.index(2), r.index(2, 2), r.index(2, -2),
      r.index(3, -3, -1), r.count(2))
for args in [(9,), (3, 0, 2), (1, 1)]:
    try:
        r.index(*args)
    except ValueError:
        print('ValueError', args)
r.append(4)
r.extend([5, 6])
r.extend(r)
r += [7]
print(r.items, r.pop(), r.pop(0))
r.remove(2)
r.reverse()
print(r.items)
r.clear()
print(r.items)


class Mini(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


print(list(Mini()), list(reversed(Mini())), Mini().index(20), 10 in Mini())


class Gen(cabc.Generator):
    def send(self, value):
        if value == 'stop':
            raise StopIteration
        return value

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send(5), iter(g) is g)
try:
    g.throw(ValueError, ValueError('thrown'))
except ValueError as e:
    print('ValueError', e)
try:
    g.throw(KeyError)
except KeyError:
    print('KeyError class thrown')
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)


class Quiet(cabc.Iterable):
    def __iter__(self):
        return super().__iter__()


print(list(Quiet()), cabc.Sized.__len__(None), cabc.Hashable.__hash__(None),
      cabc.Container.__contains__(None, 1))
try:
    cabc.Sequence.__getitem__(None, 0)
except IndexError:
    print('IndexError from the abstract __getitem__')
print(cabc.Callable[[int, str], float], cabc.Callable[..., int], cabc.Iterable[int],
      cabc.Mapping[str, int])
try:
    cabc.Callable[int]
except TypeError as e:
    print('TypeError', e)
print(repr(cabc.KeysView({'a': 1})), repr(cabc.ValuesView({'a': 1})), len(cabc.ItemsView({'a': 1})))
