# NormalDist: densities, the AS 241 inverse cdf in all three regions, overlap, arithmetic,
# seeded samples and its error messages, against CPython's digits.
import copy
import random
from statistics import NormalDist, StatisticsError

rng = random.Random(99)
for _ in range(60):
    d = NormalDist(rng.uniform(-100, 100), rng.uniform(0.01, 50))
    x = rng.uniform(-150, 150)
    p = rng.choice([rng.random(), rng.random() ** 8, 1 - rng.random() ** 8, 1e-300 * rng.random(),
                    rng.uniform(0.075, 0.925)])
    e = NormalDist(rng.uniform(-100, 100), rng.choice([d.stdev, rng.uniform(0.01, 50)]))
    print(d, x, p)
    print('  pdf/cdf/z', d.pdf(x), d.cdf(x), d.zscore(x))
    print('  inv_cdf', d.inv_cdf(p) if 0.0 < p < 1.0 else None, NormalDist().inv_cdf(p) if 0.0 < p < 1.0 else None)
    print('  quantiles', d.quantiles(rng.randint(1, 6)))
    print('  overlap', d.overlap(e), e.overlap(d))
    print('  arith', d + e, d - e, d + 3, 3 + d, d - 2.5, 2.5 - d, d * -3, -3 * d, d / 4, -d, +d)
    sample = [rng.gauss(5, 2) for _ in range(rng.randint(2, 20))]
    print('  from_samples', NormalDist.from_samples(sample), NormalDist.from_samples(iter(sample)))

n = NormalDist(100, 15)
print(n.samples(5, seed=42))
print(n.samples(3, seed='abc'), NormalDist(0, 0).samples(2, seed=1))
random.seed(7)
print(n.samples(2))
print(NormalDist(), NormalDist(mu=3), NormalDist(True, 2), repr(NormalDist(1, 2.5)))
print(n.mean, n.median, n.mode, n.stdev, n.variance, n == NormalDist(100, 15), n == 100, n != NormalDist(100, 16))
print(hash(n) == hash(NormalDist(100.0, 15.0)), {n: 1}[NormalDist(100, 15)])
print(copy.copy(n), copy.deepcopy(n), n.__getstate__())
print(NormalDist(1, 2).overlap(NormalDist(1, 2)), NormalDist(0, 1).overlap(NormalDist(0, 2)))
print(NormalDist(0, 1).inv_cdf(0.5), NormalDist(0, 1).cdf(float('inf')), NormalDist().pdf(float('inf')))
print(NormalDist(0, 1).inv_cdf(float('nan')), NormalDist().quantiles(0), NormalDist().quantiles())


class Shifted(NormalDist):
    pass


s = Shifted(1, 2)
print(repr(s), type(s + 1).__name__, type(Shifted.from_samples([1, 2, 3])).__name__, isinstance(s, NormalDist))

zero = NormalDist(3, 0)
for bad in [lambda: NormalDist(0, -1), lambda: zero.pdf(1), lambda: zero.cdf(1),
            lambda: zero.inv_cdf(0.5), lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5),
            lambda: zero.zscore(1), lambda: NormalDist().overlap(zero), lambda: NormalDist().overlap(3),
            lambda: NormalDist('a'), lambda: NormalDist(1, '2'), lambda: NormalDist(1, 2) + 'a',
            lambda: NormalDist(1, 2) < NormalDist(2, 3), lambda: NormalDist(1, 2) * NormalDist(1, 2),
            lambda: NormalDist.from_samples([1]), lambda: NormalDist.from_samples([]),
            lambda: 3 / NormalDist(1, 2), lambda: NormalDist(1, 2) / 0, lambda: NormalDist().samples(2.5)]:
    try:
        print(bad())
    except (StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
