# How str, bytes and formatting meet user-defined classes: __str__/__repr__/__format__,
# __index__/__int__/__float__ in %-formatting, __bytes__, and reflected operators.
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c} C"
    def __repr__(self):
        return f"Temp({self.c!r})"
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f} F"
        return format(str(self), spec)

t = Temp(21.5)
print(str(t), repr(t), ascii(t), "%s|%r|%a" % (t, t, t))
print("{}|{!r}|{:f}|{:>10}|{!s:*^12}".format(t, t, t, t, t))
print(format(t, "f"), f"{t:f} {t!r}")

class Idx:
    def __index__(self):
        return 5

class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5

print("%d %x %o %c" % (Idx(), Idx(), Idx(), 65), "%d %f %.1e" % (Num(), Num(), Num()))
print("ab" * Idx(), b"ab" * Idx(), "abcdefgh"[Idx()], "abcdefgh"[:Idx()], b"abcdefgh"[Idx()])
print("abcabc".find("c", Idx()), "x".center(Idx(), "-"), bytearray(Idx()))
for fmt, arg in [("%x", Num()), ("%d", "3"), ("%c", Num()), ("%f", Idx())]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print("TypeError:", e)

class Blob:
    def __bytes__(self):
        return b"<blob>"

print(bytes(Blob()), b"[%s]" % Blob(), b"[%b]" % Blob())
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)

class Right:
    def __radd__(self, other):
        return f"radd({other!r})"
    def __rmul__(self, other):
        return f"rmul({other!r})"
    def __rmod__(self, other):
        return f"rmod({other!r})"

print("s" + Right(), b"b" + Right(), "s" * Right(), b"b" * Right())
print("%s" % Right() if False else "no rmod for str % obj:", "<%s>" % (Right.__name__,))

class Weird:
    pass

for expr in ["'a' + Weird()", "Weird() + 'a'", "'a' * Weird()", "b'a' + Weird()", "'a' < Weird()"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

class Table:
    def __getitem__(self, cp):
        if cp == ord("a"):
            return "A!"
        if cp == ord("b"):
            return None
        raise LookupError(cp)

print("abcab".translate(Table()), "xyz".translate(Table()))

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print("%(name)s-%(other)s" % Mapping(), "{x}/{y}".format_map(Mapping()))

class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"

print("{a} {b}".format_map(Missing(a=1)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(3, [10, 20])
print("{0.x} {0.y[1]} {p.y[0]:>4}".format(p, p=p))
try:
    "{0.z}".format(p)
except AttributeError as e:
    print("AttributeError:", e)
