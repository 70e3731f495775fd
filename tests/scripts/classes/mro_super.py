# C3 linearization, its error messages, and super() in its zero- and two-argument forms.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print([k.__name__ for k in D.mro()], D.__bases__, D.__base__, A.__bases__)

# Inconsistent orders and duplicate bases.
for make in [lambda: type("E", (A, B), {}), lambda: type("Z", (A, C, A), {})]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
class O1: pass
class O2(O1): pass
class O3(O1): pass
class Bad1(O2, O3): pass
class Bad2(O3, O2): pass
try:
    class Bad(Bad1, Bad2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class WithInt(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInstance(1): pass
except TypeError as e:
    print("TypeError:", e)

# The classic diamond with cooperative super().
class Root:
    def hello(self): return ["Root"]
    @classmethod
    def make(cls): return ["Root.make " + cls.__name__]
class Left(Root):
    def hello(self): return ["Left"] + super().hello()
    @classmethod
    def make(cls): return ["Left.make"] + super().make()
class Right(Root):
    def hello(self): return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self): return ["Bottom"] + super().hello()
print(Bottom().hello(), Bottom.make())
print(super(Left, Bottom()).hello(), super(Bottom, Bottom).make())
s = super(Bottom, Bottom())
print(type(s).__name__, s.hello())

# super() in __init__ chains and with keyword arguments.
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, tag=None, **kw):
        self.tag = tag
        super().__init__(**kw)
class Final(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
f = Final(tag="t", x=1)
print(f.tag, f.kw)

# super() errors.
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)

# super() sees the class, even from a nested function via __class__.
class Outer:
    def method(self):
        return __class__.__name__
print(Outer().method())

# Class attributes versus instance attributes.
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
print(Counter.count, c1.id, c2.id, c1.count, c1.__dict__)
c1.count = 100
print(c1.count, Counter.count, c2.count, sorted(c1.__dict__))
del c1.count
print(c1.count)
Counter.extra = "added later"
print(c2.extra, "extra" in Counter.__dict__, type(Counter.__dict__).__name__)
