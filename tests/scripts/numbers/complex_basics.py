# complex numbers: literals, arithmetic with int and float, repr, complex(), hashing, format().
import math

inf, nan = float('inf'), float('nan')
vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.25j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        complex(1e300, 1e-300), complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(1, nan),
        complex(1e16, 1), complex(123456789.125, 0.1), 3j, 2.5j, 1e-7j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), bool(v))

ops = [(1 + 2j, 3 - 1j), (1 + 2j, 2), (2, 1 + 2j), (1.5, -2j), (1e308 + 1e308j, 10), (0j, 1j)]
for a, b in ops:
    print(a + b, a - b, a * b, b * a, a == b, a != b)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for a, b in [(1 + 1j, 2), (1j, 2), (2, 0.5j), (1 + 2j, -3), (1 + 1j, 1.5), (-8, 1 / 3), (-8.0, 0.5),
             (2j, 1 + 1j), (0j, 0), (1e200j, 2), (1e10 + 1e10j, 100), (1 + 1j, 101)]:
    try:
        print(a, '**', b, '=', a ** b, pow(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(a, '**', b, type(e).__name__, e)
for a, b in [(0j, -1), (0j, 1j), (0, -1.5j)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError', e)
for x in [3 + 4j, -1j, complex(inf, nan), complex(nan, 1), complex(1e308, 1e308)]:
    try:
        print(abs(x))
    except OverflowError as e:
        print('OverflowError', e)

print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, (1 + 0j) == True, 1j != 0, complex(2**53 + 1, 0) == 2**53 + 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == 0, hash(1j) == 1000003,
      hash(3 + 4j) == hash(3) + 1000003 * hash(4), {1: 'a'}[1 + 0j])
for bad in ['(1 + 2j) < 3j', '1j // 2', '1j % 2', 'divmod(1j, 2)', 'int(1j)', 'float(1j)', 'round(1j)',
            'math.floor(1j)', '1j > 1', "'%d' % 1j"]:
    try:
        print(bad, eval(bad))
    except TypeError as e:
        print(bad, 'TypeError', e)

texts = ['1+2j', ' ( 1.5-2.5J ) ', 'j', '-j', '+j', '3', '-3.5', '1e3j', '1E-3+1e+3j', 'inf+nanj', '-infj',
         '1_000+2_0j', '(1+1j)', '1-j', '.5j', '5.j', '\u0661+\u0662j']
for t in texts:
    print(repr(t), complex(t))
for t in ['1+2', '1 + 2j', '(1+2j', '1+2jj', '', 'j1', '1__0j', '1+(2j)', '()', 'nanj+1', '2j+1']:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), 'ValueError', e)

print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(1j, 1j), complex(1 + 2j, 3 + 4j),
      complex(real=1, imag=2), complex(imag=2), complex(True, False), complex(2**60))


class WithComplex:
    def __complex__(self):
        return 4 + 5j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


print(complex(WithComplex()), complex(WithFloat(), WithIndex()), complex(WithIndex()))
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,), (b'1',), (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)


class Bad:
    def __complex__(self):
        return 5


try:
    complex(Bad())
except TypeError as e:
    print('TypeError', e)


class MyComplex(complex):
    def double(self):
        return self * 2


m = MyComplex(1, 2)
print(m, type(m).__name__, m.double(), type(m.double()).__name__, type(+m).__name__, complex(m), type(complex(m)).__name__)
m.extra = 1
print(m.extra, m.__getnewargs__(), (1 + 2j).__getnewargs__(), type(complex(1j)).__name__)

for spec in ['', '10', '<12', '^14', '*>16', '.2f', '.3e', 'g', '.2', '+', ' ', '+.1f', 'E', ',', '_.2f', '#g', '.0f',
             'n', 'z.1f']:
    print(repr(spec), repr(format(1234.5 - 2j, spec)), repr(format(2j, spec)), repr(format(complex(-0.0, 1), spec)))
for spec in ['010', '=10', 'd', '%', 'x']:
    try:
        format(1j, spec)
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(f'{1+2j}', f'{3j!r}', '{:.1f}'.format(1.25 + 3.75j), '%s %r' % (1j, 2 + 3j))
print(sum([1j, 2, 0.5]), 1j * 1j, (1 + 1j) ** 2, -(1 + 1j), +(1j), 2 ** 1j)
print(isinstance(1j, complex), complex.__name__, type(1j), 1j.__class__.__mro__)
print(eval('1j + 2'), 1J, 0j, 1e3j, 1_0j, .5j, -1j - 1)
