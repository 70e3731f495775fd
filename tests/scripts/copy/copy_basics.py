# copy: shallow and deep copies of builtins and instances, memo for shared and cyclic
# structures, __copy__/__deepcopy__, __slots__, __getstate__/__setstate__, __reduce__.
import copy

lst = [1, [2, 3], {'k': [4]}]
sh = copy.copy(lst)
dp = copy.deepcopy(lst)
print(sh == lst, sh is lst, sh[1] is lst[1], dp[1] is lst[1], dp[2]['k'] is lst[2]['k'], dp)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for atom in [1, 2.5, 'str', b'b', None, True, range(3), len, frozenset({1})]:
    print(copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'ab')), copy.deepcopy({1, 2}))

# Shared references stay shared; cycles are reproduced.
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, cc)
d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Point(1, 2)
p.tags.append('a')
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('b')
print(p2, p3, p2.tags is p.tags, type(p3).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0])
print(r2 is not root, r2.children[0] is not kid, r2.children[0].name)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s3, 'b'))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with memo', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)


class State:
    def __init__(self):
        self.data = 1
        self.cache = 'expensive'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


st = copy.deepcopy(State())
print(st.data, st.cache)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


print(copy.copy(Reduced(1, [2])), copy.deepcopy(Reduced([1], 2)))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'x'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])
ml3 = copy.copy(ml)
print(type(ml3).__name__, ml3, ml3[1] is ml[1])


class MyDict(dict):
    pass


md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)


class WithMethod:
    def __init__(self):
        self.n = 5

    def get(self):
        return self.n


w = WithMethod()
m = copy.deepcopy(w.get)
w.n = 6
print(m(), copy.copy(w.get)())
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)
print(copy.Error.__mro__[1].__name__)
