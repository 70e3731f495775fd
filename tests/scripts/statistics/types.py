# The type of a result follows the data (int, bool, float, Fraction and their subclasses).
import statistics as st
from fractions import Fraction


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyFraction(Fraction):
    pass


class Ratio:
    # Not a registered number, but it can say what ratio it is.
    def __init__(self, n, d):
        self.n, self.d = n, d

    def as_integer_ratio(self):
        return (self.n, self.d)


class HasParts:
    numerator = 3
    denominator = 4


sets = [[MyInt(1), MyInt(3)], [MyInt(1), 2], [1, MyInt(2)], [MyFloat(1.5), 2.5], [2.5, MyFloat(1.5)],
        [MyFloat(1.5), MyInt(2)], [MyFraction(1, 2), Fraction(1, 3)], [Fraction(1, 3), MyFraction(1, 2)],
        [MyFraction(1, 2), 1.5], [MyFloat(0.5), Fraction(1, 4)], [MyFloat(0.5), MyFraction(1, 4)],
        [True, MyInt(2)], [MyInt(2), True], [False, False, 4], [Fraction(3), 5],
        [1.5, Ratio(1, 2)], [Ratio(1, 2), Ratio(3, 2)], [HasParts(), 1], [Fraction(1, 2), MyInt(1)]]
for d in sets:
    for name in ['mean', 'variance', 'pvariance', 'median', 'harmonic_mean']:
        try:
            r = getattr(st, name)(d)
        except Exception as e:
            print(name, type(e).__name__, e)
        else:
            print(name, type(r).__name__, r)
print(st.variance([1, 2, 3, 4], 2), st.variance([1, 2, 3, 4], Fraction(5, 2)), st.pvariance([1.5, 2.5], 2))
print(st.mean(iter([1, 2, 3])), st.variance(x for x in [1, 2, 4]), st.median(iter([3, 1, 2])))
print(st.mean(range(10**6, 10**6 + 5)), st.mean([10**30, 1]), st.variance([10**20, 10**20 + 2]))
print(st.mean([1e308, 1e308]), st.mean([1e-320, 3e-320]), st.stdev([1e308, -1e308]), st.pstdev([5e-324, 0]))
print(st.mean([0.1] * 10), st.fmean([0.1] * 10), sum([0.1] * 10) / 10)
print(st.harmonic_mean([1, 2], weights=iter([3, 4])), st.harmonic_mean([2.5]), st.harmonic_mean([0, 5], [1, 2]))
for bad in [lambda: st.harmonic_mean(['a']), lambda: st.harmonic_mean([-1.5]), lambda: st.mean([1.0, 'a']),
            lambda: st.fmean(['a']), lambda: st.median_grouped([None]), lambda: st.median_grouped([[1]]),
            lambda: st.median_grouped([1, 2], interval=None), lambda: st.geometric_mean(['a'])]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.LinearRegression(1, 2), st.LinearRegression._fields)
print(sorted(st.__all__))
