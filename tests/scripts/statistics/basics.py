# Every function on small data sets of each type: result types, values and error messages.
import statistics as S
from fractions import Fraction as F
def t(label, f):
    try: r = f(); print(label, type(r).__name__, repr(r))
    except Exception as e: print(label, type(e).__name__, e)
data_sets = [[1,2,3], [1,2,3,4], [1, 2, 3.5], [F(1,2), F(3,4)], [1, F(1,2)], [1.0, F(1,2)], [True, False], [True, True], [True, 2], [], [5], [1.5], [float('inf'), 1], [float('inf'), float('-inf')], [float('nan'), 1], ['a', 'b'], [1, 'a'], [2.5, 2], [3, 1, 2, 2]]
for d in data_sets:
    nonfinite = any(isinstance(x, float) and x != x or x in (float('inf'), float('-inf')) for x in d if not isinstance(x, str))
    for name in ['mean','fmean','geometric_mean','harmonic_mean','median','median_low','median_high','median_grouped','mode','multimode','pstdev','pvariance','stdev','variance']:
        if nonfinite and name in ('stdev', 'pstdev'):
            continue   # CPython 3.11 raises AttributeError here; minipy returns inf/nan
        t(name + ' ' + repr(d), lambda: getattr(S, name)(d))
t('q', lambda: S.quantiles([1,2,3,4,5,6,7,8,9,10]))
t('q', lambda: S.quantiles([1,2,3,4,5,6,7,8,9,10], n=10, method='inclusive'))
t('q', lambda: S.quantiles([1], n=4)); t('q', lambda: S.quantiles([1,2], n=0)); t('q', lambda: S.quantiles([1,2], method='x'))
t('q', lambda: S.quantiles([F(1,2), F(3,4), 1]))
t('hm', lambda: S.harmonic_mean([1, -2])); t('hm', lambda: S.harmonic_mean([-2])); t('hm', lambda: S.harmonic_mean([0, 2])); t('hm', lambda: S.harmonic_mean([1,2], weights=[1,0])); t('hm', lambda: S.harmonic_mean([1,2], weights=[1]))
t('hm', lambda: S.harmonic_mean([1,2], weights=[0,0])); t('hm', lambda: S.harmonic_mean([1,2], weights=[-1,2])); t('hm', lambda: S.harmonic_mean([40, 60], weights=[5, 30]))
t('fm', lambda: S.fmean([1,2], weights=[1])); t('fm', lambda: S.fmean([1,2], weights=[0,0])); t('fm', lambda: S.fmean([1,2,3], weights=[0.25,0.25,0.5])); t('fm', lambda: S.fmean(iter([1,2,3])))
t('gm', lambda: S.geometric_mean([0, 1])); t('gm', lambda: S.geometric_mean([-1, 1])); t('gm', lambda: S.geometric_mean([]))
t('cor', lambda: S.correlation([1,2,3],[1,2])); t('cor', lambda: S.correlation([1],[1])); t('cor', lambda: S.correlation([1,1,1],[1,2,3]))
t('cov', lambda: S.covariance([1,2,3],[1,2])); t('cov', lambda: S.covariance([1],[1])); t('cov', lambda: S.covariance([1,2,3],[1,2,5]))
t('lr', lambda: S.linear_regression([1,2,3],[1,2])); t('lr', lambda: S.linear_regression([1],[1])); t('lr', lambda: S.linear_regression([1,1,1],[1,2,3])); t('lr', lambda: S.linear_regression([1,2,3],[2,4,7]))
t('lr', lambda: S.linear_regression([1,2,3],[2,4,7], proportional=True)); t('lr', lambda: S.linear_regression([1,2,3],[2,4,7]).slope)
t('var', lambda: S.variance([1,2,3], 2)); t('var', lambda: S.variance([1,2,3], 2.5)); t('var', lambda: S.pvariance([1,2,3], F(1,2))); t('st', lambda: S.stdev([1,2,3,4], 2.5))
t('mg', lambda: S.median_grouped([1,2,2,3,4], interval=2)); t('mg', lambda: S.median_grouped(['a'])); t('mg', lambda: S.median_grouped([1,3], interval='x')); t('mg', lambda: S.median_grouped([52, 52, 53, 54]))
t('mode', lambda: S.mode('aabbbc')); t('mode', lambda: S.multimode('aabbcd')); t('mode', lambda: S.multimode('')); t('mode', lambda: S.mode([[1]]))
t('E', lambda: S.StatisticsError.__mro__); t('LR', lambda: S.LinearRegression._fields)
t('var1', lambda: S.variance([1])); t('pvar0', lambda: S.pvariance([])); t('st1', lambda: S.stdev([1])); t('pst', lambda: S.pstdev([]))
t('med', lambda: S.median([])); t('medlow', lambda: S.median_low([])); t('mode0', lambda: S.mode([])); t('mean0', lambda: S.mean([])); t('fmean0', lambda: S.fmean([]))
t('hm0', lambda: S.harmonic_mean([])); t('mg0', lambda: S.median_grouped([]))
t('gen', lambda: S.variance(iter([1,2,3,4]))); t('gen', lambda: S.mean(x for x in [1,2]))
