"""statistics: averages, spread, quantiles, correlation and the normal distribution.

Two kinds of arithmetic are used, on purpose.

* Exact.  mean, variance, stdev and their population versions first turn every value into an
  exact ratio (x.as_integer_ratio()), add those ratios without any rounding and round once at
  the end.  So mean([1, 2, 3.5]) is the float nearest 13/6, whatever the order of the data,
  and variance never loses digits to cancellation.  Ratios are added in buckets keyed by
  their denominator (for floats these are powers of two, so there are few buckets and the
  additions are plain int additions); the buckets are combined into one Fraction at the end.
  stdev takes a correctly rounded square root of the exact variance (_sqrt_of_ratio).

* Floating.  fmean, geometric_mean, correlation, covariance and linear_regression work in
  floats, with math.fsum for the sums (Shewchuk's exactly rounded summation), trading a
  little accuracy for speed.

The type of a result follows the data: ints give an int when the exact answer is whole (else
a float), Fractions give a Fraction, and any float makes it a float (_common_type, _convert).
Infinities and NaNs cannot be ratios; they are summed as floats on the side and decide the
result on their own.

NormalDist is a small value type for N(mu, sigma**2): its inverse cdf is Wichura's
algorithm AS 241 (Applied Statistics 37(3), 1988), accurate to about 1e-16.
"""

import math
import random
from bisect import bisect_left, bisect_right
from collections import namedtuple
from fractions import Fraction
import numbers

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# -- exact sums ---------------------------------------------------------------------------

