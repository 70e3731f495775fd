# collections.namedtuple: construction, defaults, _make/_asdict/_replace/_fields, repr,
# tuple behaviour, rename, validation errors, subclassing.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, repr(p), p.x + p.y, p[0], p[-1], len(p), tuple(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(Point._fields, Point.__name__, Point.__doc__, Point.__module__)
print(Point._make([1, 2]), Point._make(range(2)), p._asdict(), p._replace(y=0))
print(Point.x.__doc__, Point.y.__doc__, type(Point.x).__name__)
print(isinstance(p, tuple), Point.__bases__, Point.__slots__, Point.__match_args__)
print(p.count(11), p.index(22), p + (1,), p * 2, sorted(Point(2, 1)))
print(Point.__new__.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)

Emp = namedtuple('Emp', 'name, age title', defaults=['staff'])
print(Emp('ann', 30), Emp('bob', 40, 'boss'), Emp._field_defaults)
print(Emp.__new__.__defaults__)
Full = namedtuple('Full', 'a b c', defaults=(1, 2, 3))
print(Full(), Full(9), Full(c=0))

for bad in [('1abc', 'x'), ('Ok', 'class'), ('Ok', '_x'), ('Ok', 'a a'), ('Ok', 'x-y'),
            ('def', 'x')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError:', e)

R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_1'], rename=True)
print(R._fields)
print(namedtuple('E', '')(), namedtuple('One', 'a')(1))
print(namedtuple('M', 'a', module='mymod').__module__)


class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.norm2, v + Vector(1, 1), Vector.__mro__[1].__name__)
print(Vector._make([1, 2]), v._replace(x=0))


class Named(namedtuple('Named', 'n')):
    def __repr__(self):
        return 'Named<%s>' % self.n


print(Named(5), [Named(1)])
Pair = namedtuple('Pair', 'first second')
pairs = [Pair(2, 'b'), Pair(1, 'z'), Pair(1, 'a')]
print(sorted(pairs))
print({Pair(1, 2): 'x'}[(1, 2)])
print(Pair(first=[1], second={'k': (1, 2)}))
