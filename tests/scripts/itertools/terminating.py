# itertools: accumulate, batched, compress, dropwhile, takewhile, filterfalse, groupby,
# pairwise, starmap, tee, zip_longest.
from itertools import (accumulate, compress, dropwhile, takewhile, filterfalse,
                       groupby, pairwise, starmap, tee, zip_longest)
import operator
import itertools

# batched is new in 3.12; under an older CPython (which produces the expected output) the
# documented equivalent stands in, so both print the same.
try:
    from itertools import batched
except ImportError:
    def batched(iterable, n):
        if n < 1:
            raise ValueError('n must be at least one')
        it = iter(iterable)
        while batch := tuple(itertools.islice(it, n)):
            yield batch

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([])), list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], func=operator.sub, initial=10)))

print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched(range(4), 2)))
try:
    list(batched('abc', 0))
except ValueError as e:
    print('ValueError:', e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))

for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for key, group in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in group])
# Groups share the input: moving on empties the previous group.
groups = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
gb = groupby([1, 1, 2])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})

print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 2], [4, 3]])))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee([1], 5)))
t1, t2 = tee(range(3))
t3, t4 = tee(t1)
print(list(t3), list(t4), list(t2))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError:', e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()), list(zip_longest([])))
try:
    zip_longest(1)
except TypeError as e:
    print('TypeError:', e)
