# collections.deque and defaultdict (the native _collections module, or its stand-ins).
from collections import deque, defaultdict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(2), d.index('a'), 2 in d, list(reversed(d)))
d.remove('a')
d.insert(1, 'ins')
d[0] = 'first'
del d[2]
print(d)
d.reverse()
print(d, d.copy(), bool(d), bool(deque()))
d.clear()
print(d)
for exc_test in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        exc_test()
    except IndexError as e:
        print('IndexError:', e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print('ValueError')

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend([10, 11])
print(last3, deque('abc', 0), deque(maxlen=2))
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]))
print(deque([1, 2]) * 2, list(deque(range(5))), deque([[1], (2,)]))
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print('RuntimeError:', e)

# A sliding window.
def moving_sum(seq, n):
    win = deque(maxlen=n)
    out = []
    for x in seq:
        win.append(x)
        if len(win) == n:
            out.append(sum(win))
    return out


print(moving_sum([1, 2, 3, 4, 5, 6], 3))

words = defaultdict(list)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    words[w[0]].append(w)
print(words, dict(words), words.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts['z'], 'q' in counts, len(counts))
nd = defaultdict(None, a=1)
print(nd)
try:
    nd['missing']
except KeyError as e:
    print('KeyError:', e)
print(defaultdict(), defaultdict(set).copy(), defaultdict(lambda: 'x')['k'])
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), type(t['a']).__name__)
print(defaultdict(int, {'a': 1}) | {'b': 2}, isinstance(counts, dict))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
print(counts.get('zz'), 'zz' in counts)
