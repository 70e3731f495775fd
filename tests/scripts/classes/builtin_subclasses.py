# Subclasses of builtin types: list, dict (with __missing__ and an overridden __setitem__), int,
# str, tuple, Exception.
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = "mine"
    def total(self): return sum(self)
    def append(self, x):
        print("MyList.append", x)
        super().append(x)
ml = MyList([3, 1, 2])
ml.append(4)
ml.extend([5])             # list.extend does not call the overridden append
print(ml, ml.total(), len(ml), ml[0], ml[1:3], type(ml[1:3]).__name__, type(ml).__name__, ml.note)
print(sorted(ml), isinstance(ml, list), ml == [3, 1, 2, 4, 5], repr(ml), MyList.__mro__)
ml.sort()
print(ml, ml + [9], type(ml + [9]).__name__, ml * 2 == list(ml) * 2, 3 in ml, list(reversed(ml)))

class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = key * 2
        return value
d = DefaultDict(a=1)
print(d["a"], d["bb"], d, d.get("zz"), "zz" in d, d.get("bb"))
try:
    dict.__getitem__(DefaultDict(), "x")
except KeyError as e:
    print("KeyError", e)

class LoudDict(dict):
    def __setitem__(self, k, v):
        print("LoudDict set", k)
        super().__setitem__(k, v * 10)
ld = LoudDict()
ld["x"] = 1
ld.update({"y": 2})         # dict.update does not call the overridden __setitem__
ld.setdefault("z", 3)
print(ld, LoudDict({"q": 1}), type(ld).__name__, isinstance(ld, dict), ld == {"x": 10, "y": 2, "z": 3})
print(sorted(ld.items()), len(ld), list(ld))

class MyInt(int):
    def __new__(cls, v, label="?"):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
    def __repr__(self): return f"MyInt({int(self)}, {self.label!r})"
    def double(self): return MyInt(self * 2, self.label + "x2")
mi = MyInt(21, "answer")
print(mi, mi + 1, type(mi + 1).__name__, mi.double(), mi == 21, hash(mi) == hash(21), int(mi), str(mi), f"{mi:5d}")
print(isinstance(mi, int), [0, 1, 2][MyInt(1)], MyInt("7"), MyInt(3) < 5, sorted([MyInt(3), 1, MyInt(2)]))
class Flag(int):
    pass
print(Flag(5), repr(Flag(5)), Flag() , bool(Flag(0)), Flag(2) ** 3)

class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hello")
print(ms, ms.shout(), ms + " world", type(ms + "x").__name__, type(ms.upper()).__name__, len(ms), ms[1:3], ms == "hello")
print(repr(ms), f"{ms:>8}", {"hello": 1}[ms], ms.split("l"), "%s!" % ms, MyStr(42), str(ms) is not ms or True)

class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point{tuple.__repr__(self)}"
pt = Point(1, 2)
print(pt, pt.x, len(pt), pt + (3,), pt == (1, 2), hash(pt) == hash((1, 2)), isinstance(pt, tuple))

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(e, repr(e), e.args, e.code, type(e).__name__, isinstance(e, Exception))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain(1)), repr(Plain(1, 2)), str(Plain()), str(Plain(1)), str(Plain(1, 2)))
class WithAttrs(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
try:
    raise WithAttrs("bad value", extra={"k": 1})
except ValueError as e:
    print(e, e.extra, e.args)
class KeyErr(KeyError): pass
print(str(KeyErr("k")), repr(KeyErr("k")))
