#!/usr/bin/env python3
"""Produces tests/unit/runtime/number_cases.inc: the expected results of int/float/format cases,
computed by CPython (the oracle). Run from anywhere:

    python3 tests/unit/runtime/gen_number_cases.py

Each case is {op, a, b, c, expected}. Operands are encoded as text:
    i:<decimal>       an int            f:<16 hex digits>  a float given by its IEEE bits
    h:<hex>           a huge int (hexadecimal, optional '-')
    T / F             True / False      s:<text>           a str (UTF-8)
    S:<hex>           a str given as hexadecimal UTF-8 (used when it holds NUL)
    y:<hex>           bytes             n                  None
    ""                absent
`expected` is "r:" + repr(result), or "e:" + "ExcType: message" when the operation raises.
The C++ runner (number_case_runner.hpp) performs each op through minipy's runtime and renders
its outcome the same way. Random cases use fixed seeds, so the file is reproducible.
"""
import math
import os
import random
import struct
import sys
import warnings

warnings.simplefilter("error")   # int(x) via __trunc__ etc. must not print warnings here

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "number_cases.inc")

assert sys.version_info[:2] >= (3, 11), "generate with CPython 3.11 or later"


def enc(v):
    if v is None:
        return "n"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        if abs(v) >= 10**1000:   # too long for decimal (and the digit limit): hexadecimal
            return "h:" + ("-" if v < 0 else "") + "%x" % abs(v)
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        if "\x00" in v:   # C strings end at NUL: hexadecimal UTF-8 instead
            return "S:" + v.encode("utf-8").hex()
        return "s:" + v
    if isinstance(v, bytes):
        return "y:" + v.hex()
    raise TypeError(type(v))


def run(fn):
    try:
        return "r:" + repr(fn())   # repr() itself may raise (the int digit limit)
    except Exception as e:   # noqa: BLE001 - every exception is an expected outcome
        return "e:%s: %s" % (type(e).__name__, e)


BINOPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "divmod": lambda a, b: divmod(a, b),
    "**": lambda a, b: a ** b,
    "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
UNOPS = {
    "neg": lambda a: -a,
    "pos": lambda a: +a,
    "abs": lambda a: abs(a),
    "~": lambda a: ~a,
    "bool": lambda a: bool(a),
    "hash": lambda a: hash(a),
    "repr": lambda a: repr(a),
    "str": lambda a: str(a),
    "int": lambda a: int(a),
    "float": lambda a: float(a),
    "round": lambda a: round(a),
    "index": lambda a: a.__index__(),
}

cases = []   # (group, op, a, b, c, expected)


def add(group, op, a=None, b=None, c=None, *, absent=(), fn=None):
    """absent: names of operands that are not passed (as opposed to None)."""
    try:
        if isinstance(fn(), complex):
            return   # minipy has no complex type (float_pow documents the ValueError it raises)
    except Exception:   # noqa: BLE001
        pass
    if op == "hash" and isinstance(a, float) and math.isnan(a):
        return   # NaNs hash by identity: not reproducible
    ea = "" if "a" in absent else enc(a)
    eb = "" if "b" in absent else enc(b)
    ec = "" if "c" in absent else enc(c)
    cases.append((group, op, ea, eb, ec, run(fn)))


def binop(group, op, a, b):
    add(group, op, a, b, absent=("c",), fn=lambda: BINOPS[op](a, b))


def unop(group, op, a):
    add(group, op, a, absent=("b", "c"), fn=lambda: UNOPS[op](a))


# --- ints ---------------------------------------------------------------------------------------

INTS = [0, 1, -1, -3, 7, 2**53 + 1, 2**62 - 1, -2**62, 2**62, -2**62 - 1,
        2**64 + 1, -(2**100) + 12345, 3**200, 7**50, -(10**25) - 3, True, False]
for a in INTS:
    for b in INTS:
        for op in ("+", "-", "*", "//", "%", "divmod", "&", "|", "^", "<", "=="):
            binop("int_arith", op, a, b)
