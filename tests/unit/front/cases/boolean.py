x = a and b or c and d
y = not a
z = a or b or c
w = (a or b) or c
v = not not a
u = a and (b and c)
