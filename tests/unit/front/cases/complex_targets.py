a, (b, c), [d, *e] = f
x.y, z[0] = 1, 2
