# random: many seeded draws of every distribution and sampler, the sample() method switch at
# its size threshold, subclasses on random() only or getrandbits() only, state round trips.
import copy
import random

for s in range(6):
    r = random.Random(s)
    print(s, r.gammavariate(0.3, 2), r.gammavariate(1.0, 3), r.gammavariate(7.5, 0.5),
          r.betavariate(0.7, 2.5), r.vonmisesvariate(2.0, 0.5), r.vonmisesvariate(-1, 30),
          r.normalvariate(5, 0.5), r.lognormvariate(1, 0.25), r.gauss(), r.gauss(2, 3),
          r.triangular(1, 3), r.triangular(5, 5, 5), r.triangular(0, 1, 1), r.expovariate(3),
          r.paretovariate(1.5), r.weibullvariate(2, 0.5), r.uniform(10, -10))

r = random.Random(123)
for n, k in [(21, 21), (22, 5), (21, 6), (45, 6), (46, 6), (85, 7), (86, 7), (150, 30),
             (1000, 200), (10, 0)]:
    print(n, k, r.sample(range(n), k))
print(r.sample('abcde', 3, counts=[0, 3, 0, 1, 2]), r.sample(['x', 'y'], 4, counts=[2, 2]))
print([r.randrange(True, 10, 2) for _ in range(5)], r.randint(False, True), r.randrange(7, -7, -3))
print([r.randrange(-10 ** 30, 10 ** 30, 10 ** 29) for _ in range(3)], r.randrange(5, 6))
print(r.choices([1, 2, 3], cum_weights=[0.5, 0.5, 1.0], k=6), r.choices('xyz', k=0))
lst = list('abcdefghij')
r.shuffle(lst)
print(lst)
# (The messages for empty ranges and float arguments differ between 3.11 and 3.12.)
for bad in (lambda: r.randrange(5, None, 1), lambda: r.randrange(5, None, True)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class FloatOnly(random.Random):
    def __init__(self, values):
        self.values = list(values)
        super().__init__(0)

    def random(self):
        return self.values.pop(0)


f = FloatOnly([0.99999999, 0.5, 0.25, 0.75, 0.1, 0.9] * 3)
print(f.randrange(10), f.randrange(3), f.choice('abc'), f.randint(1, 6), f._randbelow is not None)


class BitsOnly(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)

    def getrandbits(self, k):
        self.n += 1
        return (self.n * 7) % (1 << k)


b = BitsOnly()
print([b.randrange(5) for _ in range(6)], b.n)


class Both(FloatOnly, BitsOnly):
    pass


print(Both.__mro__[1].__name__, Both._randbelow is FloatOnly._randbelow)

r = random.Random('state')
saved = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(saved)
print(a == [r.random() for _ in range(3)])
old = (2, tuple(w - 2 ** 32 if w > 2 ** 31 else w for w in saved[1]), None)
r.setstate(old)
print(a == [r.random() for _ in range(3)])
c = copy.deepcopy(r)
print(c.random() == r.random(), type(c).__name__)
print(random.Random(2.5).random(), random.Random(-3).random() == random.Random(3).random())
print(random.Random(b'ab').random() == random.Random(bytearray(b'ab')).random())
for version in (1, 2):
    print(version, [random.Random().seed(s, version=version) or 0 for s in ('', 'a')])
    rv = random.Random()
    rv.seed(b'\xff\x00', version=version)
    print(rv.random())
