# float: repr, arithmetic and its errors, exact comparisons with ints, rounding, methods.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(0.1, 1e16, 1e-05, 0.0001, 123456789012345678.0, 9999999999999998.0, -0.0, 1e22, 5e-324)
print(float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308, 2.0 ** 0.5, 1 / 3)
print(0.1 + 0.2, 1e308 * 10, -7.5 // 2, 7.5 % -2, divmod(-7.5, 2), -0.0 % 5, 0.0 % -5)
print(5 % float("inf"), -5 % float("inf"), divmod(-5.0, float("inf")), 2 ** 0.5, (-2.0) ** 3)
print(2 ** 53 + 1 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(round(2.675, 2), round(0.125, 2), round(2.5), round(3.5), round(-0.5), round(-2.5, 0), round(12345.678, -2))
print(round(1e300, -300), round(5e-324, 400), round(float("inf"), 2))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), (1e300).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"))
print(float(" 1_000.5 "), float("-iNF"), float("infinity"), float(b"2.5"), float("١٢٣.٥"), float(7), float(True))
print(int(2.9), int(-2.9), int(1e20), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print(hash(1.0) == hash(1), hash(0.5), hash(-1.5), hash(1e300), hash(float("inf")), hash(-0.0))
for text in ["x", "1__0", "0x10", "", "1e", "nan(1)"]:
    show("float(%r)" % text, lambda: float(text))
show("float([])", lambda: float([]))
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0", lambda: 1.0 // 0)
show("1.0 % 0", lambda: 1.0 % 0)
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("0.0 ** -1", lambda: 0.0 ** -1)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("1e300 * 10**400", lambda: 1e300 * 10 ** 400)
show("pow3", lambda: pow(2.0, 3, 5))
show("fromhex", lambda: float.fromhex("0x1p1024"))
show("ratio", lambda: float("inf").as_integer_ratio())
show("round inf", lambda: round(float("inf")))
show("round big", lambda: round(1.5e308, -308))


class F:
    def __float__(self):
        return 2.5


class MyFloat(float):
    pass


print(float(F()), MyFloat(1.5) + 1, type(MyFloat("2.5")).__name__, MyFloat(), repr(MyFloat(0.1)))
print(sorted([3, 1.5, True, -2, 2 ** 60, 0.0]), max(1, 1.0, True), min(2.5, 2))
print({0.5, 1.0, 1, 2.0, 2, 3.25})
