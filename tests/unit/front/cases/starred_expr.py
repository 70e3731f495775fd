print(*a, *b)
x = [*a]
y = {*a}
z = *a, *b
