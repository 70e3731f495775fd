a = 1j
b = 1.5j
c = 0j
d = 1e3J
e = 10_0j
f = 1e20j
