# str and bytes subclasses: methods return plain str/bytes, the subclass keeps its type and
# its own methods, and str() / format() of an instance give exact strs.
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(type(n).__name__, n, repr(n), len(n), n.shout())
print(type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__, type(n[:]).__name__)
print(type(str(n)).__name__, type(format(n, "")).__name__, type("%s" % n).__name__)
print(n == "ada", "ada" == n, hash(n) == hash("ada"), n in {"ada": 1}, {"ada": 1}[n])
print(sorted([Name("b"), "a", Name("c")]))
print("-".join([n, Name("b")]), type("-".join([n])).__name__)
print(n.partition("d"), type(n.partition("d")[1]).__name__)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def __str__(self):
        return "Upper(" + str.__str__(self) + ")"
    def __repr__(self):
        return "<Upper " + str.__repr__(self) + ">"

u = Upper("abc")
print(u, repr(u), [u], "%s %r" % (u, u), "{} {!r}".format(u, u), len(u), u.lower())

class Tag(bytes):
    pass

t = Tag(b"xyz")
print(type(t).__name__, t, t[0], t[1:], type(t[1:]).__name__, t.upper(), bytes(t), type(bytes(t)).__name__)

class Buf(bytearray):
    def total(self):
        return sum(self)

b = Buf(b"\x01\x02")
b.append(3)
b += b"\x04"
print(type(b).__name__, b, b.total(), len(b))

class Key(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    __hash__ = str.__hash__

print(Key("ABC") == "abc", "abc" == Key("ABC"))
