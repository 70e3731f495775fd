"""random: pseudo-random numbers, and choices and distributions built from them.

The generator itself is native: _random.Random (stdlib/random.cpp) is the Mersenne Twister
MT19937 with CPython's seeding rules, and offers random() (a float in [0, 1) with 53 random
bits), getrandbits(k) and a fast _randbelow(n).  Everything in this file turns those into the
public API, consuming the generator in exactly the same way as CPython's random module (the
same draws, in the same order, combined with the same floating-point operations), so that a
seeded program prints the same numbers under minipy as under CPython:

    >>> import random
    >>> random.seed(42)
    >>> random.random()
    0.6394267984578837

The module-level functions are the bound methods of one shared Random instance.
"""

import _random
import posix
from math import log as _log, exp as _exp, sqrt as _sqrt, ceil as _ceil, floor as _floor
from math import sin as _sin, cos as _cos, acos as _acos, pi as _pi, e as _e, tau as _tau
from math import isfinite as _isfinite
from itertools import accumulate as _running_totals
from bisect import bisect_right as _bisect_right
from posix import urandom as _urandom

__all__ = ['Random', 'SystemRandom', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample',
           'randrange', 'shuffle', 'normalvariate', 'lognormvariate', 'expovariate',
           'vonmisesvariate', 'gammavariate', 'triangular', 'gauss', 'betavariate',
           'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'choices',
           'randbytes']

# Constants of the algorithms below (CPython exposes them under these names too).
TWOPI = _tau
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)   # Kinderman-Monahan: 4 e^(-1/2) / sqrt 2
SG_MAGICCONST = 1.0 + _log(4.5)               # Cheng's d = 1 + ln 4.5
BPF = 53                                      # random bits in a float from random()
RECIP_BPF = 2 ** -BPF

# randrange()'s default step.  Compared by identity, as CPython does, so that
# randrange(10, step=1) is refused like any other step given without a stop.
_UNIT_STEP = 1


