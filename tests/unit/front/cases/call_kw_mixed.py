f(a, b, *c, d=1, e=2, **g, h=3)
f(**a, **b)
