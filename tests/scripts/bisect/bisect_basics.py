# bisect: bisect_left/right, insort_left/right, lo/hi bounds, key=.
import bisect

a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 4, 5, 10, 11]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 100, hi=2))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError:', e)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

lst = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(lst, x)
print(lst)
lst2 = [1, 1.0]
bisect.insort_left(lst2, 1.0 * 1)
bisect.insort_right(lst2, True)
print(lst2)

records = [('ann', 21), ('bob', 25), ('cy', 30)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]))
bisect.insort(records, ('dee', 27), key=lambda r: r[1])
bisect.insort_left(records, ('eve', 21), key=lambda r: r[1])
print(records)
print(bisect.bisect_right(['apple', 'fig', 'kiwi'], 4, key=len))

# lo/hi windows with key=, objects that define only __lt__, and the comparison order.
calls = []


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v


items = [OnlyLt(v) for v in [1, 3, 3, 5, 7]]
print(bisect.bisect_left(items, OnlyLt(3)), bisect.bisect_right(items, OnlyLt(3)))
print(calls)
calls.clear()
bisect.insort(items, OnlyLt(4))
print([i.v for i in items], calls)
words = ['a', 'bb', 'cc', 'ddd', 'eeee']
print([bisect.bisect_left(words, n, key=len) for n in range(6)])
print([bisect.bisect_right(words, n, 1, 4, key=len) for n in range(6)])
print(bisect.bisect_left(words, 2, hi=2, key=len), bisect.bisect_right(words, 9, lo=5, key=len))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect_left([1], 1, 1, 0))
try:
    bisect.insort_right([], 1, lo=-2)
except ValueError as e:
    print('ValueError:', e)
