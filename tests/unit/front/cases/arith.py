x = a + b - c * d / e // f % g @ h
y = a ** b ** c
z = -a ** 2
w = (a + b) * c
v = ~a + +b - -c
