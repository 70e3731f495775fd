# collections: OrderedDict equality/update/views/pop details, namedtuple validation and
# generated methods, Counter arithmetic choices and comparisons, ChainMap and User* details.
import copy
from collections import (OrderedDict, namedtuple, Counter, ChainMap, UserDict, UserList,
                         UserString)

od = OrderedDict([('a', 1), ('b', 2)], c=3)
print(od == {'c': 3, 'b': 2, 'a': 1}, od == OrderedDict(c=3, b=2, a=1), od != 5, od == 5)
print(od.__eq__(5), od.__ne__(5), OrderedDict(a=1) == OrderedDict(a=1.0))
od.move_to_end('a')
od.move_to_end('c', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
for bad in ([(1, 2, 3)], 5, [1], ['ab', 'cde'], ['a']):
    try:
        print(OrderedDict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
od = OrderedDict.fromkeys('xyz', 0)
print(od.keys(), od.values(), od.items(), list(reversed(od.keys())), list(reversed(od.items())))
print(list(reversed(od.values())), od.pop('x'), od.pop('q', 'dflt'), od.setdefault('y', 9),
      od.setdefault('w', 7), od)
od['self'] = od
print(od, od.copy() == od, type(od.copy()).__name__)
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1), OrderedDict(), repr(OrderedDict()))


class Logged(OrderedDict):
    def update(self, *args, **kwargs):
        print('update called')
        super().update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


lg = Logged(a=1)
lg.update(b=2)
print(lg, copy.copy(lg), copy.deepcopy(OrderedDict(k=[1])))

for args in [('P', 'a b'), ('P', 'a,b'), ('P', ['a', 'b']), ('P', 'def x'), ('P', 'a a'),
             ('P', '_a'), ('1P', 'a'), ('P', 'a 1b'), ('class', 'a'), ('P', [1, 'a'])]:
    try:
        print(namedtuple(*args)._fields)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
R = namedtuple('R', 'def x x _y 2z ok', rename=True)
print(R._fields, R.__doc__)
D = namedtuple('D', 'a b c', defaults=[2, 3], module='mymod')
print(D(1), D(1, c=9), D._field_defaults, D.__module__, D.__new__.__defaults__)
try:
    namedtuple('E', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
d = D(1)
print(d._replace(b=5), d._asdict(), D._make([4, 5, 6]), d.__getnewargs__(), D.__match_args__)
for bad in (lambda: d._replace(zz=1), lambda: D._make([1]), lambda: D(), lambda: D(1, 2, 3, 4),
            lambda: D(1, a=2), lambda: setattr(d, 'a', 5), lambda: delattr(d, 'a')):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(D._make.__qualname__, D._replace.__qualname__, D.__repr__.__qualname__, D.__new__.__qualname__)
print(copy.copy(d), copy.deepcopy(d), type(D.a).__name__, D.a.__doc__, D.b.__doc__)
S = namedtuple('S', 'only')
print(S(1), S.__new__.__doc__, len(S(1)), S(5) == (5,), hash(S(5)) == hash((5,)))

a = Counter(x=1, y=1.0, z=3, w=-2)
b = Counter(x=1.0, y=True, z=1, v=4)
print(a & b, b & a, a | b, b | a, a + b, a - b, b - a, +a, -a)
print(a == b, Counter(x=1) == Counter(x=1, y=0), Counter(x=1) <= Counter(x=2), Counter() < Counter(a=1))
print(Counter(a=1) > Counter(), Counter(a=2) >= Counter(a=2, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1).__eq__({}), Counter(a=1).__add__({}), Counter(a=1).__le__([]))
c = Counter('abracadabra')
c.subtract('aaaaaaa')
print(c, sorted(c.elements()), c.total(), c.most_common(2), c.most_common())
c2 = Counter({'a': 'x'})
c2.update({'a': 'y'})
print(c2, Counter([1, 1, 2]) + Counter({2: -5}), Counter(a=3) - Counter(a=1, b=-4))
c3 = Counter(a=1, b=2)
c3 |= Counter(a=5, c=-1)
c3 &= Counter(a=2, b=9)
print(c3)
c3 += Counter(a=-2, q=1)
c3 -= Counter(q=1)
print(c3, Counter(a=1, b=0, c=-1), repr(Counter()), Counter({1: 'x', 2: 3}) if False else '')
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
del c3['not there']
print(copy.copy(Counter(a=1)), Counter(a=1).copy(), Counter(a=1).__reduce__())

base = {'a': 1}
cm = ChainMap({'b': 2}, base)
child = cm.new_child(z=0)
print(child, len(child), list(child), child['a'], child.get('q', 'd'), 'a' in child, bool(ChainMap({})))
print(child.parents, ChainMap.fromkeys('xy', 5), cm.copy(), cm | {'c': 3}, {'c': 3} | cm)
for bad in (lambda: cm.__delitem__('a'), lambda: cm.pop('a'), lambda: ChainMap({}).popitem(),
            lambda: cm['nothing']):
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
cm |= {'n': 1}
cm['m'] = 2
print(cm.pop('m'), cm.pop('gone', 'default'), cm.maps[0], ChainMap())

ul = UserList([3, 1, 2])
for bad in (lambda: ul.append(), lambda: ul.insert(1), lambda: ul.index(), lambda: UserList().pop()):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
ul.sort(reverse=True)
print(ul, ul.index(1), ul.count(3), 3 in ul, len(ul), ul[1:], type(ul[1:]).__name__, ul.pop(0))
print(UserList.append.__qualname__, UserList(UserList([1])), UserList((1, 2)) + [3], [0] + UserList([1]))
ud = UserDict(a=1)
for bad in (lambda: ud.__setitem__('x'), lambda: ud['missing'], lambda: UserDict({}, {})):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(ud, len(ud), list(ud), 'a' in ud, ud | {'b': 2}, {'c': 3} | ud, UserDict.fromkeys('pq', 0))
us = UserString('Hello')
print(us.center(9, '*'), us.split('l'), us.zfill(8), type(us.upper()).__name__, us.partition('e'))
print(str(us), repr(us), int(UserString('42')), float(UserString('1.5')), hash(us) == hash(UserString('Hello')))
print(UserString(us), UserString(5), us.join(['x', 'y']), us.expandtabs(), us.lstrip('H'))
try:
    us.center()
except TypeError as e:
    print('TypeError', e)
