# Parsing, subclasses, copying, the pickle recipe, the numbers tower and other corners of Fraction.
import copy
import math
import numbers
import random
from fractions import Fraction as F

texts = ['0', '-0', '+7', '007', '1_2/3_4', '1_/2', '_1/2', '1/_2', '12.', '.75', '-.75',
         '1.2_5', '1._5', '1.5e3', '1.5E+3', '1.5e-3', '-2e0', '2e1_0', '2e', 'e3', '.e3',
         '3/4 ', '\t3/4\n', '3 /4', '3/ 4', '--3', '+-3', '3/4/5', '', ' ', '/', '3/',
         '/4', '1.5.2', '1e2e3', '1.5/2', '\u0663/\u0664', '\u00a03/4', '1e-3/4', '0.0001',
         '123456789012345678901234567890.123456789', '1/1000000000000000000000']
for t in texts:
    try:
        print(repr(t), repr(F(t)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(t), type(e).__name__, e)

# Every random decimal string CPython accepts, minipy reads the same way.
rng = random.Random(7)
for _ in range(200):
    s = rng.choice(['', '-', '+']) + str(rng.randint(0, 10**rng.randint(0, 25)))
    if rng.random() < 0.5:
        s += '.' + str(rng.randint(0, 10**rng.randint(0, 12)))
    if rng.random() < 0.5:
        s += rng.choice('eE') + rng.choice(['', '-', '+']) + str(rng.randint(0, 40))
    print(s, F(s))


class MyFraction(F):
    pass


m = MyFraction(6, 4)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__)
print(type(copy.copy(m)).__name__, copy.copy(m) == m, copy.deepcopy(m) is not m)
f = F(-22, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f, f])[0] is f)
print(f.__reduce__(), m.__reduce__()[1])
rebuild, args = m.__reduce__()  # the pickle recipe (minipy has no pickle module yet)
print(rebuild(*args) == m, type(rebuild(*args)).__name__)
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), issubclass(F, numbers.Real))
print(f.real, f.imag, f.conjugate(), complex(f), float(f))
print(getattr(f, 'is_integer', lambda: f.denominator == 1)(),
      getattr(F(4, 2), 'is_integer', lambda: True)())
print(F(True, 2), F(1, True), True + F(1, 2), F(1, 2) * False, F(7) == True)
print(F(10**30, 3) < 10**29, F(-10**30, 3) < -10**29, F(1, 3) < float('nan'))
print(F(1, 3) >= float('-inf'), F(0) == -0.0, F(1, 2) == complex(0.5, 1), F(1, 2) != 0.5j)
print(hash(F(2**61)), hash(F(1, 2**61)), hash(F(-1, 2**61 - 1)), hash(F(7, 3)) == hash(F(14, 6)))
print({F(1, 2): 'half', 1: 'one', 0.25: 'quarter'}[0.5], {F(4, 4)} == {1}, F(1, 4) in {0.25})
print(str(F(-3)), str(F(5, -10)), format(F(1, 3)), '%s|%r' % (F(1, 3), F(1, 3)))
print(F(1, 3).numerator, F(1, 3).denominator, F(-6, 8).as_integer_ratio())
try:
    F(1, 3).numerator = 5
except AttributeError as e:
    print('AttributeError')
print(round(F(-5, 2)), round(F(-7, 2)), round(F(1, 2)), round(F(3, 2)), round(F(25, 100), 1),
      round(F(35, 100), 1), round(F(-15), -1), round(F(25), -1), type(round(F(1, 3), 0)).__name__)
print(math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(7, 2)), int(F(-1, 3)), bool(F(0)))
print(F(math.pi).limit_denominator(10), F(math.e).limit_denominator(1000),
      F(1, 3).limit_denominator(3), F(-5, 7).limit_denominator(2), F(10**40 + 1, 10**40).limit_denominator())
print(F.from_float(-0.1), F.from_float(5), F.from_decimal(7), F(F(2, 3), F(4, 5)))
print(F(1, 2) ** F(2), F(4) ** F(1, 2), F(-1, 2) ** -3, 0 ** F(0), F(0) ** 0, 2 ** F(-1), 2.0 ** F(-1))
print(F(3, 4) + 0.25, 0.25 + F(3, 4), F(3, 4) - (1 + 1j), divmod(F(7, 2), -2), divmod(-7, F(2, 3)))
for bad in [lambda: F(1, 2) ** 'x', lambda: 'x' ** F(1, 2), lambda: F(1, 2) < None,
            lambda: F(1, 2) + [], lambda: pow(F(1, 2), 2, 3), lambda: F(1, 2) % 0.0,
            lambda: divmod(F(1, 2), 0), lambda: F(1, 2) // 0, lambda: F(0, 5) ** -2,
            lambda: F(2, 3) / F(0), lambda: F('1/0'), lambda: F(object()), lambda: F(1, '2')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(F(2, 3), F(0)), (F(-6, 5), 0), (F(0), F(0)), (-7, F(0)), (F(7, 2), F(0, 3))]:
    try:
        a / b
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