for a in INTS:
    for op in ("neg", "pos", "abs", "~", "bool", "hash", "repr", "str", "int", "float", "index"):
        unop("int_unary", op, a)

# True division, correctly rounded (small, big, subnormal and overflowing quotients).
for a in INTS:
    for b in (1, -1, 3, -7, 2**53 + 1, 3**200, 7**50, 0):
        binop("int_truediv", "/", a, b)
rng = random.Random(20240611)
for _ in range(300):
    a = rng.getrandbits(rng.choice([10, 60, 64, 100, 200, 1000, 1100])) * rng.choice([1, -1])
    b = rng.getrandbits(rng.choice([10, 60, 64, 100, 200, 1000, 1100])) * rng.choice([1, -1]) or 1
    binop("int_truediv_random", "/", a, b)
for e in (1022, 1023, 1024, 1074, 1075, 1076, 1100):
    binop("int_truediv", "/", 1, 2**e)
    binop("int_truediv", "/", 3, 2**e)
    binop("int_truediv", "/", 2**e, 3)
    binop("int_truediv", "/", 2**(e + 60) + 1, 2**60)

# Big-int checks from the brief.
binop("int_big", "**", 2, 100)
binop("int_big", "//", 3**200, 7**50)
binop("int_big", "%", 3**200, 7**50)
binop("int_big", "//", -(3**200), 7**50)
binop("int_big", "%", -(3**200), 7**50)
binop("int_big", "//", 3**200, -(7**50))
binop("int_big", "%", 3**200, -(7**50))
binop("int_big", "*", 2**62, 2**62)
binop("int_big", "*", -2**62, 2)
binop("int_big", "-", -2**62, 1)
binop("int_big", "//", -2**62, -1)

# Shifts, including negatives and counts around the word size.
for a in (0, 1, -1, 5, -5, 2**61, -2**61 - 7, 2**62 - 1, -2**62, 2**100 + 3, -(2**100) - 3, True):
    for n in (0, 1, 3, 60, 61, 62, 63, 64, 65, 100, 200, -1, 2**64, False):
        if n != 2**64 or a == 0:
            binop("int_shift", "<<", a, n)
        binop("int_shift", ">>", a, n)

# Powers.
for a in (0, 1, -1, 2, -2, 3, 10, -10, 2**40, 2**100, -(3**50), True):
    for b in (0, 1, 2, 3, 10, 31, 62, 63, 64, 100, -1, -2, -3, 2**64, False):
        if b == 2**64 and abs(a) > 1:
            continue
        binop("int_pow", "**", a, b)
for a, b, m in [(2, 10, 1000), (3, 200, 7**50), (-3, 3, 5), (3, 4, -5), (2, -1, 5), (2, -1, -3),
                (2, -1, 4), (0, -1, 1), (5, -1, 1), (2, 3, 1), (2, 3, 0), (2**100, 2**100, 10**9 + 7),
                (-(2**100), 3, -(10**9 + 7)), (7, -(2**70), 2**89 - 1), (True, True, 2), (2, 3, None)]:
    add("int_pow3", "pow3", a, b, m, fn=lambda a=a, b=b, m=m: pow(a, b, m))
for a, b, m in [(2, 3.0, 5), (2.0, 3, 5), (2, 3, 5.0)]:
    add("int_pow3", "pow3", a, b, m, fn=lambda a=a, b=b, m=m: pow(a, b, m))

# Hashes.
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), -(2**61) + 1, 2**62 - 1,
          -2**62, 2**63, 2**64 - 1, 10**30, -(10**30), 3**200, -(3**200), True, False]:
    unop("int_hash", "hash", v)

# Methods and attributes.
for v in (0, 1, -1, 5, -5, 255, -256, 2**62 - 1, -2**62, 2**64, -(2**64), 3**200, True, False):
    for m in ("bit_length", "bit_count", "as_integer_ratio", "conjugate",
              "__trunc__", "__floor__", "__ceil__", "__round__", "__getnewargs__"):
        add("int_meth", "meth:" + m, v, absent=("b", "c"), fn=lambda v=v, m=m: getattr(v, m)())
    for attr in ("real", "imag", "numerator", "denominator"):
        add("int_attr", "attr:" + attr, v, absent=("b", "c"), fn=lambda v=v, attr=attr: getattr(v, attr))
