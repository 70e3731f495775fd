x = 1if y else 2
a = 1 .real
b = 1.0.real
c = 0b1or 2
