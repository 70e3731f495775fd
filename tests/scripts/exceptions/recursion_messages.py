# RecursionError messages: CPython 3.11 says 'while calling a Python object' when the limit is hit
# at a call of a METH_O builtin or a class, and the plain message for Python-to-Python calls; own
# __new__ of exception classes (ZeroDivisionError.__new__(int) names ZeroDivisionError).
import sys
sys.setrecursionlimit(200)
def f(): return f()
class S:
    def __str__(self): return str(self)
class R:
    def __repr__(self): return repr(self)
class E:
    def __eq__(self, o): return self == o
class G:
    def __getattr__(self, n): return getattr(self, n)
class L:
    def __len__(self): return len(self)
class H:
    def __hash__(self): return hash(self)
class C:
    def __call__(self): return self()
class I:
    def __init__(self): I()
class A:
    def __add__(self, o): return self + o
class GI:
    def __getitem__(self, k): return self[k]
def viamap(): return list(map(lambda x: viamap(), [1]))
def viasorted(): return sorted([1, 2], key=lambda x: viasorted())
class P:
    @property
    def p(self): return self.p
for name, fn in [('func', f), ('str', lambda: str(S())), ('repr', lambda: repr(R())), ('eq', lambda: E() == 1),
                 ('getattr', lambda: G().x), ('len', lambda: len(L())), ('hash', lambda: hash(H())),
                 ('call', lambda: C()()), ('init', lambda: I()), ('add', lambda: A() + 1), ('getitem', lambda: GI()[0]),
                 ('map', viamap), ('sorted', viasorted), ('property', lambda: P().p)]:
    try:
        fn()
    except RecursionError as e:
        print(name, e)
l = []
l.append(l)
print(repr(l))
d = {}
d[1] = d
print(d)
x = []
for i in range(1000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print('nested', e)
try:
    ZeroDivisionError.__new__(int)
except TypeError as e:
    print(e)
try:
    ValueError.__new__(ZeroDivisionError)
    print('ok')
except TypeError as e:
    print(e)
for t in [BaseException, Exception, OSError, KeyError]:
    try:
        t.__new__(str)
    except TypeError as e:
        print(e)
try:
    BaseException.__new__()
except TypeError as e:
    print(e)
try:
    BaseException.__new__(1)
except TypeError as e:
    print(e)
import builtins
print(sorted(n for n, c in vars(builtins).items()
             if isinstance(c, type) and issubclass(c, BaseException) and '__new__' in c.__dict__))
