a = b'abc'
b = B"\x00\xff\n"
c = rb'\d'
d = Br'x'
e = bR'y'
f = b''
g = b'\'\"'
