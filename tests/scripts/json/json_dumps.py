# json.dumps: types, float repr, indent, sort_keys, separators, ensure_ascii, default,
# skipkeys, allow_nan, circular references, JSONEncoder subclasses, IntEnum/subclasses.
import json
from enum import IntEnum
from collections import OrderedDict

print(json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}]))
print(json.dumps("\"foo\bar"), json.dumps('\u1234'), json.dumps('\\'), json.dumps('😀'))
print(json.dumps({'c': 0, 'b': 0, 'a': 0}, sort_keys=True))
print(json.dumps([1, 2, 3, {'4': 5, '6': 7}], separators=(',', ':')))
print(json.dumps({'4': 5, '6': 7}, sort_keys=True, indent=4))
print(json.dumps([1, [2, []], {}, {'a': [{}]}], indent=2))
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps([1, 2], indent=0))
print(json.dumps([0.1, 0.2 + 0.1, 1e16, 1.5e-7, -0.0, 3.0, 1e22, 123456789.123456789, 2 ** 70]))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', False: 'd', None: 'e'}))
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 'skipped', 'kept': 1}, skipkeys=True))
print(json.dumps('héllo wörld', ensure_ascii=False), json.dumps('héllo wörld'))
print(json.dumps({'ctrl': '\x00\x1f\t\n\r\f\b', 'quote': '"', 'slash': '/'}))
print(json.dumps(True), json.dumps(None), json.dumps(42), json.dumps('x'), json.dumps([]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')


print(json.dumps([Point(1, 2), Point(3, 4)], default=encode_point))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError:', e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([{1}]))
print(json.JSONEncoder(sort_keys=True, separators=(';', '=')).encode({'b': 1, 'a': [1, 2]}))
print(''.join(json.JSONEncoder().iterencode({'a': [1, 'x']})))

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)
shared = [1]
print(json.dumps([shared, shared]))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


print(json.dumps([Level.HIGH, {Level.LOW: 'low'}, MyInt(7), MyFloat(2.5)]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps((1, (2, 3))))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=2, separators=(', ', ' = ')))
try:
    json.dumps({'b': 1, 2: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
