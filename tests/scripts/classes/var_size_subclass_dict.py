# Instances of Python subclasses of str, tuple and bytes have a __dict__ (and str subclasses
# take __slots__), as in CPython.
import gc


class S(str):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class I(int):
    pass


for obj in [S('hello'), T((1, 2, 3)), B(b'xyz'), I(7)]:
    obj.a = 1
    obj.b = [obj]          # a cycle through the instance dict
    print(type(obj).__name__, obj, len(obj.__dict__), obj.a, obj.b[0] is obj, sorted(vars(obj)))
    obj.__dict__ = {'z': 26}
    print(obj.z, hasattr(obj, 'a'))
    del obj


class S2(S):
    __slots__ = ('x', 'y')


class S3(str):
    __slots__ = ('p',)


class S4(S3):
    __slots__ = ('q', '__dict__')


s2 = S2('abc' * 10)
s2.x, s2.y, s2.w = 1, 2, 3
print(s2, s2.x, s2.y, s2.w, s2.upper()[:6], len(s2), s2 == 'abc' * 10, hash(s2) == hash('abc' * 10))
s3 = S3('\u20ac uro')
s3.p = 'P'
print(s3, s3.p, hasattr(s3, '__dict__'))
try:
    s3.other = 1
except AttributeError as e:
    print('AttributeError', e)
s4 = S4('four')
s4.p, s4.q, s4.r = 'p', 'q', 'r'
print(s4, s4.p, s4.q, s4.r, s4.__dict__)
del s4.q
print(hasattr(s4, 'q'))


class T2(T):
    def total(self):
        return sum(self) + self.extra


t2 = T2(range(100))
t2.extra = 1000
print(t2.total(), t2[:3], type(t2[:3]).__name__)

for base in (tuple, bytes, int):
    try:
        class Bad(base):
            __slots__ = ('a',)
    except TypeError as e:
        print(e)


class Empty(tuple):
    __slots__ = ()


e = Empty((1,))
try:
    e.a = 1
except AttributeError as err:
    print('AttributeError', err)


class S5(S):
    pass


x = S('x')
x.__class__ = S5
print(type(x).__name__, x)
try:
    x.__class__ = S3
except TypeError as err:
    print('TypeError', err)

many = [S(str(i)) for i in range(1000)]
for i, m in enumerate(many):
    m.i = i
    m.me = m
print(sum(m.i for m in many))
del many, m
print(gc.collect() >= 1000)
