# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, repr.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8), Counter([1, 1, 2]))
c.update('aaz')
c.update({'b': 10})
c.update(q=1)
print(c)
c.subtract('aaaaaaaaa')
c.subtract({'b': 2}, )
c.subtract(r=5)
print(c)
print(+c, -c)
del c['nope']
del c['q']
print(c)

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(b - a)
x = Counter(a=3, b=-1)
x += Counter(b=2, c=0)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5, z=1)
print(x)
x &= Counter(a=2, z=7)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1))
print(Counter(a=1, b=2) > Counter(b=1))
print(Counter('hello') == {'h': 1, 'e': 1, 'l': 2, 'o': 1})
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(Counter('ab').copy(), type(Counter('a').copy()).__name__)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(3))
print(Counter({'a': 1.5, 'b': 0.5}), Counter({'x': 'no'}) if False else '')
print(sorted(Counter('mississippi').items()))
print(isinstance(Counter(), dict))


class MyCounter(Counter):
    pass


print(MyCounter('aab'), MyCounter())
