import weakref, gc, copy
class C:
    def __init__(self, n): self.n = n
    def m(self): return self.n * 2
    def __repr__(self): return f"C({self.n})"
# WeakValueDictionary
objs = [C(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs: d[o.n] = o
print(len(d), sorted(d.keys()), 3 in d, d[3], d.get(9, 'none'))
del objs[3]
print(len(d), 3 in d, sorted(d), d.get(3))
try: d[3]
except KeyError as e: print('KeyError', e)
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values()))
print(d.pop(0), len(d), d.setdefault(1, None), len(d.copy()), len(copy.copy(d)))
objs.clear(); gc.collect()
print(len(d), list(d))
# WeakKeyDictionary
keys = [C(i) for i in range(3)]
wk = weakref.WeakKeyDictionary({k: k.n for k in keys})
print(len(wk), wk[keys[1]], keys[2] in wk, 5 in wk)
del keys[0]
print(len(wk), sorted(wk.values()), [k.n for k in wk.keyrefs() and sorted(wk, key=lambda k: k.n)])
print(wk.pop(keys[0]), len(wk), wk.setdefault(keys[1], 'x'), wk.get(keys[1]))
# WeakSet
a, b, c = C(1), C(2), C(3)
ws = weakref.WeakSet([a, b, c])
print(len(ws), a in ws, 1 in ws)
del b
print(len(ws), sorted(x.n for x in ws))
ws2 = weakref.WeakSet([a])
print(ws2 <= ws, ws2 < ws, ws >= ws2, len(ws | ws2), len(ws & ws2), len(ws - ws2), len(ws ^ ws2), ws2 == weakref.WeakSet([a]))
ws.discard(a); print(len(ws), ws.pop() is c, len(ws))
# WeakMethod
o = C(21)
wm = weakref.WeakMethod(o.m)
print(wm()(), wm() == o.m, wm == weakref.WeakMethod(o.m))
calls = []
wm2 = weakref.WeakMethod(o.m, lambda r: calls.append('dead'))
del o
print(wm(), calls)
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
# finalize
log = []
x = C(7)
f = weakref.finalize(x, log.append, 'finalized')
print(f.alive, f.peek()[1] is log.append, f.atexit)
del x
print(log, f.alive, f(), f.detach(), f.peek())
y = C(8)
g = weakref.finalize(y, lambda: 'called')
print(g(), g(), g.alive)
z = C(9)
h = weakref.finalize(z, log.append, 'never')
obj, func, args, kw = h.detach()
print(obj, args, kw, h.alive); del obj, z; print(log)
# proxy
p_obj = C(5)
p = weakref.proxy(p_obj)
print(p.n, p.m(), str(p), p + 0 if hasattr(C, '__add__') else 'noadd', type(p).__name__, isinstance(p, weakref.ProxyTypes))
p.n = 6; print(p_obj.n)
try: hash(p)
except TypeError as e: print(e)
cp = weakref.proxy(p_obj.m)
print(type(cp).__name__, weakref.getweakrefcount(p_obj))
lst = [1, 2, 3]
class L(list): pass
ll = L([1, 2, 3]); pl = weakref.proxy(ll)
print(len(pl), pl[1], 2 in pl, list(pl), pl == [1, 2, 3], pl + [4])
del p_obj
try: p.n
except ReferenceError as e: print('ReferenceError', e)
print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
cb_log = []
q = C(1); pq = weakref.proxy(q, lambda pr: cb_log.append(type(pr).__name__)); del q; print(cb_log)