def _ratio(x):
    # (numerator, denominator) with x == numerator / denominator exactly; (x, None) for an
    # infinity or a NaN, which have no ratio.
    as_ratio = getattr(x, 'as_integer_ratio', None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            return (x, None)
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return (x.numerator, x.denominator)
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _common_type(T, S):
    """The type a result should have when values of types T and S are combined.

    ints (and bools) give way to anything; between two related types the more derived one
    wins; between an int subclass and anything else, the other; Fraction and float give
    float."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    floats = [U for U in (T, S) if issubclass(U, float)]
    if floats and any(issubclass(U, Fraction) for U in (T, S)):
        return floats[0]
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


class _ExactSum:
    """Adds numbers without rounding: ratios go to buckets keyed by denominator, infinities
    and NaNs are added as floats on the side.  Also tracks the result type and a count, and,
    with squares=True, the sum of the squared values."""

    def __init__(self, squares=False):
        self.type = int
        self.count = 0
        self.buckets = {}        # denominator -> sum of numerators
        self.square_buckets = {} if squares else None   # denominator -> sum of numerator**2
        self.nonfinite = None    # float sum of the infinities and NaNs seen

    def add_all(self, values):
        last_type = None
        buckets = self.buckets
        squares = self.square_buckets
        for x in values:
            n, d = _ratio(x)
            if type(x) is not last_type:
                last_type = type(x)
                self.type = _common_type(self.type, last_type)
            self.count += 1
            if d is None:
                self.nonfinite = n if self.nonfinite is None else self.nonfinite + n
                continue
            buckets[d] = buckets.get(d, 0) + n
            if squares is not None:
                squares[d] = squares.get(d, 0) + n * n
        return self

    def total(self):
        if self.nonfinite is not None:
            return self.nonfinite
        return sum(Fraction(n, d) for d, n in self.buckets.items())

    def total_of_squares(self):
        return sum(Fraction(n, d * d) for d, n in self.square_buckets.items())


def _convert(value, T):
    # An exact result (a Fraction, or a float for the non-finite cases) as type T; an int
    # type that cannot hold the value gives a float.
    if type(value) is not T:
        if issubclass(T, int) and value.denominator != 1:
            T = float
        value = T(value)
    return value


def _as_list(data):
    return list(data) if iter(data) is data else data


def _squared_deviations(data, center):
    """(T, exact sum of squared deviations, n).  Without a center, it is the deviation from
    the exact mean: sum(x*x) - sum(x)**2 / n, from one pass.  With a center c, the squares
    (x - c)**2 are computed in the data's own arithmetic and then added exactly."""
    if center is not None:
        acc = _ExactSum().add_all(d * d for d in (x - center for x in data))
        return acc.type, acc.total(), acc.count
    acc = _ExactSum(squares=True).add_all(data)
    n = acc.count
    if acc.nonfinite is not None:
        return acc.type, acc.nonfinite, n
    if n == 0:
        return acc.type, Fraction(0), 0
    sx = acc.total()
    return acc.type, acc.total_of_squares() - sx * sx / n, n


def _sqrt_of_ratio(n, d):
    """The float nearest sqrt(n / d) for ints n >= 0, d > 0 (correctly rounded).

    q = isqrt(n * 4**k // d) is sqrt(n/d) * 2**k rounded down, with k chosen so that q has at
    least 55 bits.  If the root was not exact, q's last bit is set ("round to odd"): a value
    strictly between two integers then rounds to 53 bits exactly as the true root does,
    because the halfway points of that rounding are even integers.  q / 2**k is a single
    correctly rounded int division."""
    if n == 0:
        return 0.0
    k = max(0, 58 - (n.bit_length() - d.bit_length()) // 2)
    scaled = n << (2 * k)
    q = math.isqrt(scaled // d)
    if q * q * d != scaled:
        q |= 1
    return q / (1 << k)


def _root_of_exact(value):
    # stdev's square root of an exact variance (or of a float for the non-finite cases).
    if isinstance(value, float):
        return math.sqrt(value) if value >= 0 else math.nan
    value = Fraction(value)
    return _sqrt_of_ratio(value.numerator, value.denominator)


# -- averages -----------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean, computed exactly and rounded once: mean([1, 2, 3.5]) is the
    float nearest 13/6.  The result has the data's type (a whole int mean stays an int)."""
    acc = _ExactSum().add_all(data)
    if acc.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(acc.total() / acc.count, acc.type)


def fmean(data, weights=None):
    """The mean as a float, with optional weights: fsum(x * w) / fsum(w).  Faster than
    mean() and always a float."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        m = len(weights)
    except TypeError:
        weights = list(weights)
        m = len(weights)
    weighted = math.fsum(x * w for x, w in zip(data, weights))
    if n != m:
        raise StatisticsError('data and weights must be the same length')
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    """exp of the mean of the logs, as a float; the data must be positive."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


_NEGATIVE_HARMONIC = 'harmonic mean does not support negative values'


def _refuse_negative(values):
    for x in values:
        if x < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        yield x


def harmonic_mean(data, weights=None):
    """sum(weights) / sum(w / x): the reciprocal of the mean reciprocal.  Negative values are
    refused; a zero value makes the result 0."""
    data = _as_list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, numbers.Real):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(_NEGATIVE_HARMONIC)
        return x
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _ExactSum().add_all(_refuse_negative(weights)).total()
    try:
        acc = _ExactSum().add_all(w / x if w else 0
                                  for w, x in zip(weights, _refuse_negative(data)))
    except ZeroDivisionError:
        return 0
    total = acc.total()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / total, acc.type)


# -- medians and modes --------------------------------------------------------------------

def median(data):
    """The middle value of the sorted data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values: always a data point."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    """The middle value, or the higher of the two middle values: always a data point."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of data grouped in classes of width `interval` centred on the values, by
    interpolation inside the median class:

        L + interval * (n/2 - cf) / f

    L is the lower limit of the class holding the middle value, cf the number of values
    below that class and f the number inside it."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    middle = data[n // 2]
    below = bisect_left(data, middle)
    inside = bisect_right(data, middle, below) - below
    try:
        interval = float(interval)
        lower_limit = float(middle) - interval / 2
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    return lower_limit + interval * (n / 2 - below) / inside


def _tally(data):
    # value -> how often it occurs, in order of first occurrence.
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen, when several are equally common)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    top = max(counts.values())
    for value, count in counts.items():
        if count == top:
            return value