for v in (0, 5, 15, 25, 35, -25, -35, 12345, -12345, 10**20 + 5 * 10**19, 2**100, -(2**100), True):
    for n in (None, 0, 2, -1, -2, -5, -30, -200):
        add("int_round", "meth:__round__", v, n, absent=("c",), fn=lambda v=v, n=n: v.__round__(n))
for v, length, order, signed in [(0, 0, "big", False), (1, 0, "big", False), (1, 1, "big", False),
                                 (255, 1, "big", False), (256, 1, "big", False), (255, 1, "big", True),
                                 (-128, 1, "little", True), (-129, 1, "little", True), (-1, 1, "big", False),
                                 (-1, 4, "big", True), (2**63, 8, "big", False), (2**64, 4, "little", False),
                                 (1024, 2, "little", False), (2**100 + 7, 20, "little", False),
                                 (-(2**100), 13, "big", True), (-(2**100), 14, "big", True),
                                 (1, 1, "mid", False), (1, -1, "big", False)]:
    add("int_to_bytes", "to_bytes_signed" if signed else "to_bytes", v, length, order,
        fn=lambda v=v, length=length, order=order, signed=signed: v.to_bytes(length, order, signed=signed))
for data, order, signed in [(b"", "big", False), (b"\x01\x02", "big", False), (b"\x01\x02", "little", False),
                            (b"\xff\x00", "little", True), (b"\x80", "big", True), (b"\x80", "big", False),
                            (b"\xff" * 20, "big", True), (b"\xff" * 20, "big", False),
                            (b"\x00\x01" + b"\x00" * 14, "little", False), (b"\x01", "medium", False)]:
    add("int_from_bytes", "from_bytes_signed" if signed else "from_bytes", data, order, absent=("c",),
        fn=lambda data=data, order=order, signed=signed: int.from_bytes(data, order, signed=signed))

# int(text, base)
INT_TEXTS = ["0", "-0", "12", " 12 ", "+12", "-12", "1_000", "1__0", "_10", "10_", "", " ", "abc", "12a",
             "0x1f", "0X1F", "0x_1f", "0o17", "0b101", "0b", "0x", "010", "000", "0_0", "00_1", "1 0",
             "- 10", "+-10", "\t+1_0\n", "١٢٣", "\u2003 12 \u3000", "ß", "z", "Z", "zz", "9" * 30,
             "-" + "9" * 40, "1" * 4300, "1" * 4301, "0" * 4400, "1_" * 2500 + "1", "1" * 5000 + "x",
             "12\x00", "0x" + "f" * 5000, "x" * 300, "\x1c12", "12\x85"]
for t in INT_TEXTS:
    for base in (10, 0, 16, 2, 8, 36, 1, 37):
        if len(t) > 100 and base not in (10, 16):
            continue
        add("int_parse", "int", t, base, absent=("c",), fn=lambda t=t, base=base: int(t, base))
for t in [b"12", b" -7 ", b"x", b"0x10", b"\xff"]:
    add("int_parse", "int", t, absent=("b", "c"), fn=lambda t=t: int(t))
    add("int_parse", "int", t, 0, absent=("c",), fn=lambda t=t: int(t, 0))
for v in (1.5, -1.5, 1e300, -0.0, float("inf"), float("-inf"), float("nan"), True, 2**70, "12", None):
    add("int_conv", "int", v, absent=("b", "c"), fn=lambda v=v: int(v))
add("int_conv", "int", 1.5, 10, absent=("c",), fn=lambda: int(1.5, 10))
add("int_conv", "int", None, 10, absent=("a", "c"), fn=lambda: int(base=10))
add("int_conv", "int", absent=("a", "b", "c"), fn=lambda: int())

