a, *b = x
*c, d = y
[e, *f, g] = z
