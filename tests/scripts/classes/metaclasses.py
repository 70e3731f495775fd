# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, conflicts, and the
# three-argument form of type().
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "class " + cls.__name__

class W(metaclass=Meta, flag=True):
    def method(self): pass
    def __init__(self, v): self.v = v

w = W(3)
print(w.v, W.injected, type(W).__name__, W.describe(), isinstance(W, Meta), isinstance(W, type))
try:
    w.describe
except AttributeError as e:
    print("AttributeError:", e)

class Sub(W):   # the metaclass is inherited
    pass
print(type(Sub).__name__, Sub(1).v)

# A metaclass that records every class it creates.
registry = []
class Registering(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        registry.append(name)
        return cls
class P1(metaclass=Registering): pass
class P2(P1): pass
print(registry)

# Metaclass conflict.
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)

# A function as the metaclass.
def func_meta(name, bases, ns):
    ns["made_by"] = "func_meta"
    return type(name, bases, ns)
class F(metaclass=func_meta): pass
print(F.made_by, type(F))

# __instancecheck__ and __subclasscheck__ on a metaclass.
class Checker(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int
class Anything(metaclass=Checker): pass
print(isinstance(42, Anything), isinstance("x", Anything), issubclass(int, Anything), issubclass(str, Anything))
print(isinstance(Anything(), Anything))   # exact type: no hook call
print(isinstance(3, (str, Anything)), issubclass(bool, (str, Anything)))

# isinstance / issubclass with tuples and their errors.
print(isinstance(3, (str, (int, float))), issubclass(bool, (str, int)), isinstance(True, int), issubclass(int, int))
for bad in [lambda: isinstance(3, 4), lambda: issubclass(3, int), lambda: issubclass(int, 3), lambda: isinstance(1, (int, 3)) or isinstance(1, (3, int))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# Three-argument type().
class T:
    def __init__(self): self.y = 2
Dyn = type("Dyn", (T,), {"z": 3, "meth": lambda self: self.y, "__doc__": "dynamic"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, Dyn.__doc__, d.z, d.meth(), repr(Dyn))
print(type("Empty", (), {}).__bases__, type(3), type("a"), type(type), type(object), type(None))
for args in [("x", 1, {}), ("x", (), 1), (1, (), {}), (1, 2), (), ("a", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

# Class-level attributes of classes.
class Doc:
    "A docstring."
    class Inner:
        pass
print(Doc.__doc__, Doc.Inner.__qualname__, Doc.Inner.__name__, Doc.__module__, repr(Doc.Inner))
Doc.__name__ = "Renamed"
print(Doc.__name__, Doc.__qualname__)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError:", e)
print(object.__subclasses__ is not None, len(P1.__subclasses__()), P1.__subclasses__()[0].__name__)
