# random: seeded sequences equal CPython's (MT19937, init_by_array seeding, version-2 str seeds).
import random

seeds = [0, 1, 2, 42, 12345, -7, 2**31 - 1, 2**32, 2**40 + 3, 2**100 + 12345, -(2**70),
         'hello', '', 'ünïcödé ✓', b'bytes', b'', bytearray(b'ba'), 3.5, -2.25, 0.0, 1e300, True]
for s in seeds:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(1), random.getrandbits(5),
          random.getrandbits(32), random.getrandbits(33), random.getrandbits(70), random.getrandbits(0))

for s in range(20):
    random.seed(s)
    print(s, [random.randint(1, 6) for _ in range(10)], random.randrange(10**20),
          random.randrange(-50, 50, 3), random.randrange(100, 0, -7))

random.seed(2024)
print([round(random.random(), 12) for _ in range(5)])
print(random.choice('abcdefghij'), random.choice(range(1000)), random.choice([None, 1, 'x']))
print(random.sample(range(100), 10), random.sample(range(10000), 7), random.sample('abcdefgh', 8))
print(random.sample(range(1000000), 30))
print(random.sample(['a', 'b', 'c'], k=3, counts=[3, 2, 1]), random.sample(range(5), 0))
lst = list(range(30))
random.shuffle(lst)
print(lst)
print(random.choices('abc', k=8))
print(random.choices('abc', weights=[1, 5, 10], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
print(random.choices(['x', 'y'], [0.5, 0.25]))
print(random.uniform(1, 5), random.uniform(-3, -1), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(), random.gauss(), random.gauss(3, 2), random.gauss(mu=1, sigma=0.1))
print(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 1))
print(random.expovariate(2), random.expovariate(0.5), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1.5))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(12), random.randbytes(0), random.getrandbits(200))

# getstate / setstate
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])
random.gauss()
st = random.getstate()
print(st[2] is not None, random.gauss() == (random.setstate(st) or random.gauss()))

# Independent instances
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randrange(1000), r2.randrange(1000))
r3 = random.Random('seed string')
print(r3.random(), r3.sample(range(50), 5), r3.choice('xyz'))
print(random.Random(5).getrandbits(64), random.Random(b'\x00').random())
for version in (1, 2):
    random.seed('abc', version=version)
    print('version', version, random.random())
random.seed(b'abc', version=1)
print(random.random())

# Subclasses pick the right _randbelow
class Half(random.Random):
    def random(self):
        return 0.5
print(Half().randrange(10), Half().choice([1, 2, 3]), Half().randint(1, 100))
class Bits(random.Random):
    def getrandbits(self, k):
        return 0
print(Bits(1).randrange(10), Bits(1).random() < 1)

print(isinstance(random.Random(), random.Random), random.Random.VERSION)
sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(5)), sr.getrandbits(8) < 256)
