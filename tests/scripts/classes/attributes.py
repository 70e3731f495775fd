# Attribute access hooks (__getattr__, __getattribute__, __setattr__, __delattr__), instance
# __dict__, vars(), dir(), and CPython's AttributeError messages.
class Fallback:
    x = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "computed " + name
g = Fallback()
print(g.x, g.foo, getattr(g, "bar"), hasattr(g, "_p"), getattr(g, "_q", "default"))

class Intercept:
    def __init__(self): self.a = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
i = Intercept()
print(i.a, i.magic, i.missing)

class Recorder:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
r = Recorder()
r.x = 5
setattr(r, "y", 1)
print(r.x, r.y, r.__dict__, vars(r))
del r.x
delattr(r, "y")
print(r.__dict__)
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)

class Plain: pass
p = Plain()
p.__dict__["direct"] = 7
print(p.direct, vars(p))
p.__dict__ = {"replaced": True}
print(p.replaced)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# The messages for missing attributes on instances, classes, modules and builtins.
import sys
actions = [
    lambda: p.nope, lambda: Plain.nope, lambda: (1).nope, lambda: "s".nope, lambda: None.nope,
    lambda: sys.nope, lambda: [].nope, lambda: int.nope, lambda: object().nope,
    lambda: setattr(1, "real", 5), lambda: setattr(object(), "x", 1), lambda: setattr("abc", "upper", 1),
    lambda: delattr(p, "nope"), lambda: delattr(Plain, "nope"), lambda: setattr(int, "x", 1),
    lambda: delattr(int, "real"), lambda: setattr(p, 1, 2), lambda: getattr(p, 1),
]
for act in actions:
    try:
        act()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# dir() lists instance, class and inherited attributes, sorted.
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst = 3
print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
class CustomDir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(CustomDir()))
print("__init__" in dir(object), "append" in dir([]), "real" in dir(5))

# Class attribute lookups through the MRO, and changes seen by instances.
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
Shared.greet = lambda self: "hi from " + type(self).__name__
print(s1.greet())
del Shared.greet
print(hasattr(s1, "greet"))

# __class__ assignment.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
