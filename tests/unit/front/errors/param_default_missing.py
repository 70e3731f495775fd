def h(a, d=, e): pass
