# math: values of the float functions, the constants, and the integer functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

xs = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -1.25, 10.0, 1e-10, 123.456, 1e10]
one_arg = ['sqrt', 'exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
           'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'erf', 'erfc',
           'log', 'log2', 'log10', 'degrees', 'radians', 'exp2', 'cbrt', 'gamma', 'lgamma']
for name in one_arg:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

# gamma and lgamma across their range, negative non-integers included.
vals = [0.1, 0.25, 1.5, 2.5, 4.75, 6.3, 7.9, 11.5, 30.2, 99.9, 141.3, 170.5, 171.7,
        -0.5, -1.5, -2.25, -7.3, -20.5, -150.5, -180.1, -201.5, 1e-25, -1e-25, 1e200]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, v, repr(f(v)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, v, type(e).__name__, e)
for n in range(1, 30):
    print(n, math.gamma(n), math.lgamma(n))

# two-argument functions
pairs = [(1.0, 2.0), (-3.5, 2.0), (2.0, -3.0), (0.0, -0.0), (7.0, 0.5), (1e300, 1e10), (-8.0, 1/3)]
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter', 'isclose']:
    f = getattr(math, name)
    out = []
    for a, b in pairs:
        try:
            out.append(repr(f(a, b)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

print(math.log(8, 2), math.log(100, 10), math.log(10**400), math.log(2**2000, 2))
print(math.log2(2**2000), math.log10(10**400), math.log(7**300, 7), math.log2(3**1000))
print(math.log(True), math.log10(1000))

# floor / ceil / trunc return ints and call the dunders
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.0)).__name__, math.floor(7), math.ceil(True), math.ceil(1e300) == 10**300)
class Num:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()))
class F:
    def __float__(self): return 3.7
print(math.floor(F()), math.ceil(F()))
class I:
    def __index__(self): return 5
print(math.factorial(I()), math.sqrt(I()), math.gcd(I(), 15))

print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.frexp(8.0), math.frexp(0.0))
print(math.frexp(-1e-310), math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(3, 2))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-math.inf))
print(math.isfinite(1.0), math.isfinite(math.nan), math.isinf(-math.inf), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))

# hypot and dist: exact, many arguments
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(1e308, 1e308), math.hypot(1e-308, 1e-320), math.hypot(1e200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-3, -4))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist(iter([1]), [2]))
for i in range(1, 40):
    coords = [(i * 0.37 + k * 1.7) % 9.1 - 4 for k in range(i % 7 + 1)]
    print(repr(math.hypot(*coords)), repr(math.dist(coords, [c * 0.5 for c in coords])))

# fsum: exact
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([]), math.fsum(iter([2, 3.5])), math.fsum([1e308, -1e308, 5.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([-math.inf, -math.inf]))
vals = [((i * 7919) % 1000 - 500) * 10.0 ** ((i * 31) % 40 - 20) for i in range(500)]
print(repr(math.fsum(vals)), repr(math.fsum(v * 1.1 for v in vals)))
print(repr(math.fsum([1.0, 2.0 ** -53, 2.0 ** -106])), repr(math.fsum([1.0, -(2.0 ** -53), -(2.0 ** -106)])))

# integers
print(math.factorial(0), math.factorial(20), math.factorial(50))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(3, 5), math.perm(20, 20))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(12, 18, 8), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(3, 0), math.lcm(2**70, 3**40, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(True))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 25)), math.prod([2, 3], start=10))
print(math.prod(['ab', 3]), math.prod([[1], 2]))