# Strings of big ints and the digit limit.
for v in (10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14300):
    add("int_str", "str", v, absent=("b", "c"), fn=lambda v=v: str(v))
    add("int_str", "len_str", v, absent=("b", "c"), fn=lambda v=v: len(str(v)))

# --- floats -------------------------------------------------------------------------------------

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, -2.5, 7.5, 1e308, 5e-324, float("inf"), float("-inf"),
          float("nan"), 2.0**53]
MIXED = [0, -3, 2**53 + 1, 10**400, True]
for a in FLOATS:
    for b in FLOATS:
        for op in ("+", "-", "*", "/", "//", "%", "divmod", "**", "<", "==", ">="):
            binop("float_arith", op, a, b)
for a in MIXED:
    for b in FLOATS:
        for op in ("+", "-", "*", "/", "//", "%", "divmod", "**", "<", "==", ">="):
            binop("float_mixed", op, a, b)
            binop("float_mixed", op, b, a)
for a, b in [(-8.0, 1 / 3), (-2.0, 0.5), (10.0, 400.0), (-10.0, 401.0), (10.0, -400.0), (0.0, -1.5),
             (-0.0, -1.0), (-0.0, 3.0), (-1.0, float("inf")), (float("-inf"), 3.0), (float("-inf"), -3.0),
             (float("nan"), 0.0), (1.0, float("nan")), (0.0, float("-inf")), (2, 0.5), (-8, 1 / 3),
             (2, -1), (-2, -1), (0, -1), (2**1100, -1), (2**1000, 0.5), (-2.0, 2), (-2.0, 3)]:
    binop("float_pow", "**", a, b)
# Exact comparisons between ints and floats.
for i in (2**53 + 1, 2**53, -(2**53) - 1, 2**63, 2**64 - 1, 10**400, -(10**400), 0, -1, True):
    for f in (float(2**53), -float(2**53), 2.0**63, 2.0**64, 1e308, float("inf"),
              float("-inf"), float("nan"), 0.5, -0.5):
        for op in ("<", "<=", "==", "!=", ">", ">="):
            binop("float_cmp", op, i, f)
            binop("float_cmp", op, f, i)

for v in FLOATS + [1.5, -0.5, 1e300, 1e-300, 123456789.125, 2.0**60, -(2.0**60), 1e22, 4503599627370497.0]:
    for op in ("neg", "pos", "abs", "bool", "hash", "repr", "str", "int", "float", "round"):
        unop("float_unary", op, v)
    for m in ("is_integer", "as_integer_ratio", "hex", "conjugate", "__trunc__", "__floor__", "__ceil__",
              "__getnewargs__"):
        add("float_meth", "meth:" + m, v, absent=("b", "c"), fn=lambda v=v, m=m: getattr(v, m)())
    for attr in ("real", "imag"):
        add("float_attr", "attr:" + attr, v, absent=("b", "c"), fn=lambda v=v, attr=attr: getattr(v, attr))

# round(x, n): correctly rounded, ties to even on the exact binary value.
for v in (2.675, 0.125, 0.375, 2.5, -2.5, 0.5, 1.5, -0.4, 12345.6789, -12345.6789, 1e300, 1.5e308,
          5e-324, 1e-300, 0.1, 1e16 + 2, 123.456, float("inf"), float("nan"), -0.0, 1234567.891):
    for n in (None, 0, 1, 2, 3, 10, 17, 30, 400, -1, -2, -3, -20, -300, -308, -309, -400):
        add("float_round", "meth:__round__", v, n, absent=("c",), fn=lambda v=v, n=n: v.__round__(n))
rng = random.Random(77)
for _ in range(200):
    v = rng.uniform(-1000, 1000) * 10.0 ** rng.randint(-10, 10)
    n = rng.randint(-5, 12)
    add("float_round_random", "meth:__round__", v, n, absent=("c",), fn=lambda v=v, n=n: v.__round__(n))

