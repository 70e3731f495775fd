# _collections helpers used by collections: _count_elements (Counter) and _tuplegetter
# (namedtuple's field descriptors).
from _collections import _count_elements, _tuplegetter

d = {}
_count_elements(d, 'abracadabra')
print(d)
_count_elements(d, ['a', 'z'])
print(d)
class Counting(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)
c = Counting()
_count_elements(c, 'aba')
print(c)
class Getter(dict):
    def get(self, key, default=None):
        return 10
g = Getter()
_count_elements(g, 'xy')
print(g)
try:
    _count_elements({}, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    _count_elements({}, [[1]])
except TypeError as e:
    print('TypeError:', e)

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__, type(Point.x).__name__, Point.x.__reduce__())
print(Point.__dict__['y'].__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
for bad in [lambda: setattr(p, 'x', 1), lambda: delattr(p, 'y'), lambda: _tuplegetter(5, None).__get__((1,), tuple),
            lambda: _tuplegetter(0, None).__get__([1], list), lambda: _tuplegetter(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
g = _tuplegetter(1, None)
g.__doc__ = 'changed'
print(g.__doc__, repr(g))
