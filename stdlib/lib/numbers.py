"""numbers: the numeric tower of abstract base classes (PEP 3141).

    Number > Complex > Real > Rational > Integral

Each level only names the operations a member must provide (abstract methods, which keep a
class that lacks them from being instantiated) and adds the few that follow from the others:
a Complex gets subtraction from addition and negation, a Real is its own real part, a
Rational converts to float by dividing its numerator by its denominator, an Integral is its
own numerator over 1.  The built-in types join as virtual subclasses: complex is a Complex,
float a Real, int (and so bool) an Integral.  fractions.Fraction registers as a Rational.

The abstract stubs are made from the lists of names below instead of being written out one
by one; what matters to a reader is which names each level adds.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _stub(name):
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = method.__qualname__ = name
    return abstractmethod(method)


def _level(name, base, abstract=(), abstract_properties=(), doc='', **concrete):
    # Build one class of the tower: abstract stubs for `abstract`, abstract read-only
    # properties for `abstract_properties`, and the given concrete members.
    namespace = {'__module__': __name__, '__doc__': doc, '__slots__': ()}
    for method_name in abstract:
        namespace[method_name] = _stub(method_name)
    for prop in abstract_properties:
        namespace[prop] = property(_stub(prop))
    namespace.update(concrete)
    return ABCMeta(name, (base,), namespace)


class Number(metaclass=ABCMeta):
    """All numbers.  isinstance(x, Number) asks whether x is a number of any kind."""
    __slots__ = ()
    # Numbers that compare equal must hash equal; each concrete type sees to that.
    __hash__ = None


# The arithmetic every Complex supports, and the additions of each level below it.
_COMPLEX_OPS = ('__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ '
                '__rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__').split()
_REAL_OPS = ('__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ '
             '__mod__ __rmod__ __lt__ __le__').split()
_INTEGRAL_OPS = ('__int__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ '
                 '__xor__ __rxor__ __or__ __ror__ __invert__').split()


def _complex_bool(self):
    return self != 0


def _complex_sub(self, other):
    return self + -other


def _complex_rsub(self, other):
    return -self + other


Complex = _level(
    'Complex', Number, _COMPLEX_OPS, ('real', 'imag'),
    doc="Numbers with a real and an imaginary part, closed under + - * / and **.",
    __bool__=_complex_bool, __sub__=_complex_sub, __rsub__=_complex_rsub)


def _real_complex(self):
    return complex(float(self))


def _real_divmod(self, other):
    return (self // other, self % other)


def _real_rdivmod(self, other):
    return (other // self, other % self)


def _real_self(self):
    return +self


Real = _level(
    'Real', Complex,
    [n for n in _COMPLEX_OPS if n not in ('__complex__', 'conjugate')] + _REAL_OPS,
    doc="Complex numbers on the real line: ordered, and convertible to float.",
    __complex__=_real_complex, __divmod__=_real_divmod, __rdivmod__=_real_rdivmod,
    real=property(_real_self), imag=property(lambda self: 0), conjugate=_real_self)


def _rational_float(self):
    # int / int is correctly rounded, so this is the float nearest the exact value.
    return int(self.numerator) / int(self.denominator)


Rational = _level(
    'Rational', Real,
    [n for n in Real.__abstractmethods__ if n != '__float__'], ('numerator', 'denominator'),
    doc="Real numbers that are a ratio of two integers in lowest terms.",
    __float__=_rational_float)


def _integral_index(self):
    return int(self)


def _integral_float(self):
    return float(int(self))


Integral = _level(
    'Integral', Rational,
    [n for n in Rational.__abstractmethods__ if n not in ('numerator', 'denominator')]
    + _INTEGRAL_OPS,
    doc="Rational numbers with denominator 1; they can be used as indices and shifted.",
    __index__=_integral_index, __float__=_integral_float,
    numerator=property(_real_self), denominator=property(lambda self: 1))

Complex.register(complex)
Real.register(float)
Integral.register(int)
