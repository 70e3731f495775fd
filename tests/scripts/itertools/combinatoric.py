# itertools: product (repeat=), permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1], repeat=2)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
try:
    product('a', repeat=-1)
except ValueError as e:
    print('ValueError:', e)

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('AB', 3)), list(permutations([], 0)), list(permutations('AB', 0)))
print(len(list(permutations(range(6)))))

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations([], 0)))
try:
    combinations('ab', -1)
except ValueError as e:
    print('ValueError:', e)
try:
    combinations('ab')
except TypeError as e:
    print('TypeError:', e)

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement('A', 3)))

# A classic: all anagrams, deduplicated, sorted.
print(sorted(set(''.join(p) for p in permutations('abca'))))
# Count subsets summing to a target.
nums = [1, 2, 3, 4, 5, 6]
print(sum(1 for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == 10))
