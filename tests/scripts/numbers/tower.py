import numbers
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, c.__module__, sorted(c.__abstractmethods__), c.__bases__)
    print([isinstance(x, c) for x in (1, True, 1.5, 1j, 'a', None)], [issubclass(t, c) for t in (int, bool, float, complex, str)])
print(numbers.Number.__hash__, numbers.__all__)
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __eq__(self, o): return int(self) == o
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(self.v + int(o))
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __abs__(self): return MyInt(abs(self.v))
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = None
    __lt__ = __le__ = __ceil__ = __floor__ = __round__ = __trunc__ = None
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = None
    __xor__ = __rxor__ = __or__ = __ror__ = __invert__ = None
m = MyInt(7)
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate(), float(m), complex(m), [10, 20, 30, 40, 50, 60, 70, 80][m], divmod(m, 3), divmod(20, m), m - 2, 10 - m, bool(m), bool(MyInt(0)), hash(1))
class Half(numbers.Real):
    pass
try: Half()
except TypeError as e: print(type(e).__name__, "Half" in str(e))
class R(numbers.Rational):
    __slots__ = ()
print(sorted(R.__abstractmethods__) == sorted(numbers.Rational.__abstractmethods__))
try: numbers.Number.__hash__(1)
except TypeError as e: print('TypeError', e)
print(isinstance(numbers.Integral, type), type(numbers.Real).__name__)
