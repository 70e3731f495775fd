a[x := 1]
a[b:c, d]
