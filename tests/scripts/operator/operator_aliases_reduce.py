# operator: the full set of dunder aliases, accessors with many arguments, __reduce__ round trips.
import operator
from operator import itemgetter, attrgetter, methodcaller

dunders = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
                 and callable(getattr(operator, n)) and not isinstance(getattr(operator, n), type))
print(dunders)
for n in dunders:
    plain = n[2:-2]
    target = getattr(operator, plain, None) or getattr(operator, plain + '_')
    assert getattr(operator, n) is target, n
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print(all(hasattr(operator, n) for n in operator.__all__))

g = itemgetter(3, 0, 1)
print(g('abcdef'), g([9, 8, 7, 6]), repr(g))
print(itemgetter(slice(1, 3))('hello'), itemgetter(-1, -2)((1, 2, 3)))
cls, args = g.__reduce__()
print(cls is itemgetter, args, cls(*args)('wxyz'))


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt


chain = Node(1, Node(2, Node(3)))
a = attrgetter('v', 'nxt.v', 'nxt.nxt.v')
print(a(chain), repr(a))
cls, args = a.__reduce__()
print(cls is attrgetter, args, cls(*args)(chain))
try:
    attrgetter('nxt.nxt.nxt.v')(chain)
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter('v', 2)
except TypeError as e:
    print('TypeError:', e)

m = methodcaller('center', 9, '*')
print(m('mid'), m.__reduce__()[1])
mk = methodcaller('format', 'p', sep='-')
f, args = mk.__reduce__()
print(args, f(*args)('{}{sep}{}'.replace('{}{sep}{}', '{0}{sep}{0}')))
print(methodcaller('count', 'a')('banana'), methodcaller('__len__')([1, 2]))

print(operator.countOf([float('nan')] * 2 + [1], 1), operator.indexOf(iter([5, 6, 7]), 7))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([0, nan], nan))
print(operator.truth(0), operator.truth('x'), operator.not_([]), operator.matmul.__name__)
print(operator.length_hint([], 5), operator.length_hint(iter([1, 2]), 7))
for bad in ['x', 2.0]:
    try:
        operator.length_hint([], bad)
    except TypeError as e:
        print('TypeError:', e)


class BadHint:
    def __length_hint__(self):
        return -1


class StrHint:
    def __length_hint__(self):
        return 'x'


class NIHint:
    def __length_hint__(self):
        return NotImplemented


for obj in (BadHint(), StrHint(), NIHint()):
    try:
        print(operator.length_hint(obj, 3))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


class Idx:
    def __index__(self):
        return 'no'


try:
    operator.index(Idx())
except TypeError as e:
    print('TypeError:', e)
