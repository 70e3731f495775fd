# copy: the reduce protocol as object.__reduce_ex__(4) drives it (__getnewargs__,
# __getnewargs_ex__, __getstate__/__setstate__, slots), set/list/dict subclasses, native
# collections, recipes naming globals, and what cannot be copied.
import copy
from collections import namedtuple, deque, defaultdict, OrderedDict

P = namedtuple('P', 'x y', defaults=[0])
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.copy(p).x is p.x, copy.deepcopy(p).x is p.x)


class WithArgs:
    def __new__(cls, a, *, b):
        self = super().__new__(cls)
        self.made = (a, b)
        return self

    def __init__(self, a, *, b):
        print('init runs')

    def __getnewargs_ex__(self):
        return (self.made[0],), {'b': self.made[1]}


w = WithArgs(1, b=[2])
print(copy.copy(w).made, copy.deepcopy(w).made, copy.deepcopy(w).made[1] is w.made[1])


class Old:
    def __new__(cls, n):
        return super().__new__(cls)

    def __init__(self, n):
        self.n = n

    def __getnewargs__(self):
        return (self.n,)


print(copy.copy(Old(4)).n, copy.deepcopy(Old([4])).n)


class Slots:
    __slots__ = ('a', 'b', 'c')

    def __init__(self):
        self.a = [1]
        self.b = 2


class MoreSlots(Slots):
    __slots__ = ('d', '__dict__')


s = copy.deepcopy(Slots())
print(s.a, s.b, hasattr(s, 'c'))
m = MoreSlots()
m.d, m.extra = 'dee', 'ex'
m2 = copy.copy(m)
print(m2.a is m.a, m2.d, m2.extra, hasattr(m2, 'c'))


class Stateful:
    def __init__(self):
        self.value = 1
        self.cache = 'big'

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None


st = copy.copy(Stateful())
print(st.value, st.cache)


class Tagged(set):
    def __init__(self, items=()):
        print('set init', sorted(items))
        super().__init__(items)
        self.tag = 'x'


t = copy.copy(Tagged([2, 1]))
print(type(t).__name__, sorted(t), t.tag)


class L(list):
    pass


class D(dict):
    pass


lst = L([1, [2]])
lst.attr = 'kept'
dd = D(k=[1])
dd.attr = 'also'
cl, cd = copy.deepcopy(lst), copy.copy(dd)
print(type(cl).__name__, cl, cl.attr, cl[1] is lst[1], type(cd).__name__, cd, cd.attr, cd['k'] is dd['k'])

dq = deque([[1], 2], maxlen=3)
dfd = defaultdict(list, a=[1])
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dfd), copy.deepcopy(dfd)['a'] is dfd['a'])
od = OrderedDict(b=[1], a=2)
print(copy.deepcopy(od), copy.copy(od)['b'] is od['b'])


class Global:
    def __reduce__(self):
        return 'SINGLETON'


SINGLETON = Global()
print(copy.copy(SINGLETON) is SINGLETON, copy.deepcopy(SINGLETON) is SINGLETON)


class Recipe:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        return (Recipe, (self.v * 2,), None, None, None)


print(copy.copy(Recipe(3)).v, copy.deepcopy(Recipe(5)).v)

cycle = [1]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[1] is c2, c2 is not cycle)
tup = ([1],)
both = [tup, tup]
b2 = copy.deepcopy(both)
print(b2[0] is b2[1], b2[0] is not tup, copy.deepcopy((1, 'a')) == (1, 'a'))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0])
for bad in ((i for i in []),):
    try:
        copy.copy(bad)
        print('copied', type(bad).__name__)
    except TypeError as e:
        print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
