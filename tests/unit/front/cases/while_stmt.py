while a:
    b
while True:
    break
else:
    c
while x: continue
