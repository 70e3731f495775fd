# int: arithmetic with Python semantics, big ints, bool, constructors and their errors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(2 ** 100, -(2 ** 100) // 7, -(2 ** 100) % 7, divmod(-7, 2), divmod(7, -2))
print(3 ** 200 // 7 ** 50)
print((-5) >> 1, -5 << 3, -1 >> 1000, (-6) & 5, (-6) | 5, (-6) ^ 5, ~(2 ** 70))
print(10 ** 20 / 3, 2 ** 1000 / 3 ** 600, 1 / 3, 7 / -2, 0 / -5)
print(2 ** -2, (-2) ** -1, pow(3, 4, -5), pow(2, -1, 7), pow(-3, 3, 5))
x = 2 ** 62 - 1
print(x + 1, x * x, -x - 2, (x + 1) - 1 == x)
print(abs(-(2 ** 80)), -(-(2 ** 62)), +True, -True, ~False)
print(True + True, True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print((255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print((5).bit_length(), (-255).bit_count(), (10 ** 20).as_integer_ratio(), (7).conjugate())
print((17).real, (17).imag, (17).numerator, (17).denominator, True.real)
print(round(25, -1), round(35, -1), round(-25, -1), round(123456, -3), round(7, 2), round(7))
print(int("  -0x_1f ", 0), int("١٢٣"), int("z", 36), int(b"42"), int(3.99), int(-3.99), int(True), int())
print(int("101", base=2), int("0o17", 8), int(" 1_000 "))
for text, base in [("abc", 10), ("010", 0), ("1__0", 10), ("", 10), ("12", 1), ("x" * 250, 10)]:
    show("int(%r, %d)" % (text[:20], base), lambda: int(text, base))
show("int([])", lambda: int([]))
show("int(1.5, 10)", lambda: int(1.5, 10))
show("int(inf)", lambda: int(float("inf")))
show("int(nan)", lambda: int(float("nan")))
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("1 / 0", lambda: 1 / 0)
show("divmod", lambda: divmod(2 ** 100, 0))
show("0 ** -1", lambda: 0 ** -1)
show("pow0", lambda: pow(2, 3, 0))
show("inverse", lambda: pow(2, -1, 4))
show("shift", lambda: 1 << -1)
show("too big", lambda: float(2 ** 1024))
show("div big", lambda: 2 ** 10000 / 3)
show("pow mixed", lambda: pow(2, 3.0, 5))


class Idx:
    def __index__(self):
        return 7


class Conv:
    def __int__(self):
        return 42


class BadConv:
    def __int__(self):
        return "no"


print(int(Idx()), int(Conv()), bin(Idx()), hex(255), oct(-8), [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
show("bad __int__", lambda: int(BadConv()))


class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)


m = MyInt(41)
print(m, repr(m), m + 1, type(m + 1).__name__, isinstance(m, int), int(m) == 41, hash(m) == hash(41))
print(MyInt("ff", 16), MyInt(), -m, abs(MyInt(-3)), m.bit_length())
show("subclass bool", lambda: type("B", (bool,), {}))
print(bool(0), bool(3), bool(), bool([]), bool([0]))

# Hashes are CPython's, so sets and dicts of ints iterate in CPython's order.
print(hash(-1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(list({10 ** 30, 2 ** 64, -5, 7, 2 ** 61 - 1, 3, -(2 ** 70)}))
print({1: "int", 1.0: "float", True: "bool"})
