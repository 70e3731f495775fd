if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
print(y := 5)
[y := 1, 2]
x = [z for q in r if (z := q)]
