# Self-referential containers print with placeholders; deep nesting raises RecursionError and
# frees without crashing.
l = [1]
l.append(l)
d = {"k": l}
l.append(d)
print(l, d)
t = (l,)
print(t)

deep = ()
for i in range(100000):
    deep = (deep,)
for op in (repr, lambda x: x == x[0]):
    try:
        op(deep)
    except RecursionError:
        print("RecursionError")
del deep

nested = []
for i in range(200000):
    nested = [nested]
del nested
print("freed")
