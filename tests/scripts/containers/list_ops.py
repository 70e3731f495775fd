# list: indexing, slicing, slice assignment, methods, sort (stability, keys, errors), iteration.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = list(range(10))
print(l[2:5], l[::3], l[::-2], l[-3:], l[100:], l[5:2])
l[1:3] = "abc"
print(l)
l[::4] = [None] * len(l[::4])
print(l)
del l[::2]
print(l)
show(lambda: l.__setitem__(slice(None, None, 2), [1]))
show(lambda: [][0])
show(lambda: [].pop())
show(lambda: [1].remove(2))
show(lambda: [1, 2].index(5))
show(lambda: [1] + (2,))
show(lambda: [1] * "a")

people = [("bob", 3), ("al", 1), ("cy", 3), ("di", 2), ("ed", 1)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)

class Boom:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        if self.n == 3 or other.n == 3:
            raise ValueError("cannot compare 3")
        return self.n < other.n
    def __repr__(self):
        return "Boom(%d)" % self.n

items = [Boom(n) for n in [5, 1, 4, 3, 2]]
show(lambda: items.sort())
print(sorted(b.n for b in items))

l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
show(lambda: l.sort(key=key))
print(l)

nested = [1, 2]
nested.append(nested)
print(nested, nested == nested)
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x * 10)
print(a)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(reversed([1, 2, 3])), [1, 2] * 2, 2 * [0], [[]] * 2)
l = [1]
l += (2, 3)
l *= 2
print(l, l.count(2), l.index(3), l.index(3, 3))
