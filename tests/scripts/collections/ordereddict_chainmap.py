# collections.OrderedDict (move_to_end, popitem(last=), equality, views, repr) and ChainMap.
from collections import OrderedDict, ChainMap

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
print(OrderedDict(), OrderedDict(x=1, y=2), OrderedDict([('k', [1, 2])]))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.items())))
print(list(reversed(o1.values())))
print(o1.copy(), OrderedDict.fromkeys('xyz', 0), o1 | {'c': 3}, {'z': 0} | o1)
o3 = OrderedDict(a=1)
o3 |= {'b': 2}
print(o3, o3.pop('a'), o3.pop('q', 'dflt'), o3.setdefault('n', 5), o3)
o3.update([('u', 1)], v=2)
print(o3, isinstance(o3, dict), len(o3))
try:
    o3.pop('missing')
except KeyError as e:
    print('KeyError:', e)
rec = OrderedDict(a=1)
rec['self'] = rec
print(rec)

# LRU-style use
cache = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd']:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = True
    if len(cache) > 3:
        cache.popitem(last=False)
print(list(cache))

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('nope', '-'), len(cm), list(cm), dict(cm))
print(cm)
cm['color'] = 'blue'
print(cli, cm['color'], 'color' in cm, 'zzz' in cm, bool(ChainMap()), bool(cm))
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child.maps[0], len(child.maps))
print(cm.new_child(), cm.new_child(extra=1).maps[0])
try:
    del cm['user']
except KeyError as e:
    print('KeyError:', e)
del cm['color']
print(cli)
try:
    cm.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    cm.pop('x')
except KeyError as e:
    print('KeyError:', e)
cm['k'] = 1
print(cm.pop('k'), cm.copy(), ChainMap.fromkeys('ab', 0))
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
print(list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 0})))
print(sorted(ChainMap({'a': 1}, {'b': 2}).items()))
