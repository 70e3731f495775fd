# Constructor examples of the documentation, int subclasses, and mixing with other numbers.
from fractions import Fraction as F
import math, operator
print(F(16, -10), F(123), F(), F('3/7'), F(' -3/7 '), F('1.414213 \t\n'), F('-.125'), F('7e-6'), F(2.25), F(1.1))
print(F('3.1415926535897932').limit_denominator(1000), F(1.1).limit_denominator(), F(2**53 + 1, 2**53) < 1 + 2**-52)
class MyInt(int): pass
print(F(MyInt(7)), F(MyInt(6), MyInt(4)), F(1, 2) < MyInt(1), MyInt(1) > F(1, 2), F(2) == MyInt(2), F(1,2) + MyInt(1), MyInt(1) - F(1, 2))
print(F(1, 3) == F(1, 3) + 0j, max(F(1, 3), 0.3, 1 // 3), sorted([F(1, 3), 0.3, 0, True]), sum([F(1, 3)] * 3), F(3, 4) ** 0.5)
try: operator.index(F(4, 2))
except TypeError as e: print(e)
print(F(10**20 + 1, 10**20) ** 3 - 1 > 0, float(F(1, 3) ** 40), math.isclose(F(1, 3), 1 / 3))
