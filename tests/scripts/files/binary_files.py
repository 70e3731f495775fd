# Binary files: bytes in and out, read(n), readline, iteration, seek/tell, bytearray and
# memoryview-free bytes-like writes, and type errors.
import os
here = os.path.dirname(os.path.abspath(__file__))
# A scratch file of this process, removed at the end.
path = os.path.join(here, "binary_files_%d.tmp" % os.getpid())
data = bytes(range(256))
with open(path, "wb") as f:
    print(type(f).__name__ in ("BufferedWriter", "BufferedFile"), f.mode, f.write(data), f.write(bytearray(b"\nline2\n")))
    print(f.write(b""), f.tell())
with open(path, "rb") as f:
    whole = f.read()
    print(len(whole), whole[:5], whole[-7:], type(whole).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(0), f.seek(250), f.read(6), f.seek(-3, 2), f.read(), f.read())
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[-1], [len(l) for l in lines])
with open(path, "rb") as f:
    count = 0
    for line in f:
        count += 1
    print("iterated", count, f.tell())
with open(path, "r+b") as f:
    f.seek(10)
    f.write(b"XY")
    f.seek(8)
    print(f.read(6))
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-8:])
with open(path, "wb") as f:
    for bad in ["text", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
for kwargs in [{"encoding": "utf-8"}, {"newline": ""}, {"errors": "strict"}]:
    try:
        open(path, "rb", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
with open(path, "rb") as f:
    print(f.read(), f.closed)
print(f.closed)
for call in [lambda: f.read(), lambda: f.write(b"x"), lambda: f.tell(), lambda: iter(f)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

os.remove(path)
print(os.path.exists(path))
