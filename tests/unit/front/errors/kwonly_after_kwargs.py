def f(a, *args, b, **kwargs, c): pass
