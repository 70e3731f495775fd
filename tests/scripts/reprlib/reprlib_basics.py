# reprlib: size-limited repr of containers, strings and ints; custom limits; recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)))
print(reprlib.repr(set('abcdefghij')), reprlib.repr(frozenset(range(20))), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr(frozenset()))
print(reprlib.repr('x' * 100), reprlib.repr('short'), reprlib.repr("it's" * 20))
print(reprlib.repr(2 ** 200), reprlib.repr(12345))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {}}}}}}}))
print(reprlib.repr(deque(range(10))), reprlib.repr([1, 'two', 3.0, None, (4,)]))


class Long:
    def __repr__(self):
        return 'Long(' + 'z' * 50 + ')'


class Broken:
    def __repr__(self):
        raise RuntimeError


print(reprlib.repr(Long()), reprlib.repr([Long()]))
print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr([]))
r.fillvalue = '+++'
print(r.repr(list(range(10))), r.repr({1: [1, 2, 3, 4, 5]}))
print(r.repr([1, {2, 3}, frozenset([4])]))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return '%.1f' % x


print(MyRepr().repr([1.25, 2.5, 3.75]))


class Tree:
    def __init__(self, value):
        self.value = value
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Tree(%r, %r)' % (self.value, self.children)


t = Tree(1)
t.children.append(Tree(2))
t.children.append(t)
print(t, Tree.__repr__.__name__)


class Loop:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Loop(%r)' % (self.other,)


a = Loop()
a.other = [a]
print(a)
