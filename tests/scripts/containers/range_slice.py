# range and slice.
r = range(3, 20, 4)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, r.index(11), r.count(3))
print(range(10)[::3], range(0), range(5, 0, -2), list(range(5, 0, -2)), reversed(range(3)).__class__.__name__)
big = range(10**20)
print(big[10**19], big[-1], big[::10**19], 10**19 in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
s = slice(1, None)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3][s], "abcdef"[slice(None, None, 2)])
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: slice(1, 2, 0).indices(3), lambda: [1][::0]):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
total = 0
for i in range(1000):
    total += i
print(total, sum(range(2**62, 2**62 + 3)))
