# _collections.deque: both ends, maxlen, rotate, the sequence protocol, iteration, errors.
from _collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen, type(d).__name__, deque.__module__, repr(deque))
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[4], d[-5])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.extend(d)
print(d, len(d))

# growing and shrinking through many operations keeps the order
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.appendleft(-i)
print(len(big), big[0], big[-1], big[500], sum(big))
while len(big) > 5:
    big.pop()
    if len(big) > 5:
        big.popleft()
print(big)

# maxlen
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31, 32, 33])
print(b)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, deque('abc', 2), deque(maxlen=None), deque([], 5))
try:
    deque([1, 2], maxlen=2).insert(0, 9)
except IndexError as e:
    print('IndexError:', e)

# rotate
r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(700)
print(r)
r.rotate(-701)
print(r)
full = deque(range(8))     # a full ring buffer rotates by moving its head
full.rotate(3)
print(full, full[0], full[7])
full.rotate(-11)
print(full)
deque().rotate(5)
one = deque([1]); one.rotate(3); print(one)

# sequence protocol
s = deque('abcdefg')
s[2] = 'C'
s[-1] = 'G'
del s[0]
del s[-2]
print(s, 'C' in s, 'z' in s, s.index('d'), s.index('d', 1, 5), s.count('b'), deque([1, 1, 2]).count(1))
s.insert(0, 'start')
s.insert(100, 'end')
s.insert(-1, 'pre-end')
s.insert(2, 'mid')
s.insert(-100, 'first')
print(s)
s.remove('mid')
print(s)
s.reverse()
print(s, list(reversed(s)))
c = s.copy()
c.clear()
print(c, len(s), type(s.copy()).__name__)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque('ab'), deque('ab') * 0, deque('xy', 3) * 2)
i = deque([1])
i += [2, 3]
i *= 2
print(i)
i *= 0
print(i)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]),
      deque([1, 2, 3]) > deque([1, 2]), deque([1]) <= deque([1]), deque([1, 2]) == [1, 2], deque() == deque())
print(deque([1], maxlen=5) == deque([1]))

# iteration
it = iter(deque([1, 2, 3]))
print(next(it), list(it), list(it))
print(list(reversed(deque('abc'))), [x * 2 for x in deque([1, 2, 3])], sorted(deque([3, 1, 2])))
m = deque([1, 2, 3])
it = iter(m)
next(it)
m.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    for x in m:
        m.appendleft(0)
except RuntimeError as e:
    print('RuntimeError:', e)
print(iter(deque([1, 2, 3])).__length_hint__())

# recursive repr, subclasses
rec = deque([1])
rec.append(rec)
print(rec)
class MyDeque(deque):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = 'mine'
md = MyDeque([1, 2], 5)
print(md, md.tag, isinstance(md, deque), md.maxlen, type(md.copy()).__name__, md.copy(), type(md + md).__name__)
print(MyDeque('ab') * 2, type(MyDeque('ab') * 2).__name__)
dd = deque([1, 2, 3])
dd.__init__([9], maxlen=4)
print(dd)

orig = deque([[1], [2]], maxlen=5)
shallow = orig.__copy__()
orig[0].append('x')
print(shallow, shallow.maxlen, shallow is orig)
cls, args, state, items = orig.__reduce__()
print(cls.__name__, args, state, list(items))

errors = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
    lambda: deque([1]).remove(9), lambda: deque([1]).index(9), lambda: deque(maxlen=-1),
    lambda: deque([1]) < [1], lambda: deque([1]) + [1], lambda: deque([1])['a'], lambda: deque([1])[0:1],
    lambda: hash(deque()), lambda: deque(1), lambda: deque([], 'a'), lambda: deque([1]).rotate('x'),
    lambda: deque([1]).index(1, 'a'), lambda: deque([1]) * 'a', lambda: deque([1]).__setitem__(3, 0),
    lambda: deque([1]).__delitem__(3), lambda: deque([1], 2, 3), lambda: deque(foo=1),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Bad:
    def __eq__(self, other):
        victim.clear()
        return False
victim = deque([Bad(), Bad()])
for op in (lambda: victim.count(1), lambda: victim.index(1), lambda: victim.remove(1), lambda: 1 in victim):
    victim.extend([Bad(), Bad()])
    try:
        print(op())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