def _integer(value):
    # What operator.index(value) gives: value as an exact int, or TypeError.
    if isinstance(value, int):
        return int(value)
    convert = getattr(type(value), '__index__', None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return convert(value)


def _is_sequence(obj):
    # isinstance(obj, collections.abc.Sequence), answered without the import for the usual
    # built-in types.
    if isinstance(obj, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


# ---- seeds -----------------------------------------------------------------------------------

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _python2_string_hash(text):
    # seed(version=1) keeps old programs reproducible: a str or bytes seed becomes the hash
    # Python 2 computed for the string, with 64-bit arithmetic.
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    if not text:
        return 0 ^ len(text)
    value = ord(text[0]) << 7
    for char in text:
        value = ((1000003 * value) ^ ord(char)) & 0xFFFFFFFFFFFFFFFF
    return value ^ len(text)


def _digest_seed(data):
    # seed(version=2): the bytes of the seed followed by their SHA-512 digest, read as one
    # big-endian integer.
    if isinstance(data, str):
        data = data.encode()
    return int.from_bytes(data + _random._sha512(data), 'big')


def _words_from_version_2(words):
    # getstate() of Python 2.x/3.1 stored the generator words as C longs, possibly negative.
    try:
        return tuple(word % (2 ** 32) for word in words)
    except ValueError as error:
        raise TypeError from error


def _nearest_override(cls):
    # Which of the three ways of making integers the class (or the closest base that says
    # anything about them) chose.
    for klass in cls.__mro__:
        for name in ('_randbelow', 'getrandbits', 'random'):
            if name in klass.__dict__:
                return name
    return None


class Random(_random.Random):
    """A random number generator.  The module-level functions use one shared instance;
    make your own for an independent, separately seeded stream.

    A subclass can put another basic generator underneath by overriding random(), seed(),
    getstate() and setstate(); overriding getrandbits() too lets randrange() cover ranges of
    any size.
    """

    VERSION = 3     # the format of getstate()'s result

    def __init__(self, x=None):
        """Create a generator seeded with x (see seed())."""
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator from a seed.

        None draws a seed from the operating system.  An int is used as it is; a float by its
        hash.  str, bytes and bytearray seeds use all their bytes (version 2, the default);
        version=1 reproduces the sequences of Python 2's string seeds."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _python2_string_hash(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _digest_seed(a)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's complete state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Return to a state obtained from getstate()."""
        version = state[0]
        if version == 3:
            _, words, self.gauss_next = state
        elif version == 2:
            _, words, self.gauss_next = state
            words = _words_from_version_2(words)
        else:
            raise ValueError('state with version %s passed to Random.setstate() of version %s'
                             % (version, self.VERSION))
        super().setstate(words)

    # Copying and pickling go through the state.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # ---- integers below n --------------------------------------------------------------------
    #
    # Every integer method rests on _randbelow(n), a uniform choice in range(n).  The native
    # one draws bits; a subclass that replaces getrandbits() gets the Python version of the
    # same method on top of its getrandbits, and one that replaces only random() gets a
    # version built from floats.

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        chosen = _nearest_override(cls)
        if chosen == 'getrandbits':
            cls._randbelow = cls._below_from_bits
        elif chosen == 'random':
            cls._randbelow = cls._below_from_floats

    def _below_from_bits(self, n):
        # Draw as many bits as n has until the number falls below n (on average fewer than
        # two draws).
        width = n.bit_length()
        draw = self.getrandbits
        candidate = draw(width)
        while candidate >= n:
            candidate = draw(width)
        return candidate

    def _below_from_floats(self, n, maxsize=1 << BPF):
        # A float gives 53 random bits.  Scaled to an integer below 2**53, it is uniform
        # modulo n once the top sliver that would favour small remainders is rejected.
        draw = self.random
        if n >= maxsize:
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range this large.\n'
                          'To remove the range limitation, add a getrandbits() method.')
            return _floor(draw() * n)
        usable = (maxsize - maxsize % n) / maxsize
        fraction = draw()
        while fraction >= usable:
            fraction = draw()
        return _floor(fraction * maxsize) % n

    _randbelow = _random.Random._randbelow

    # ---- integers and bytes ------------------------------------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_UNIT_STEP):
        """A random member of range(start) or range(start, stop[, step]), chosen without
        building the range (so any size works)."""
        first = start if type(start) is int else _integer(start)
        if stop is None:
            if step is not _UNIT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if first <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(first)
        width = (stop if type(stop) is int else _integer(stop)) - first
        stride = step if type(step) is int else _integer(step)
        if stride == 1:
            if width <= 0:
                raise ValueError(f'empty range in randrange({start}, {stop})')
            return first + self._randbelow(width)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // stride)          # ceil(width / stride), for either sign
        if count <= 0:
            raise ValueError(f'empty range in randrange({start}, {stop}, {step})')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        if type(a) is int and type(b) is int and b >= a:
            return a + self._randbelow(b - a + 1)     # randrange(a, b + 1) without the checks
        return self.randrange(a, b + 1)

    # ---- sequences ---------------------------------------------------------------------------

    def choice(self, seq):
        """A random item of the non-empty sequence seq."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of the list x in random order, in place (Fisher-Yates: each position
        from the last down to the second swaps with a random position at or before it)."""
        below = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """k distinct items of the sequence population, in the order they were drawn.
        counts, if given, repeats each item that many times (without building the list)."""
        if not _is_sequence(population):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_with_counts(population, size, k, counts)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        if self._small_enough_to_copy(size, k):
            return self._sample_from_copy(population, size, k)
        return self._sample_by_rejection(population, size, k)

    @staticmethod
    def _small_enough_to_copy(size, k):
        # Copying the population costs `size` list slots; remembering k drawn positions costs a
        # set of about this many slots.  The cheaper of the two decides the method.
        set_slots = 21
        if k > 5:
            set_slots += 4 ** _ceil(_log(k * 3, 4))
        return size <= set_slots

    def _sample_from_copy(self, population, size, k):
        # A partial Fisher-Yates shuffle of a copy: each draw takes a random item from the
        # part not yet used and fills its hole with the last unused item.
        pool = list(population)
        chosen = []
        for used in range(k):
            remaining = size - used
            spot = self._randbelow(remaining)
            chosen.append(pool[spot])
            pool[spot] = pool[remaining - 1]
        return chosen

    def _sample_by_rejection(self, population, size, k):
        # Draw positions, drawing again when one was taken already.
        taken = set()
        chosen = []
        below = self._randbelow
        for _ in range(k):
            spot = below(size)
            while spot in taken:
                spot = below(size)
            taken.add(spot)
            chosen.append(population[spot])
        return chosen

    def _sample_with_counts(self, population, size, k, counts):
        # Sample positions in the virtual expanded list, then map each back to its item through
        # the running totals of the counts.
        boundaries = list(_running_totals(counts))
        if len(boundaries) != size:
            raise ValueError('The number of counts does not match the population')
        total = boundaries.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        positions = self.sample(range(total), k=k)
        return [population[_bisect_right(boundaries, spot)] for spot in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of population chosen with replacement.  Without weights all items are
        equally likely; weights (relative) or cum_weights (running totals) skew the odds."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in range(k)]
        if cum_weights is None:
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if isinstance(weights, int):
                    # choices(population, 3): the caller meant k=3.
                    raise TypeError('The number of choices must be a keyword argument: '
                                    f'k={weights!r}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # ---- continuous distributions ------------------------------------------------------------

    def uniform(self, a, b):
        """A random float between a and b (b itself may come out, depending on rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with its peak at mode (default: the
        middle), by inverting its distribution function."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # The right-hand slope: mirror the problem onto the left-hand one.
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma.

        Kinderman and Monahan's ratio-of-uniforms method (1977): for u1 uniform and u2 in
        (0, 1], z = c (u1 - 1/2) / u2 is accepted when z**2 / 4 <= -ln(u2)."""
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution, faster than normalvariate(): the Box-Muller transform turns
        two uniform draws into two independent normal values; the second is kept for the next
        call.  (Threads sharing one generator should use a lock around gauss().)"""
        kept = self.gauss_next
        if kept is not None:
            self.gauss_next = None
            return mu + kept * sigma
        angle = self.random() * TWOPI
        radius = _sqrt(-2.0 * _log(1.0 - self.random()))
        self.gauss_next = _sin(angle) * radius
        return mu + _cos(angle) * radius * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: its natural logarithm is normal(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (the mean is 1 / lambd), by inversion."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution (a normal distribution wrapped on the circle): mean angle
        mu in radians, concentration kappa >= 0 (0 gives a uniform angle).

        Best and Fisher's rejection method (1979)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half_inverse = 0.5 / kappa
        rho = half_inverse + _sqrt(1.0 + half_inverse * half_inverse)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0 (mean alpha * beta).
        Not the gamma function."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return _gamma_cheng(self.random, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta     # the exponential distribution
        return _gamma_ahrens_dieter(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0, as the ratio
        X / (X + Y) of two gamma variates."""
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha, by inversion."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta, by inversion."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _gamma_cheng(draw, alpha):
    # Cheng's algorithm GB (1977) for alpha > 1, a rejection method with a log-logistic
    # envelope: v = ln(u1 / (1 - u1)) / sqrt(2 alpha - 1), x = alpha e^v is accepted by a quick
    # test, or else by the exact one.
    spread = _sqrt(2.0 * alpha - 1.0)
    b = alpha - LOG4
    c = alpha + spread
    while True:
        u1 = draw()
        if not 1e-7 < u1 < 0.9999999:
            continue                     # keep ln(u1 / (1 - u1)) finite
        u2 = 1.0 - draw()
        v = _log(u1 / (1.0 - u1)) / spread
        x = alpha * _exp(v)
        z = u1 * u1 * u2
        w = b + c * v - x
        if w + SG_MAGICCONST - 4.5 * z >= 0.0 or w >= _log(z):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    # Ahrens and Dieter's algorithm GS (1974) for 0 < alpha < 1: a mixture of a power density
    # on [0, 1] and an exponential tail beyond 1, each accepted with its own test.
    while True:
        b = (_e + alpha) / _e
        p = b * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((b - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source (os.urandom).  Not
    reproducible: seed() does nothing, and there is no state to save or restore."""

    def random(self):
        """A float in [0, 1) made of 53 fresh random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A non-negative int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes straight from the operating system."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the operating system's source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# ---- the shared instance behind the module functions -----------------------------------------

_inst = Random()

seed, random, uniform, triangular = _inst.seed, _inst.random, _inst.uniform, _inst.triangular
randint, choice, randrange, sample = _inst.randint, _inst.choice, _inst.randrange, _inst.sample
shuffle, choices, getrandbits, randbytes = (_inst.shuffle, _inst.choices, _inst.getrandbits,
                                            _inst.randbytes)
normalvariate, lognormvariate = _inst.normalvariate, _inst.lognormvariate
expovariate, vonmisesvariate = _inst.expovariate, _inst.vonmisesvariate
gammavariate, betavariate, gauss = _inst.gammavariate, _inst.betavariate, _inst.gauss
paretovariate, weibullvariate = _inst.paretovariate, _inst.weibullvariate
getstate, setstate = _inst.getstate, _inst.setstate

# A child process made by os.fork() must not repeat the parent's numbers.
posix.register_at_fork(after_in_child=_inst.seed)
