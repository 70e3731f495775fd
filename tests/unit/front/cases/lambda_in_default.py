def f(key=lambda x: x, *, cmp=None):
    return sorted(a, key=key)
