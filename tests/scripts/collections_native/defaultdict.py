# _collections.defaultdict: a dict subclass whose __missing__ calls default_factory.
from _collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, dict(d), len(d), isinstance(d, dict), type(d).__name__, defaultdict.__module__)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts['zzz'], 'zzz' in counts, counts.get('yyy'), 'yyy' in counts)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: 'x', a=1)['zz'], defaultdict(str, [(1, 'one')]))
n = defaultdict()
try:
    n['missing']
except KeyError as e:
    print('KeyError:', e)
print(d.default_factory, counts.default_factory, n.default_factory)
n.default_factory = set
n['s'].add(1)
print(n, n.default_factory)
print(d.__missing__('new'), d['new'], 'new' in d)

nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
nested['x']['z'] -= 1
print({k: dict(v) for k, v in nested.items()})

c = counts.copy()
print(type(c).__name__, c.default_factory, c == counts, c is counts)
cc = d.__copy__()
d['a'].append(99)
d['only_in_d'] = 0
print(cc['a'], 'only_in_d' in cc, type(cc).__name__, cc.default_factory)
print(defaultdict(int, {1: 2}) == {1: 2}, {1: 2} == defaultdict(int, {1: 2}))
u = defaultdict(list, a=[1]) | {'b': [2]}
print(u, type(u).__name__, u.default_factory)
u2 = {'z': 0} | defaultdict(int, a=1)
print(u2, type(u2).__name__)
u |= {'c': 3}
print(u, type(u).__name__)

rec = defaultdict(list)
rec['me'] = rec
print(rec)
class Sub(defaultdict):
    def extra(self):
        return len(self)
s = Sub(int, k=1)
s['q'] += 2
print(s, s.extra(), isinstance(s, defaultdict), repr(Sub()))
class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
print(Missing(list)['ab'])
print(d.__reduce__()[:2], defaultdict().__reduce__()[:2])

for bad in [lambda: defaultdict(1), lambda: defaultdict(list, 1), lambda: defaultdict(list, {}, {}),
            lambda: hash(defaultdict())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
