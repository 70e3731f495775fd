# Examples in the style of the library documentation, checked against CPython.
from statistics import *
from fractions import Fraction as F
print(mean([-1.0, 2.5, 3.25, 5.75]), mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(fmean([3.5, 4.0, 5.25]), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(round(geometric_mean([54, 24, 36]), 1), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), multimode('aabbbbccddddeeffffgg'))
print(pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print([round(q, 1) for q in quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, x[::-1]), linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]))
temperature_feb = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temperature_feb, temperature_feb.cdf(3), temperature_feb.quantiles(), NormalDist(60, 15).inv_cdf(0.9))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), (temperature_feb - 32) * 5 / 9, temperature_feb * (9/5) + 32)
