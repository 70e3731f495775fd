try:
    a
except* :
    b
