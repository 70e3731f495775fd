try:
    a
except:
    b
try:
    a
except E:
    b
except (F, G) as e:
    c
else:
    d
finally:
    f
try:
    a
finally:
    b
