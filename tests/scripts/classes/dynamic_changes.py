# Classes change at run time: methods, properties, dunders and metaclass attributes assigned or
# deleted after instances exist are seen at once (attribute caches must follow).
class A:
    def m(self): return "A1"
class B(A): pass
b = B()
out = []
for i in range(3):
    out.append(b.m())
    if i == 0: A.m = lambda self: "A2"
    if i == 1: B.m = lambda self: "B1"
print(out)
del B.m
print(b.m())
b.m = lambda: "inst"
print(b.m())
del b.m
print(b.m())
class P:
    @property
    def v(self): return "prop"
p = P()
print(p.v)
P.v = 5
print(p.v)
p.__dict__["v"] = "inst"
print(p.v)
P.v = property(lambda self: "prop2")
print(p.v)
class C:
    x = 1
c = C()
vals = []
for i in range(4):
    vals.append(c.x)
    C.x += 1
print(vals)
class M(type): pass
class K(metaclass=M): pass
print(hasattr(K, "meta_attr"))
M.meta_attr = "from meta"
print(K.meta_attr)
K.meta_attr = "own"
print(K.meta_attr, M.meta_attr)
class Base:
    def __len__(self): return 1
class Sub(Base): pass
s = Sub()
print(len(s))
Base.__len__ = lambda self: 2
print(len(s))
Sub.__len__ = lambda self: 3
print(len(s))
del Sub.__len__
print(len(s))
class X:
    def __repr__(self): return "X1"
x = X()
print(repr(x), str(x), f"{x}", [x])
X.__repr__ = lambda self: "X2"
print(repr(x), str(x), f"{x}", [x])
X.__str__ = lambda self: "X-str"
print(repr(x), str(x), f"{x}", [x])
