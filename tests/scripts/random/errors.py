# random: errors raised for bad arguments (messages shared by CPython 3.11 and 3.12).
import random

cases = [
    lambda: random.choice([]),
    lambda: random.choice(''),
    lambda: random.sample(range(3), 4),
    lambda: random.sample(range(3), -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample({'a': 1}, 1),
    lambda: random.sample('abc', 2, counts=[1, 2]),
    lambda: random.sample('abc', 2, counts=[0, 0, 0]),
    lambda: random.randrange(0),
    lambda: random.randrange(-5),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, step=2),
    lambda: random.getrandbits(-1),
    lambda: random.choices('ab', weights=[1]),
    lambda: random.choices('ab', weights=[0, 0]),
    lambda: random.choices('ab', weights=[1, float('inf')]),
    lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
    lambda: random.choices('ab', 3),
    lambda: random.gammavariate(0, 1),
    lambda: random.seed([1, 2]),
    lambda: random.seed({}),
    lambda: random.setstate((1, (), None)),
    lambda: random.Random().setstate((3, (1, 2), None)),
    lambda: random.SystemRandom().getstate(),
    lambda: random.getrandbits(1.5),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
