def f(a, b, /, c, d):
    pass
def g(a, /):
    pass
def h(a=1, /, b=2, *, c):
    pass
def i(a, /, *args, **kw): pass
