# Object life cycle: __new__, __init__, __init_subclass__, __class_getitem__, __del__ (run as
# soon as the last reference goes), and the errors of bad constructor calls.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, *args):
        print("init", args)
        self.args = args
t = Tracked(1, 2)
print(t.created, t.args)

class ReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("never printed")
print(ReturnsOther())

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("init runs each time")
print(Singleton() is Singleton())

class NoInit: pass
class WithInit:
    def __init__(self): pass
class WithNew:
    def __new__(cls): return super().__new__(cls)
for make in [lambda: NoInit(1), lambda: NoInit(x=1), lambda: WithInit(1), lambda: WithNew(1), lambda: object(1),
             lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__init__(NoInit(), 1)]:
    try:
        make()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
class InitReturns:
    def __init__(self): return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ with class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        print("init_subclass", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class CsvPlugin(Plugin, name="csv"): pass
class Unnamed(Plugin): pass
class Deeper(CsvPlugin, name="deeper"): pass
print(sorted(Plugin.registry))
try:
    class Bad(Plugin, name="bad", other=2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(other=2): pass
except TypeError as e:
    print("TypeError:", e)

# __class_getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1, 2] if False else "")
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit[0]
except TypeError as e:
    print("TypeError:", e)

# __del__ runs as soon as the last reference goes.
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
r = Res(1)
r = None
print("after rebinding")
def scope():
    x = Res(2)
    print("in scope")
scope()
print("after scope")
items = [Res(3), Res(4)]
items.pop()
print("after pop")
del items
print("after del list")
b = Res(5)
del b
print("after del name")
d = {"k": Res(6)}
d["k"] = None
print("after dict overwrite")
class Holder: pass
h = Holder()
h.res = Res(7)
del h.res
print("after del attribute")
def make_and_drop():
    return Res(8).n
print(make_and_drop())
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
x = Resurrect()
del x
print(len(Resurrect.saved))
Resurrect.saved.clear()   # __del__ runs only once per object
print("cleared")
class DelError:
    def __del__(self): raise ValueError("in __del__")
DelError()
print("after DelError")
class Last:
    def __del__(self): print("del at exit")
keep = Last()
print("end of script")
