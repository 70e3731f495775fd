# open() modes (w+, a+, r+b, ...), reading back after writing, print(file=...) to text and binary
# files, file objects over a descriptor from os.open, and the attributes of file objects.
import os
here = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(here, "modes_and_fds_%d.tmp" % os.getpid())
with open(p, "w+") as f:
    f.write("héllo\nwörld\n")
    f.seek(0)
    print(repr(f.read(3)), repr(f.readline(2)), repr(f.readline()), repr(f.readline(100)), repr(f.read()))
    print(f.tell())
with open(p, "a+") as f:
    f.write("more\n")
    f.seek(0)
    print(f.readlines())
with open(p, "rb") as f:
    print(f.readline(3), f.readline(), f.read(2))
with open(p, "wb") as f:
    try:
        print("x", file=f)
    except TypeError as e:
        print("TypeError:", e)
with open(p, "w") as f:
    for i in range(3):
        print(i, file=f, end=";")
print(open(p).read())
f = open(p)
for line in f:
    pass
print(f.tell() if False else "", f.read(), f.readline())
f.close()
with open(p, "r") as f:
    print(f.name == p, f.mode, repr(f)[:25], f.readable(), f.writable(), f.seekable(), f.closed, f.encoding, f.errors)
with open(p, "rb") as f:
    print(repr(f)[:25], f.mode)
with open(p, "r+b") as f:
    print(repr(f)[:25], f.mode)
fd = os.open(p, os.O_RDONLY)
with open(fd) as f:
    print(f.read(), f.name == fd)
try:
    os.fstat(fd)
except OSError as e:
    print("closed fd:", type(e).__name__)
with open(p, "w") as f:
    f.write("a\nb")
with open(p) as f:
    print(list(f), f.read())
print(open(p).read(0), repr(open(p).read(-1)), repr(open(p).readline(0)))
os.remove(p)
