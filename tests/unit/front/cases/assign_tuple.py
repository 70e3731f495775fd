a, b = b, a
(c, d) = 1, 2
[e, f] = g
