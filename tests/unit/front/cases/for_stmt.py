for x in y:
    pass
for a, b in c:
    pass
for (a, b) in c:
    pass
for x in 1, 2:
    pass
for x in y:
    pass
else:
    z
for x, in y: pass
for *a, b in c: pass
for x.y in z: pass
for x[0] in z: pass
