# pprint against CPython on random nested structures: dicts, lists, tuples, sets, strings,
# bytes and numbers, nested at random, printed at many widths and with every option.
import pprint
import random

random.seed(20261125)

WORDS = ['a', 'of', 'the', 'pretty', 'printer', 'x' * 17, 'antidisestablishment',
         "it's", 'say "hi"', 'tab\there', 'ünïcode', 'back\\slash', '', '42']
SPACES = [' ', ' ', ' ', '  ', '\t', '\n', ' \n', '\r\n', '\u2003']


def text():
    parts = []
    for _ in range(random.randrange(0, 14)):
        parts.append(random.choice(WORDS))
        parts.append(random.choice(SPACES))
    if random.random() < 0.3:
        parts.insert(0, random.choice(SPACES))
    if random.random() < 0.5 and parts:
        parts.pop()
    return ''.join(parts)


def number():
    roll = random.random()
    if roll < 0.5:
        return random.randrange(-100, 1000)
    if roll < 0.8:
        return random.randrange(-10 ** 25, 10 ** 25)
    return random.choice([0.5, -1.25, 3.0e20, 1e-7, True, False, None])


def scalar():
    roll = random.random()
    if roll < 0.45:
        return number()
    if roll < 0.85:
        return text()
    return bytes(random.randrange(256) for _ in range(random.randrange(0, 30)))


def key():
    # ints, strings, or a mix of both: sorting a mixed dict falls back to the type names
    if random.random() < 0.5:
        return random.randrange(-20, 200)
    return random.choice(WORDS) + str(random.randrange(50))


def value(depth, top=False):
    if depth <= 0 or (not top and random.random() < 0.3):
        return scalar()
    kind = random.randrange(6)
    size = random.randrange(0, 7)
    if kind == 0:
        return {key(): value(depth - 1) for _ in range(size)}
    if kind == 1:
        return [value(depth - 1) for _ in range(size)]
    if kind == 2:
        return tuple(value(depth - 1) for _ in range(random.choice([0, 1, 1, 2, size])))
    if kind == 3:
        return set(random.randrange(-30, 3000) for _ in range(size * 2))
    if kind == 4:
        return frozenset(random.randrange(100) for _ in range(size))
    return bytearray(random.randrange(256) for _ in range(size * 4))


def random_options():
    options = {'width': random.choice([1, 5, 10, 20, 30, 40, 60, 80, 100, 120]),
               'indent': random.choice([0, 1, 1, 2, 4]),
               'compact': random.random() < 0.4,
               'sort_dicts': random.random() < 0.7,
               'underscore_numbers': random.random() < 0.2}
    if random.random() < 0.25:
        options['depth'] = random.randrange(1, 4)
    return options


for case in range(150):
    data = value(random.randrange(1, 5), top=random.random() < 0.9)
    for options in random_options(), random_options():
        print('--- case', case, sorted(options.items()))
        print(pprint.pformat(data, **options))
        printer = pprint.PrettyPrinter(**options)
        print(printer.isreadable(data), printer.isrecursive(data), pprint.isreadable(data))
    assert pprint.saferepr(data) == pprint.pformat(data, width=10 ** 9)
