f(a, **x, *y, z)
