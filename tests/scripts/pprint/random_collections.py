# pprint against CPython on random nests of the collections types, namespaces, dataclasses
# and mapping proxies (with plain containers and odd line breaks in strings), including
# structures that contain themselves; ids in recursion markers are replaced by ID.
import collections
import dataclasses
import pprint
import random
import types

random.seed(77)

WORDS = ['spam', 'eggs', 'x' * 25, 'form\x0cfeed', 'line\u2028sep', 'cr\ronly', 'vt\x0bhere',
         'fs\x1cgs\x1d', 'nl\n', ' ', '']


@dataclasses.dataclass
class Item:
    name: str
    payload: object
    secret: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass
class Bare:
    pass


class Space(types.SimpleNamespace):
    pass


def text():
    return ' '.join(random.choice(WORDS) for _ in range(random.randrange(0, 8)))


def leaf():
    roll = random.random()
    if roll < 0.4:
        return random.randrange(-10 ** 8, 10 ** 8)
    if roll < 0.8:
        return text()
    return random.choice([None, True, 2.5, b'bytes' * random.randrange(4), ()])


def keys(n):
    return ['k%d' % random.randrange(40) for _ in range(n)]


def build(depth):
    if depth <= 0 or random.random() < 0.25:
        return leaf()
    n = random.randrange(0, 6)
    kind = random.randrange(16)
    sub = lambda: build(depth - 1)
    if kind == 0:
        return collections.OrderedDict((k, sub()) for k in keys(n))
    if kind == 1:
        factory = random.choice([list, int, None, dict])
        return collections.defaultdict(factory, {k: sub() for k in keys(n)})
    if kind == 2:
        return collections.Counter({k: random.randrange(-3, 9) for k in keys(n)})
    if kind == 3:
        return collections.ChainMap(*[{k: sub() for k in keys(2)} for _ in range(n)])
    if kind == 4:
        return collections.deque([sub() for _ in range(n)],
                                 maxlen=random.choice([None, n, n + 3]))
    if kind == 5:
        return collections.UserDict({k: sub() for k in keys(n)})
    if kind == 6:
        return collections.UserList([sub() for _ in range(n)])
    if kind == 7:
        return collections.UserString(text())
    if kind == 8:
        return types.SimpleNamespace(**{k: sub() for k in keys(n)})
    if kind == 9:
        return Space(**{k: sub() for k in keys(n)})
    if kind == 10:
        return Item(text(), sub(), random.randrange(5))
    if kind == 11:
        return types.MappingProxyType({k: sub() for k in keys(n)})
    if kind == 12:
        return [sub() for _ in range(n)] + [Bare()] * random.randrange(2)
    if kind == 13:
        return {k: sub() for k in keys(n)}
    if kind == 14:
        return tuple(sub() for _ in range(n))
    return bytearray(random.randrange(256) for _ in range(n * 3))


def containers(obj, found):
    # every object of obj that can hold a reference back to an outer one
    if isinstance(obj, (list, dict, collections.deque, collections.UserList,
                        collections.UserDict, types.SimpleNamespace, Item)) \
            and not isinstance(obj, collections.Counter):     # counts must stay numbers
        found.append(obj)
    if isinstance(obj, (dict, collections.UserDict, types.MappingProxyType,
                        collections.ChainMap)):
        for v in list(obj.values()):
            containers(v, found)
    elif isinstance(obj, (list, tuple, collections.deque, collections.UserList)):
        for v in list(obj):
            containers(v, found)
    elif isinstance(obj, types.SimpleNamespace):
        for v in list(vars(obj).values()):
            containers(v, found)
    elif isinstance(obj, Item):
        containers(obj.payload, found)
    return found


def tie_back(inner, outer):
    # make inner refer to outer
    if isinstance(inner, (list, collections.deque, collections.UserList)):
        if not (isinstance(inner, collections.deque) and inner.maxlen is not None):
            inner.append(outer)
    elif isinstance(inner, (dict, collections.UserDict)):
        inner['back'] = outer
    elif isinstance(inner, types.SimpleNamespace):
        inner.back = outer
    elif isinstance(inner, Item):
        inner.payload = outer


def hide_ids(text, objs):
    for o in objs:
        text = text.replace('id=%d>' % id(o), 'id=ID>')
    return text


for case in range(120):
    data = build(random.randrange(1, 5))
    found = containers(data, [])
    if found and random.random() < 0.5:
        tie_back(random.choice(found), random.choice(found))
    width = random.choice([1, 8, 20, 35, 50, 80, 110])
    indent = random.choice([1, 1, 2, 3])
    compact = random.random() < 0.3
    sort_dicts = random.random() < 0.5
    depth = random.choice([None, None, None, 1, 2, 3])
    print('--- case', case, width, indent, compact, sort_dicts, depth)
    print(hide_ids(pprint.pformat(data, width=width, indent=indent, compact=compact,
                                  sort_dicts=sort_dicts, depth=depth), found))
    print(pprint.isreadable(data), pprint.isrecursive(data))
