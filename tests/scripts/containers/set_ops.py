# set and frozenset: iteration order (CPython's hash table), algebra, errors.
s = set()
for i in range(0, 200, 7):
    s.add(i)
for i in range(0, 200, 21):
    s.discard(i)
print(s)
print(set(range(20, 0, -3)), set([2**40, 3, 2**33, -1, -5]))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
print(a | b)
print(a & b, a - b, a ^ b)
print(a.union([100, 1]), a.intersection(range(10), b), a.difference(b, [4]))
c = set(a)
c.symmetric_difference_update(range(5))
print(c, c.pop(), c.pop(), c)
print(a <= a | b, a < a, frozenset(a) == a, a.isdisjoint({1, 3}))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), frozenset([1]), frozenset())
print({frozenset({1, 2}): "x"}[frozenset([2, 1])])
print({x % 5 for x in range(100)}, set("a"), set())

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {[]})
show(lambda: {1} | [2])
def grow():
    t = {1, 2}
    for x in t:
        t.add(x + 10)
show(grow)
class S(set):
    pass
print(S([3, 1]), S(), repr(frozenset({5})))
