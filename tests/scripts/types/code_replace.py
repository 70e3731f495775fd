# code.replace() with CPython's checks, and code objects compare by value.
c = (lambda: 0).__code__
for kw in [dict(co_flags='x'), dict(co_consts=[1]), dict(co_name=1), dict(co_varnames=('a',)), dict(co_nlocals=5),
           dict(co_names=(1,))]:
    try:
        c.replace(**kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)


def f(a, b):
    x = 1
    return a + x


g = f.__code__.replace(co_name='g', co_qualname='G')
print(g.co_name, g.co_qualname, g.co_varnames, f.__code__ == f.__code__.replace(), f.__code__ == g,
      hash(f.__code__) == hash(f.__code__.replace()), (lambda: 0).__code__ == (lambda: 0.0).__code__)
try:
    f.__code__.replace(co_varnames=('a',))
except Exception as e:
    print(type(e).__name__, e)
try:
    f.__code__.replace(co_argcount=5)
except Exception as e:
    print(type(e).__name__, e)
try:
    c.replace(1)
except Exception as e:
    print(type(e).__name__, e)
h = f.__code__.replace(co_varnames=('p', 'q', 'r'), co_consts=(None, 10))
f.__code__ = h
print(f.__code__.co_varnames, f(1, 2), f(p=5, q=0))
