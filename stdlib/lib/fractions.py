"""fractions: exact rational numbers.

A Fraction is a pair of Python ints (numerator, denominator) kept in lowest terms with a
positive denominator, so two equal fractions always hold the same pair: equality is a
comparison of pairs, hashing is well defined, and repr is canonical.  Every constructor path
ends in _reduced() (or, when the pair is known to be reduced already, _from_pair()).

Arithmetic between Fractions and ints is exact.  Mixing with a float gives a float, and with a
complex a complex, because the result can be no more exact than the inexact operand.  The
forward and reflected versions of each operator are made by one factory, _operator(), from
the exact rule and the inexact one, so the mixing rules live in a single place:

    Fraction op int/Fraction  -> exact rule          int/Rational op Fraction -> exact rule
    Fraction op float         -> float(a) op b       Real op Fraction         -> float op float
    Fraction op complex       -> complex(a) op b     Complex op Fraction      -> complex op complex

The hash is the one every numeric type shares (docs: "Hashing of numeric types"): the value
reduced modulo the prime P = 2**61 - 1, computed here as n * d**-1 mod P, so that
hash(Fraction(1, 2)) == hash(0.5) and a Fraction can find the equal int or float in a dict.
"""

import math
import numbers
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_digits(text):
    # One or more decimal digits, where single underscores may separate digits ('1_000').
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return False
    return text.replace('_', '').isdecimal()


def _parse(text):
    """The (numerator, denominator) written in text, or None when text is not a fraction.

    Accepted: optional surrounding whitespace and sign, then either 'N/D' with integer N and
    D, or a decimal number 'N', 'N.F', '.F', 'N.' with an optional exponent 'e[+-]X'."""
    s = text.strip()
    negative = s[:1] == '-'
    if s[:1] in '+-':
        s = s[1:]
    if '/' in s:
        top, _, bottom = s.partition('/')
        if not (_is_digits(top) and _is_digits(bottom)):
            return None
        n, d = int(top), int(bottom)
    else:
        mantissa, exponent = s, '0'
        for e in 'eE':
            if e in s:
                mantissa, _, exponent = s.partition(e)
                break
        body = exponent[1:] if exponent[:1] in '+-' else exponent
        if not _is_digits(body):
            return None
        whole, point, decimals = mantissa.partition('.')
        if not (_is_digits(whole) or (whole == '' and decimals)):
            return None
        if decimals and not _is_digits(decimals):
            return None
        n = int(whole or '0')
        d = 1
        if decimals:
            d = 10 ** len(decimals.replace('_', ''))
            n = n * d + int(decimals)
        shift = int(exponent)
        if shift >= 0:
            n *= 10 ** shift
        else:
            d *= 10 ** -shift
    return (-n if negative else n), d


def _exact_ratio(x):
    # The (numerator, denominator) of a Rational, or None for anything else.
    if isinstance(x, (int, Fraction)):
        return x.numerator, x.denominator
    if isinstance(x, (float, complex, str)):
        return None     # the common non-Rationals, answered without the ABC machinery
    if isinstance(x, numbers.Rational):
        return x.numerator, x.denominator
    return None