# float(text)
FLOAT_TEXTS = ["1.5", " 1.5 ", "-1.5", "+1.5", "1_0.5", "1__0", "1_.5", "1._5", "1e1_0", "1e_10", "1.5e",
               ".5", "5.", ".", "", " ", "inf", "-iNF", "+inf", "infinity", "-Infinity", "infinit", "nan",
               "-nan", "NaN", "nan(12)", "1e500", "-1e500", "1e-400", "-1e-400", "0x10", "x", "- 1",
               "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "2.4703282292062327e-324",
               "2.4703282292062328e-324", "4.9406564584124654e-324", "0.1", "1_000.000_1", "١٢٣.٥",
               "\u2003 2.5 \u3000", "2.5\x00", "1" * 400, "0." + "0" * 400 + "1", "1e-99999999999",
               "1e99999999999", "0e99999999999", "00000.000e5", "x" * 300, "\t 2.5\n", "1.5ß"]
for t in FLOAT_TEXTS:
    add("float_parse", "float", t, absent=("b", "c"), fn=lambda t=t: float(t))
for t in [b"1.5", b" -2 ", b"x", b"\xff"]:
    add("float_parse", "float", t, absent=("b", "c"), fn=lambda t=t: float(t))
for v in (5, -5, 2**70, 10**400, True, None, "0x1p3"):
    add("float_conv", "float", v, absent=("b", "c"), fn=lambda v=v: float(v))
add("float_conv", "float", absent=("a", "b", "c"), fn=lambda: float())

# fromhex
for t in ["0x1.8p1", "  -0X1.FFFFFFFFFFFFFP+1023 ", "0x1p-1075", "0x1.8p-1074", "0x1p1024", "0x1p-1074",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "inf", "-Infinity", "nan", "1.8", "0x.8",
          "0x1.", "0x1p", "x", "", "0x1p+99999999999999", "0x1p-99999999999999", "0x0p99999999",
          "0x3.p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0"]:
    add("float_fromhex", "fromhex", t, absent=("b", "c"), fn=lambda t=t: float.fromhex(t))

# float repr: random doubles; the runner also checks that float(repr(x)) gives back the same bits.
rng = random.Random(12345)
reprs = []
while len(reprs) < 600:
    kind = len(reprs) % 4
    if kind == 0:
        bits = rng.getrandbits(64)
        v = struct.unpack("<d", struct.pack("<Q", bits))[0]
        if math.isnan(v):
            continue
    elif kind == 1:
        v = rng.random() * 10.0 ** rng.randint(-30, 30)
    elif kind == 2:
        v = float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 10, 100, 1000, 3])
    else:
        v = rng.choice([1.0, -1.0]) * 10.0 ** rng.randint(-310, 308)
    reprs.append(v)
for v in [0.1, 1e16, 1e-05, 1e-4, 123456789012345678.0, 9999999999999998.0, 1e15, 0.0001, -0.0, 5e-324,
          1.7976931348623157e308, 2.0**-1022, 1.0, 100.0]:
    reprs.append(v)
for v in reprs:
    unop("float_repr", "repr", v)

# --- format() -------------------------------------------------------------------------------------

INT_SPECS = ["", "d", "5", "<5", ">5", "^5", "^6", "*^8", "=8", "+", "-", " ", "+d", " d", "05", "010",
             "010,", "08,", "09,", "0=10,", "x=10,", "0>10,", "<010", ",", "_", ",d", "_d", "b", "#b", "_b",
             "#_b", "o", "#o", "x", "#x", "X", "#X", "#012_x", "+010_x", ",x", ",b", "_o", "c", "5c",
             "<5c", "05c", "+c", "#c", "n", ",n", "010n", "e", "E", ".2e", "f", ".0f", "#.0f", "g", "G", "%",
             ".1%", ",.2f", "z", "zd", ".2d", "q", "xx", ",,", ",_", "_,", ".", "é<8", "é", "\x85",
             "1" * 30, "=+12,", "#10o", "-^+10", "  ", ">>5", "0", "00", "#", "+#x", " #b"]
for v in (0, 1, -1, 42, -42, 1234, -1234, 65, 255, -255, 0xabcdef, 10**30, -(10**30), 2**64, True, False,
          0x10FFFF, 0x110000):
    for spec in INT_SPECS:
        add("format_int", "format", v, spec, absent=("c",), fn=lambda v=v, spec=spec: format(v, spec))
