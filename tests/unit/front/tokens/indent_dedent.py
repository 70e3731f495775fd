if a:
    b = 1
    if c:
        d
    e
f
