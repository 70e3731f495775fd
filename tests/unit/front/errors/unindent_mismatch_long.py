if x:
        a
    bcd = 1
