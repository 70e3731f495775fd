# types.MappingProxyType and types.MethodType are constructible; item deletion messages.
import types
MP = types.MappingProxyType
print(MP is type(type.__dict__))
m = MP({'a': 1, 'b': 2})
print(m, str(m), len(m), m['a'], 'a' in m, list(m), list(reversed(m)), m.get('z', 0))
print(m == {'a': 1, 'b': 2}, m != {'a': 1}, m | {'c': 3}, {'c': 3} | m)
print(sorted(m.items()), list(m.keys()), list(m.values()), m.copy(), type(m.copy()))
print(MP(mapping={'k': 'v'}))
for expr in ["MP([1])", "MP((1,))", "MP(1)", "MP()", "m.__setitem__", "MP({}, {})"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for stmt in ["m['a'] = 3", "del m['a']", "m.x = 1"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, '->', type(e).__name__, e)
import collections
print(MP(collections.OrderedDict(x=1)))
d = {}
mp = MP(d); d['late'] = True; print(mp)
class C:
    def meth(self, a):
        return (self, a)
def f(self, a=1):
    return ('f', self, a)
bm = types.MethodType(f, 42)
print(bm(), bm(2), bm.__self__, bm.__func__ is f, bm == types.MethodType(f, 42))
print(repr(types.MethodType(f, 42)).startswith('<bound method f of 42>'))
print(types.MethodType(len, [1, 2])())
for expr in ["types.MethodType(1, 2)", "types.MethodType(f)", "types.MethodType(f, None)"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
c = C()
c.m2 = types.MethodType(lambda self: self is c, c)
print(c.m2())
class A:
    pass
for o, k in [((1,), 'a'), ((1,), 0), (A(), 'x'), (A(), 0), (5, 0), ('s', 0), (m, 0), (m, 'x'),
             (frozenset(), 0), (iter({1}), 0)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, repr(k), e)