def multimode(data):
    """All the most common values, in order of first occurrence ([] for no data)."""
    counts = _tally(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


# -- spread -------------------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance: the exact sum of squared deviations over n - 1, rounded once.
    xbar, when given, is used as the centre instead of the mean."""
    T, ss, n = _squared_deviations(_as_list(data), xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance: the exact sum of squared deviations over n."""
    T, ss, n = _squared_deviations(_as_list(data), mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded square root of the exact variance,
    as a float."""
    T, ss, n = _squared_deviations(_as_list(data), xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of_exact(ss / (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded, as a float."""
    T, ss, n = _squared_deviations(_as_list(data), mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of_exact(ss / n)


# -- quantiles ----------------------------------------------------------------------------

def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n groups of equal probability.

    The sorted data x[0..m-1] are taken as points of the distribution at positions
    p = (i + 1) / (m + 1) ('exclusive', Hyndman and Fan's definition 6: the data are a
    sample, the true range extends beyond them) or p = i / (m - 1) ('inclusive', definition
    7: the data include the extremes); cut k/n is interpolated linearly between the two
    neighbouring points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    m = len(data)
    if m < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        # Cut k sits at index k*(m-1)/n: whole part j, remainder r (in n-ths).
        for k in range(1, n):
            j, r = divmod(k * (m - 1), n)
            cuts.append((data[j] * (n - r) + data[j + 1] * r) / n)
        return cuts
    if method == 'exclusive':
        # Cut k sits at 1-based position k*(m+1)/n, clamped to the inner points.
        for k in range(1, n):
            j = min(max(k * (m + 1) // n, 1), m - 1)
            r = k * (m + 1) - j * n
            cuts.append((data[j - 1] * (n - r) + data[j] * r) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# -- two variables ------------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    """Sample covariance of two equally long sequences: sum((x - xbar)(y - ybar)) / (n - 1)."""
    n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient, between -1 and +1."""
    n = _paired(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least squares fit y = slope * x + intercept.  With proportional=True the
    line goes through the origin (intercept 0.0)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        dx = [a - xbar for a in x]
        dy = [b - ybar for b in y]
    sxy = math.fsum(a * b for a, b in zip(dx, dy))
    sxx = math.fsum(a * a for a in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution --------------------------------------------------------------

def _horner(coefficients, x):
    # coefficients from the highest power down: ((c0 * x + c1) * x + c2) ...
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * x + c
    return acc


# AS 241 (PPND16): rational approximations of the standard normal quantile in three
# regions.  Each pair is (numerator, denominator) coefficients, highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR_TAIL = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _standard_normal_quantile(p):
    # z with P(Z <= z) = p for the standard normal Z (Wichura's AS 241).
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        return q * _horner(top, r) / _horner(bottom, r)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        top, bottom = _AS241_NEAR_TAIL
    else:
        r -= 5.0
        top, bottom = _AS241_FAR_TAIL
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable: NormalDist(mu, sigma).

    It behaves as a value: arithmetic with a constant shifts or scales it, and adding or
    subtracting two independent NormalDists combines their variances."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist with the sample mean and sample standard deviation of data, both
        computed exactly and rounded once."""
        data = data if isinstance(data, (list, tuple)) else list(data)
        sigma = stdev(data)      # first: its message covers the too-short cases
        return cls(mean(data), sigma)

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with a seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with P(X <= x) = p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area shared by the two density curves.

        Where the variances differ the curves cross at two points x1, x2 (the roots of
        pdf1 = pdf2), and the shared area is 1 - |F2(x1) - F1(x1)| - |F2(x2) - F1(x2)|
        (Inman and Bradley, 1989)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * a._sigma * _SQRT2))
        centre = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(vb / va))
        x1 = (centre + spread) / dv
        x2 = (centre - spread) / dv
        return 1.0 - (math.fabs(b.cdf(x1) - a.cdf(x1)) + math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean of the distribution.')
    median = property(lambda self: self._mu, doc='Median of the distribution.')
    mode = property(lambda self: self._mu, doc='Mode (most likely value) of the distribution.')
    stdev = property(lambda self: self._sigma, doc='Standard deviation of the distribution.')
    variance = property(lambda self: self._sigma * self._sigma,
                        doc='Variance (the square of the standard deviation).')

    # Arithmetic.  Constants shift (+ -) or scale (* /) the variable; two NormalDists are
    # taken as independent, so their variances add: sigma = hypot(sigma1, sigma2).
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        # other - X == -(X - other)
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
