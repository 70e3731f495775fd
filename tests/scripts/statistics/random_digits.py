# Random data sets of floats, ints and Fractions; every result must carry CPython's digits
# (the exact means and variances are rounded once, the square roots correctly).
import random
import statistics as st
from fractions import Fraction

rng = random.Random(31337)


def dataset():
    n = rng.randint(2, 12)
    kind = rng.random()
    if kind < 0.4:
        return [rng.uniform(-1000, 1000) for _ in range(n)]
    if kind < 0.55:
        return [rng.gauss(1e6, 1e-3) for _ in range(n)]      # cancellation-prone
    if kind < 0.75:
        return [rng.randint(-50, 50) for _ in range(n)]
    if kind < 0.85:
        return [Fraction(rng.randint(-20, 20), rng.randint(1, 9)) for _ in range(n)]
    return [rng.choice([rng.randint(0, 9), rng.random() * 10]) for _ in range(n)]


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, r)


for _ in range(120):
    d = dataset()
    positive = [abs(x) + 1 for x in d]
    weights = [rng.randint(0, 5) for _ in d]
    other = [rng.uniform(-10, 10) + 0.5 * float(x) for x in d]
    centre = rng.choice([None, d[0], 0.5, 3])
    show('mean', lambda: st.mean(d))
    show('fmean', lambda: (st.fmean(d), st.fmean(d, weights) if sum(weights) else None))
    show('geometric', lambda: st.geometric_mean(positive))
    show('harmonic', lambda: (st.harmonic_mean(positive), st.harmonic_mean(positive, weights)))
    show('median', lambda: (st.median(d), st.median_low(d), st.median_high(d)))
    show('grouped', lambda: (st.median_grouped(d), st.median_grouped(d, interval=rng.choice([0.5, 2, 3]))))
    show('variance', lambda: (st.variance(d), st.pvariance(d)))
    show('stdev', lambda: (st.stdev(d), st.pstdev(d)))
    show('centred', lambda: (st.variance(d, centre), st.pvariance(d, centre), st.stdev(d, centre), st.pstdev(d, centre)))
    show('quantiles', lambda: st.quantiles(d, n=rng.randint(1, 11)))
    show('quantiles_inc', lambda: st.quantiles(d, n=rng.randint(1, 11), method='inclusive'))
    show('covariance', lambda: st.covariance(d, other))
    show('correlation', lambda: st.correlation(d, other))
    show('regression', lambda: st.linear_regression(d, other))
    show('proportional', lambda: st.linear_regression(other, d, proportional=True))
    show('mode', lambda: (st.mode([round(float(x)) % 4 for x in d]), st.multimode([round(float(x)) % 3 for x in d])))
