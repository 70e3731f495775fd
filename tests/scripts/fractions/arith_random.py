# Random exact arithmetic, compared digit for digit with CPython's fractions.
import random
import math
from fractions import Fraction as F

rng = random.Random(2024)


def rand_fraction():
    kind = rng.random()
    if kind < 0.3:
        return F(rng.randint(-50, 50), rng.randint(1, 12))
    if kind < 0.6:
        return F(rng.randint(-10**30, 10**30), rng.randint(1, 10**20))
    return F(rng.uniform(-1e6, 1e6))


def rand_other():
    kind = rng.random()
    if kind < 0.3:
        return rng.randint(-1000, 1000)
    if kind < 0.5:
        return rng.uniform(-100, 100)
    if kind < 0.6:
        return complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
    return rand_fraction()


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, r)


for i in range(150):
    a, b = rand_fraction(), rand_other()
    show('add', lambda: a + b)
    show('radd', lambda: b + a)
    show('sub', lambda: a - b)
    show('rsub', lambda: b - a)
    show('mul', lambda: a * b)
    show('div', lambda: a / b)
    show('rdiv', lambda: b / a)
    show('floordiv', lambda: a // b)
    show('rfloordiv', lambda: b // a)
    show('mod', lambda: a % b)
    show('rmod', lambda: b % a)
    show('divmod', lambda: divmod(a, b))
    show('rdivmod', lambda: divmod(b, a))
    show('cmp', lambda: (a < b, a <= b, a > b, a >= b, a == b, a != b))
    show('hash', lambda: (hash(a), hash(a) == hash(float(a)) if a.denominator & (a.denominator - 1) == 0 else None))
    show('float', lambda: (float(a), int(a), math.floor(a), math.ceil(a), round(a), round(a, 3), round(a, -2)))
    show('limit', lambda: (a.limit_denominator(rng.randint(1, 1000)), a.limit_denominator()))
    k = rng.randint(-6, 6)
    small = F(rng.randint(-9, 9), rng.randint(1, 9))
    show('pow', lambda: small ** k)
    show('rpow', lambda: rng.randint(-5, 5) ** F(k, rng.randint(1, 3)))
    show('fpow', lambda: small ** rng.uniform(-2, 2))
    show('str', lambda: F(str(a)) == a and F(repr(float(a))) == F(float(a)))
