# reprlib: every limit attribute, fill values, level cut-offs, subclass dispatch by type name.
import reprlib
from collections import deque

r = reprlib.Repr()
for attr in ['maxlevel', 'maxtuple', 'maxlist', 'maxarray', 'maxdict', 'maxset',
             'maxfrozenset', 'maxdeque', 'maxstring', 'maxlong', 'maxother']:
    print(attr, getattr(r, attr))
print(r.fillvalue)
for n in range(0, 9):
    r.maxstring = n
    r.maxlong = n
    r.maxother = n
    print(n, r.repr('abcdefghijklmnopqrstuvwxyz'), r.repr('a\'b"c\n' * 5), r.repr(10 ** 30),
          r.repr(-7 ** 40), r.repr(len))
r = reprlib.Repr()
r.maxtuple, r.maxlist, r.maxdeque, r.maxset, r.maxfrozenset, r.maxdict = 1, 2, 3, 2, 1, 2
print(r.repr(tuple(range(5))), r.repr((7,)), r.repr(()), r.repr(list(range(5))), r.repr([]))
print(r.repr(deque(range(5))), r.repr(deque()), r.repr({3, 1, 2}), r.repr(frozenset({9, 8})))
print(r.repr({'b': 1, 'a': 2, 'c': 3}), r.repr({1: 'x', 'a': 2}), r.repr({(1,): [1, 2, 3]}))
for level in range(4):
    r.maxlevel = level
    print(level, r.repr([1, [2, [3, [4]]]]), r.repr({'k': {'k': {}}}), r.repr(((1,),)),
          r.repr([[]]), r.repr(deque([deque([1])])), r.repr({frozenset([1])}))
r.fillvalue = '<>'
print(r.repr([[1]]), r.repr('q' * 40))


class Sub(reprlib.Repr):
    def repr_str(self, x, level):
        return 'S' + str(len(x))

    def repr_bool(self, x, level):
        return 'yes' if x else 'no'

    def repr_NoneType(self, x, level):
        return 'nil'


print(Sub().repr(['abc', True, False, None, 1.5, (None,)]))
print(reprlib.Repr.repr_tuple.__name__, reprlib.Repr.repr_list.__qualname__)
print(reprlib.repr(range(1000)), reprlib.repr(b'x' * 100))
