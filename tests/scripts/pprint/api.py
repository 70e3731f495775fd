# pprint's functions and PrettyPrinter's options, hooks and errors; recursion markers (ids
# replaced by ID); sort order of keys that cannot be compared.
import collections
import dataclasses
import io
import pprint
import sys
import types

print(pprint.__all__)
for bad in [dict(indent=-1), dict(depth=0), dict(depth=-3), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
print(pprint.pformat([1, 2], indent=0, width=-5))

# streams: explicit, and sys.stdout as it is when the printer is made
buf = io.StringIO()
pprint.pprint({'b': 1, 'a': [2] * 30}, stream=buf, width=20)
print(repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
printer = pprint.PrettyPrinter(width=10)
pprint.pprint('captured')
captured = sys.stdout.getvalue()
sys.stdout = saved
printer.pprint(list(range(5)))
print('captured:', repr(captured))

# pp keeps insertion order; pprint and pformat sort
d = {'zebra': 1, 'apple': 2, 'mango': [3] * 25}
pprint.pp(d)
pprint.pp(d, sort_dicts=True, width=30)
pprint.pprint(d)
print(pprint.pformat(d, sort_dicts=False))
pprint.pp(d, None, 1, 30)

# keys of types that cannot be compared are sorted by type name
mixed = {3: 'int', 'b': 'str', None: 'none', 1.5: 'float', b'x': 'bytes', 'a': 'str', 1: 'int'}
print(pprint.pformat(mixed))
print(pprint.pformat(mixed, width=20))
print(pprint.saferepr(mixed))
print(pprint.pformat({frozenset({1}), frozenset({2}), frozenset({1, 2})}))

# readable and recursive
for obj in [1, 'x', [1, (2, 3)], {'a': {1, 2}}, object(), [object()], sys, print,
            lambda: 0, 1.5, None, ...]:
    print(type(obj).__name__, pprint.isreadable(obj), pprint.isrecursive(obj),
          pprint.PrettyPrinter().isreadable(obj))
print(pprint.saferepr(object).startswith("<class"))


def hide(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), 'ID')
    return text


a = [1, 2]
a.append(a)
b = {'self': None, 'list': a}
b['self'] = b
t = (a, b)
for obj in a, b, t:
    print(pprint.isrecursive(obj), pprint.isreadable(obj))
    print(hide(pprint.saferepr(obj), a, b))
    print(hide(pprint.pformat(obj, width=20), a, b))
    print(hide(pprint.pformat(obj, depth=1), a, b))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable(a), p.isrecursive([1]), p.isreadable([1]))
print(hide(repr(p.format(a, {}, 0, 0)), a))
print(p.format([1, [2, [3]]], {}, 2, 0))
print(p.format([1, [2, [3]]], {}, 2, 1))
print(p.format({'a': [1]}, {}, 1, 0))
print(p.format((1,), {}, 0, 0))
print(p.format((), {}, 0, 0), p.format([], {}, 0, 0), p.format({}, {}, 0, 0))

ns = types.SimpleNamespace(n=1)
ns.me = ns
ns.long = list(range(20))
print(hide(pprint.pformat(ns, width=30), ns))


@dataclasses.dataclass
class Node:
    name: str
    children: list


root = Node('root', [])
root.children.append(root)
root.children.append(Node('leaf' * 10, list(range(10))))
print(hide(pprint.pformat(root, width=30), root))
od = collections.OrderedDict(x=1)
od['me'] = od
print(hide(pprint.pformat(od, width=10), od))
dq = collections.deque([1, 2])
dq.append(dq)
print(hide(pprint.pformat(dq, width=10), dq))


# the format() hook: a subclass that changes how strings print, nested ones included
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=20).pformat({'key': ['some', 'words', 'here', 'and', 'more']}))
print(Upper().pformat('top'))

# object of an unknown type that is too wide prints its repr
class Wide:
    def __repr__(self):
        return 'W' * 100


print(pprint.pformat([Wide()], width=20))
print(pprint.pformat({'k': Wide()}, width=20) == "{'k': " + 'W' * 100 + '}')