for spec in ("d", "", "x", ",", "f"):
    add("format_int", "len_format", 10**5000, spec, absent=("c",), fn=lambda spec=spec: len(format(10**5000, spec)))
add("format_int", "format", 10**400, "f", absent=("c",), fn=lambda: format(10**400, "f"))

FLOAT_SPECS = ["", "f", ".2f", ".0f", "#.0f", "e", ".0e", "#.0e", ".3e", "E", "g", "#g", ".1g", "#.1g", "G",
               ".3", ".1", ".0", ".17", "#", "n", ".3n", "%", ".0%", "10.2%", "+", " ", "-", "+.2f", "z",
               "z.1f", "z.0f", "z.3e", "zg", "010", "08.3", "=8", "<8", "^9", "*>10", "010,.2f", ",", "_",
               ",.2f", "_.3f", ",f", ",e", ",g", ",n", ".500f", "d", "x", "q", ".2147483648f", "é<9", "é",
               "#.3", "#.0", "#e", "#G", ".100e", ".30g", ",.0f"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 3.14159, 1234.5, 1234567.891,
                -0.001, -0.0004, 123.0, 100.0, 9.99, 1e-7, 1e-5, 1e-4, 1e15, 1e16, 1e20, 1e100, 1e300,
                123456789.0, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
for v in FLOAT_VALUES:
    for spec in FLOAT_SPECS:
        add("format_float", "format", v, spec, absent=("c",), fn=lambda v=v, spec=spec: format(v, spec))
rng = random.Random(99)
for _ in range(300):
    v = rng.choice([1, -1]) * rng.random() * 10.0 ** rng.randint(-12, 25)
    spec = rng.choice(["e", "f", "g", "", "%"]) 
    prec = rng.choice(["", ".0", ".1", ".3", ".6", ".12", ".17", ".20"])
    flags = rng.choice(["", "#", "+", ",", "_", "015", "z", "<20", "^30"])
    s = flags + prec + spec
    add("format_float_random", "format", v, s, absent=("c",), fn=lambda v=v, s=s: format(v, s))

# pad_formatted() with text's default alignment, checked against format(str, spec).
for t in ("", "ab", "é", "日本", "a\u0301"):
    for spec in ("", "5", "<5", ">5", "^5", "^6", "*^7", "é>4", "05", "<05", "0>6", ">1", "x<3", "\u3000^9"):
        add("format_pad", "pad", t, spec, absent=("c",), fn=lambda t=t, spec=spec: format(t, spec))

# --- write ----------------------------------------------------------------------------------------


def c_string(s):
    out = ['"']
    for ch in s.encode("utf-8"):
        if ch == 0x22:
            out.append('\\"')
        elif ch == 0x5C:
            out.append("\\\\")
        elif 0x20 <= ch < 0x7F:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    out.append('"')
    text = "".join(out)
    if len(text) <= 200:
        return text
    # Split long literals (adjacent literals concatenate), never inside an escape.
    body = text[1:-1]
    parts, cur, j = [], "", 0
    while j < len(body):
        k = j + (2 if body[j] == "\\" and body[j + 1] in '"\\' else 4 if body[j] == "\\" else 1)
        cur += body[j:k]
        j = k
        if len(cur) >= 160:
            parts.append(cur)
            cur = ""
    if cur:
        parts.append(cur)
    return '"' + '"\n        "'.join(parts) + '"'


def main():
    lines = ["// number_cases.inc — GENERATED by gen_number_cases.py from CPython %s; do not edit."
             % sys.version.split()[0],
             "// {group, op, a, b, c, expected}: see gen_number_cases.py for the encoding."]
    for group, op, a, b, c, exp in cases:
        lines.append("{%s, %s, %s, %s, %s,\n    %s}," % (c_string(group), c_string(op), c_string(a), c_string(b),
                                                     c_string(c), c_string(exp)))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d cases" % (OUT, len(cases)))


main()
