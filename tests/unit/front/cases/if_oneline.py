if a: b
if a: b; c
elif d: e
else: f
