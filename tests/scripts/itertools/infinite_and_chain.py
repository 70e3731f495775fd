# itertools: count, cycle, repeat (with reprs), chain, chain.from_iterable, islice.
from itertools import count, cycle, repeat, chain, islice
import itertools

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)), repr(count(2.5, 0.5)), repr(count(3, 1)))
c2 = count(1, -1)
print([next(c2) for _ in range(3)], repr(c2))
print(list(zip('abc', count(1))))
try:
    count('a')
except TypeError as e:
    print('TypeError:', e)

print(list(islice(cycle('AB'), 5)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)))
r = repeat(7, 2)
print(repr(r), next(r), repr(r), repr(repeat(None)))
print(list(map(pow, range(4), repeat(2))))
print(list(islice(repeat('z'), 2)))

print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(chain.from_iterable(repeat([1], 3))))
ch = chain([1], [2])
print(iter(ch) is ch, next(ch), next(ch))
try:
    next(ch)
except StopIteration:
    print('exhausted')
bad = chain([1], 5)
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print('TypeError:', e)

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)))
print(list(islice('AB', 5, 10)), list(islice('ABC', None)), list(islice('ABC', None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
for args in [(-1,), (1, -1), (0, 1, 0), ('a',), (1, 2, -1)]:
    try:
        islice([], *args)
    except ValueError as e:
        print('ValueError:', e)
print(sorted(n for n in dir(itertools) if not n.startswith('_') and n != 'batched'))
