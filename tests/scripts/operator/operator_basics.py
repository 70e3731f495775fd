# operator: the function forms of the operators, dunder aliases, accessors and their reprs.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(12, 10))
print(operator.or_(12, 10), operator.xor(12, 10), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2))
print(operator.gt(1, 2), operator.ge(3, 2), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem({'k': 'v'}, 'k'), operator.getitem([1, 2, 3], slice(1, None)))
d = {}
operator.setitem(d, 'a', 1)
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d)
print(operator.index(7), operator.index(True))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_)
print(operator.__lt__(1, 2), operator.__getitem__('xy', 1), operator.__contains__('abc', 'b'))
print(operator.call(max, 1, 5, 2))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))))
print(operator.length_hint(x for x in []), operator.length_hint(object(), 9))


class Hint:
    def __length_hint__(self):
        return 12


print(operator.length_hint(Hint()))

for bad in ['x', 1.5, None]:
    try:
        operator.index(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print('ValueError:', e)

# In-place forms mutate mutable objects and rebind immutable ones.
lst = [1]
print(operator.iadd(lst, [2]), lst)
print(operator.iadd(1, 2), operator.isub(5, 2), operator.imul('a', 3), operator.itruediv(1, 4))
print(operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3))
print(operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.iconcat([1], (2,)), operator.__iadd__(['x'], ['y']))
s = {1, 2}
print(operator.ior(s, {3}), s)

# itemgetter
g = itemgetter(1)
print(g([10, 20, 30]), g('abc'), repr(g))
g2 = itemgetter(0, 2)
print(g2('abc'), repr(g2))
print(repr(itemgetter('name')))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter('k'), [{'k': 1}, {'k': 2}])))
try:
    itemgetter(5)([1])
except IndexError as e:
    print('IndexError:', e)


# attrgetter
class P:
    def __init__(self, name, age, friend=None):
        self.name, self.age, self.friend = name, age, friend


people = [P('ann', 31), P('bob', 25, P('cy', 40))]
print(attrgetter('name')(people[0]), attrgetter('name', 'age')(people[1]))
print(attrgetter('friend.name')(people[1]), repr(attrgetter('friend.name', 'age')))
print([p.name for p in sorted(people, key=attrgetter('age'))])
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter(1)
except TypeError as e:
    print('TypeError:', e)

# methodcaller
m = methodcaller('split', ',')
print(m('a,b,c'), repr(m))
m2 = methodcaller('replace', 'a', 'o', 1)
print(m2('banana'), repr(m2))
m3 = methodcaller('format', 1, x=2)
print(m3('{} {x}'), repr(m3))
print(repr(methodcaller('upper')))
try:
    methodcaller(3)
except TypeError as e:
    print('TypeError:', e)
