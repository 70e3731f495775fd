import _weakref, gc
class C: pass
c = C()
r = _weakref.ref(c)
print(r() is c, _weakref.getweakrefcount(c), r is _weakref.ref(c))
print('__weakref__' in C.__dict__, c.__weakref__ is r, list(C.__dict__))
out = []
r2 = _weakref.ref(c, lambda ref: out.append(('cb', ref() is None, ref is r2)))
print(_weakref.getweakrefs(c) == [r, r2], r2.__callback__ is not None)
del c
print(r(), out, r2() is None)
a = C(); b = C(); a.b = b; b.a = a
ra = _weakref.ref(a, lambda ref: out.append('cycle'))
del a, b
print(gc.collect() >= 2, out[-1], ra())
def f(): pass
print(_weakref.ref(f)() is f, _weakref.ref(C)() is C, _weakref.ref({1})() is None)
for o in [1, 'a', (), [], {}, object()]:
    try: _weakref.ref(o)
    except TypeError as e: print(e)
class S:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a', '__weakref__')
try: _weakref.ref(S())
except TypeError as e: print(e)
print(_weakref.ref(S2())() is None)
d = {1: _weakref.ref(C())}
_weakref._remove_dead_weakref(d, 1); print(d)
# reprs without addresses
def shape(text):
    out, i = [], 0
    while i < len(text):
        if text.startswith('0x', i):
            out.append('ADDR')
            i += 2
            while i < len(text) and text[i] in '0123456789abcdef':
                i += 1
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)
import weakref
class K: pass
k = K()
def fn(): pass
print(shape(repr(weakref.ref(k))), shape(repr(weakref.ref(fn))), shape(repr(weakref.ref(K))))
dead = weakref.ref(K())
print(shape(repr(dead)))
try: hash(dead)
except TypeError as e: print(e)
k2 = K(); r2 = weakref.ref(k2); h = hash(r2); del k2; print(hash(r2) == h)
print(weakref.ref(k) == weakref.ref(k), dead == dead, dead != weakref.ref(k), weakref.ref(k) == 5)
try: weakref.ref(k)(1)
except TypeError as e: print(e)
try: weakref.ref(k, print, 3)
except TypeError as e: print(e)
try: weakref.ref()
except TypeError as e: print(e)
try: weakref.ref(k, callback=print)
except TypeError as e: print(e)
try: weakref.ref(k) < weakref.ref(k)
except TypeError as e: print(e)
print(weakref.ref[int], weakref.ref.__name__, weakref.ref.__module__)
class Sub(weakref.ref):
    def __init__(self, ob, callback=None):
        super().__init__(ob, callback)
        self.extra = 'kept'
s = Sub(k); print(s() is k, s.extra, s is not weakref.ref(k), weakref.getweakrefcount(k))
# weakref support by type, as CPython
import _thread
class I(int): pass
class T(tuple): pass
class Str(str): pass
class E(Exception): pass
class Base:
    __slots__ = ('a',)
class Derived(Base): pass
for o in [I(1), T(), Str('x'), E(), Derived(), {1}, frozenset(), _thread.allocate_lock(), _thread.RLock(),
          fn.__code__, len, (x for x in ()), K.__init__ if hasattr(K, '__init__') else None, range(3), 1.5]:
    try:
        weakref.ref(o); print(type(o).__name__, 'ok')
    except TypeError as e: print(e)
try:
    class Twice(K):
        __slots__ = ('__weakref__',)
except TypeError as e: print(e)
print('__weakref__' in E.__dict__, '__weakref__' in Derived.__dict__, list(K.__dict__))
