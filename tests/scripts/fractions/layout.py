# Fraction has no instance __dict__ (slots all the way up the numbers tower); class layouts.
from fractions import Fraction as F
import statistics, numbers
print(hasattr(F(1, 2), '__dict__'))
try:
    F(1, 2).x = 1
except AttributeError as e: print('AttributeError')
print(F.__mro__)
print(statistics.NormalDist.__mro__, numbers.Integral.__mro__)