class Fraction(numbers.Rational):
    """An exact rational number.

        Fraction(3, 4)   Fraction(-6, 8) == Fraction(-3, 4)   Fraction(2.5) == Fraction(5, 2)
        Fraction('3/4')  Fraction(' -1.5e3 ')                 Fraction(Fraction(1, 3), 2)

    Floats convert exactly (Fraction(0.1) is 3602879701896397/36028797018963968); use
    limit_denominator() to find a simple fraction close to a value.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return cls._from_pair(numerator, 1)
            pair = _exact_ratio(numerator)
            if pair is not None:
                return cls._from_pair(*pair)
            if isinstance(numerator, float):
                return cls._from_pair(*numerator.as_integer_ratio())
            if isinstance(numerator, str):
                pair = _parse(numerator)
                if pair is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                return cls._reduced(*pair)
            raise TypeError('argument should be a string or a Rational instance')
        if type(numerator) is int and type(denominator) is int:
            return cls._reduced(numerator, denominator)
        top = _exact_ratio(numerator)
        bottom = _exact_ratio(denominator)
        if top is None or bottom is None:
            raise TypeError('both arguments should be Rational instances')
        # (a/b) / (c/d) = (a*d) / (b*c)
        return cls._reduced(top[0] * bottom[1], top[1] * bottom[0])

    @classmethod
    def _from_pair(cls, n, d):
        # n/d already in lowest terms with d > 0.
        self = object.__new__(cls)
        self._numerator = int(n)
        self._denominator = int(d)
        return self

    @classmethod
    def _reduced(cls, n, d):
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        return cls._from_pair(n // g, d // g)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_pair(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal.  minipy has no decimal module, so only ints pass."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def limit_denominator(self, max_denominator=1000000):
        """The fraction closest to self whose denominator is at most max_denominator.

        The continued fraction expansion of self gives the convergents p/q; the best
        approximation with a bounded denominator is either the last convergent whose q fits
        or the largest semiconvergent between it and the one before (a classical result, see
        Khinchin, "Continued Fractions", ch. II).  When both are equally close the convergent
        wins."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            a = top // bottom
            next_q = prev_q + a * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + a * cur_p, next_q
            top, bottom = bottom, top - a * bottom
        steps = (max_denominator - prev_q) // cur_q
        semi = Fraction(prev_p + steps * cur_p, prev_q + steps * cur_q)
        conv = Fraction(cur_p, cur_q)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    numerator = property(lambda self: self._numerator, doc='The numerator, in lowest terms.')
    denominator = property(lambda self: self._denominator,
                           doc='The denominator, in lowest terms; always positive.')

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact rules on (numerator, denominator) pairs ------------------------

    def _operator(exact, inexact, name):
        # Build (forward, reflected) methods; see the table in the module docstring.
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            # a op b, where a is not a Fraction: the most exact kind that a belongs to wins.
            if isinstance(a, numbers.Rational):
                result = exact(a, b)
            elif isinstance(a, numbers.Real):
                result = inexact(float(a), float(b))
            elif isinstance(a, numbers.Complex):
                result = inexact(complex(a), complex(b))
            else:
                result = NotImplemented
            return result

        forward.__name__ = forward.__qualname__ = '__%s__' % name
        reflected.__name__ = reflected.__qualname__ = '__r%s__' % name
        return forward, reflected

    def _add(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        if da == db:
            return Fraction._reduced(na + nb, da)
        return Fraction._reduced(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        if da == db:
            return Fraction._reduced(na - nb, da)
        return Fraction._reduced(na * db - nb * da, da * db)

    def _mul(a, b):
        return Fraction._reduced(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        if b.numerator == 0:
            # CPython reports the dividend reduced by gcd(n, 0) = |n|: just its sign.
            n = a.numerator
            raise ZeroDivisionError('Fraction(%d, 0)' % ((n > 0) - (n < 0)))
        return Fraction._reduced(a.numerator * b.denominator, a.denominator * b.numerator)

    # For // % and divmod both sides are brought to the common denominator da*db; the
    # quotient of the numerators is the integer quotient, the remainder is over da*db.
    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction._reduced((a.numerator * db) % (b.numerator * da), da * db)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, b.numerator * da)
        return q, Fraction._reduced(r, da * db)

    __add__, __radd__ = _operator(_add, lambda x, y: x + y, 'add')
    __sub__, __rsub__ = _operator(_sub, lambda x, y: x - y, 'sub')
    __mul__, __rmul__ = _operator(_mul, lambda x, y: x * y, 'mul')
    __truediv__, __rtruediv__ = _operator(_div, lambda x, y: x / y, 'truediv')
    __floordiv__, __rfloordiv__ = _operator(_floordiv, lambda x, y: x // y, 'floordiv')
    __mod__, __rmod__ = _operator(_mod, lambda x, y: x % y, 'mod')
    __divmod__, __rdivmod__ = _operator(_divmod, divmod, 'divmod')
    del _operator, _add, _sub, _mul, _div, _floordiv, _mod, _divmod

    def __pow__(a, b):
        # An integer power stays exact; any other exponent goes through float (which may give
        # a complex result for a negative base, as float ** float does).
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            k = b.numerator
            n, d = a._numerator, a._denominator
            if k < 0:
                n, d, k = d, n, -k
                if d < 0:
                    n, d = -n, -d
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (n ** k))
            # Powers of a reduced pair are reduced.
            return Fraction._from_pair(n ** k, d ** k)
        return float(a) ** b

    def __rpow__(b, a):
        # a ** b with the Fraction on the right.  A natural-number exponent keeps a's own
        # type (int ** int is an int); a Rational base is made a Fraction and handled by
        # __pow__; other bases see an int exponent when b is whole, else a float.
        n, d = b._numerator, b._denominator
        if d == 1 and n >= 0:
            return a ** n
        if isinstance(a, numbers.Rational):
            return Fraction(a) ** b
        return a ** (n if d == 1 else float(b))

    def __pos__(a):
        return Fraction._from_pair(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_pair(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_pair(abs(a._numerator), a._denominator)

    def __int__(a):
        n, d = a._numerator, a._denominator
        return n // d if n >= 0 else -(-n // d)

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x) is the nearest int, ties to even; round(x, k) is the nearest multiple
        of 10**-k as a Fraction, ties to even."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        P = _HASH_MODULUS
        try:
            inverse = pow(self._denominator, -1, P)
        except ValueError:
            # The denominator is a multiple of P: such values hash like infinity.
            h = _HASH_INF
        else:
            h = abs(self._numerator) % P * inverse % P
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # -- comparisons ----------------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        pair = _exact_ratio(b)
        if pair is not None:
            return a._numerator == pair[0] and a._denominator == pair[1]
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isinf(b) or math.isnan(b):
                return False
            return a == Fraction._from_pair(*b.as_integer_ratio())
        return NotImplemented

    def _compare(op):
        def compare(a, b):
            pair = _exact_ratio(b)
            if pair is not None:
                return op(a._numerator * pair[1], pair[0] * a._denominator)
            if isinstance(b, float):
                if math.isinf(b) or math.isnan(b):
                    # Any finite value sits where 0.0 does relative to inf and nan.
                    return op(0.0, b)
                return op(a, Fraction._from_pair(*b.as_integer_ratio()))
            return NotImplemented
        return compare

    __lt__ = _compare(lambda x, y: x < y)
    __le__ = _compare(lambda x, y: x <= y)
    __gt__ = _compare(lambda x, y: x > y)
    __ge__ = _compare(lambda x, y: x >= y)
    del _compare

    def __bool__(a):
        return a._numerator != 0

    # -- copying and pickling: a Fraction is immutable ------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
