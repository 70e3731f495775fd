try:
    a
except* E:
    b
except* (F, G) as e:
    c
