# math: the errors CPython raises, with their messages.
import math

cases = [
    'math.sqrt(-1)', 'math.log(0)', 'math.log(-1)', 'math.log(0.0)', 'math.log(-math.inf)',
    'math.log(10, 1)', 'math.log(10, 0)', 'math.log(-5, 2)', 'math.log2(0)', 'math.log10(-2)',
    'math.log(0 * 10**400)', 'math.log(-10**400)', 'math.sqrt(10**400)',
    'math.exp(1000)', 'math.expm1(1000)', 'math.cosh(1000)', 'math.sinh(-1000)', 'math.exp2(5000)',
    'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(10, 400)', 'math.pow(0.0, -math.inf)',
    'math.pow(math.nan, 0)', 'math.pow(1, math.nan)', 'math.pow(-math.inf, 3)', 'math.pow(2, -math.inf)',
    'math.asin(2)', 'math.acos(-1.5)', 'math.atanh(1)', 'math.atanh(-2)', 'math.acosh(0.5)',
    'math.log1p(-1)', 'math.log1p(-2)', 'math.sin(math.inf)', 'math.cos(-math.inf)', 'math.tan(math.inf)',
    'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.fmod(1, math.inf)', 'math.fmod(-7, 3)',
    'math.remainder(1, 0)', 'math.remainder(math.inf, 2)', 'math.remainder(7, 2)', 'math.remainder(5, 2)',
    'math.gamma(0)', 'math.gamma(-0.0)', 'math.gamma(-1)', 'math.gamma(-math.inf)', 'math.gamma(200)',
    'math.gamma(math.inf)', 'math.gamma(math.nan)', 'math.lgamma(0)', 'math.lgamma(-2)',
    'math.lgamma(1e308)', 'math.lgamma(-math.inf)', 'math.lgamma(math.inf)',
    'math.ldexp(1.0, 10000)', 'math.ldexp(1.0, -10000)', 'math.ldexp(1, 1.5)', 'math.ldexp(1.0, 10**30)',
    'math.ldexp(-2.0, -10**30)', 'math.ldexp(math.inf, 5)',
    'math.floor(math.inf)', 'math.floor(math.nan)', 'math.ceil(-math.inf)', 'math.trunc(math.nan)',
    'math.trunc("x")', 'math.floor("x")', 'math.ceil(None)', 'math.trunc([])',
    'math.factorial(-1)', 'math.factorial(1.0)', 'math.factorial(10**20)', 'math.factorial("3")',
    'math.comb(-1, 2)', 'math.comb(3, -2)', 'math.comb(3.0, 2)', 'math.perm(3, -1)', 'math.perm(-3)',
    'math.isqrt(-1)', 'math.isqrt(2.0)', 'math.gcd(1.5)', 'math.lcm(2, "a")',
    'math.isclose(1, 1, rel_tol=-1)', 'math.isclose(1, 1, abs_tol=-0.5)',
    'math.fsum([1e308, 1e308])', 'math.fsum([1e308, 1e308, -1e308])', 'math.fsum([math.inf, -math.inf])',
    'math.fsum([1, "a"])', 'math.fsum(1)',
    'math.sqrt("a")', 'math.hypot("a")', 'math.hypot(1e308, 1e308, 1e308, 1e308)', 'math.erf(None)',
    'math.copysign(1, "x")', 'math.atan2("y", 1)', 'math.dist([1, 2], [3])', 'math.dist(1, 2)',
    'math.prod(5)', 'math.modf("x")', 'math.frexp([])',
]
for c in cases:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)
