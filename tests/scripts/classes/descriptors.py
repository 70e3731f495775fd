# property, classmethod, staticmethod, user descriptors, __set_name__ and bound methods.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.fdel, Temp.celsius.fget.__name__)

# property() called directly and subclassed.
class Manual:
    def get_x(self): return self._x
    def set_x(self, v): self._x = v * 2
    x = property(get_x, set_x, None, "manual x")
m = Manual(); m.x = 5
print(m.x, Manual.x.__doc__)

# classmethod and staticmethod.
class Tools:
    factor = 3
    @staticmethod
    def add(a, b): return a + b
    @classmethod
    def scaled(cls, v): return (cls.__name__, v * cls.factor)
class MoreTools(Tools):
    factor = 10
print(Tools.add(1, 2), Tools().add(3, 4), Tools.scaled(1), MoreTools.scaled(1), MoreTools().scaled(2))
print(type(Tools.__dict__["add"]).__name__, type(Tools.__dict__["scaled"]).__name__, Tools.__dict__["add"].__func__.__name__)
print(callable(Tools.__dict__["add"]), Tools.__dict__["add"](5, 6))

# Bound methods.
class BM:
    def m(self): return 1
    def __repr__(self): return "<BM>"
b = BM()
m = b.m
print(m.__self__, m.__func__ is BM.m, m == b.m, m is b.m, b.m == BM().m, hash(m) == hash(b.m), m())
print(repr(m), BM.m.__qualname__, BM.m.__name__, type(m).__name__)
print(repr(Tools.scaled)[:44])
method_copy = BM.m
print(method_copy(b), BM.m(b))

# A data descriptor, a non-data descriptor and __set_name__.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value   # cache: instance dict wins next time
        return value
class Record:
    a = Field()
    b = Field()
    @Lazy
    def expensive(self):
        print("computing")
        return 42
r = Record()
print(r.a, Record.a.name)
r.a = 1
print(r.a, r.expensive, r.expensive)
del r.a
print(r.a)
r.__dict__["a"] = "instance"
print(r.a)   # data descriptor still wins

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)
class Host:
    ro = ReadOnly()
h = Host()
print(h.ro, Host.ro)
h.ro = "shadowed"   # non-data descriptor: the instance dict wins
print(h.ro)

# __slots__.
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, "__dict__"), hasattr(s, "b"), Slotted.a, type(Slotted.a).__name__)
for action in [lambda: s.b, lambda: setattr(s, "c", 1), lambda: s.c]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class SlotChild(Slotted):
    __slots__ = "c"
sc = SlotChild(); sc.c = 3
print(sc.a, sc.c, SlotChild.__slots__)
class DictChild(Slotted): pass
dc = DictChild(); dc.z = 5
print(dc.z, dc.__dict__)
class WithDictSlot:
    __slots__ = ("x", "__dict__")
wd = WithDictSlot(); wd.x = 1; wd.y = 2
print(wd.x, wd.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
