try:
    a
finally:
b
