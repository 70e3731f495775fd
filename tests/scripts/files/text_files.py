# Text files: open() modes, write/read/readline/readlines, iteration, with-blocks, seek/tell,
# append mode, encodings and newline handling. Files live in a scratch directory next to the
# script and are removed at the end.
import sys
import os
here = os.path.dirname(os.path.abspath(__file__))
# A scratch file of this process, removed at the end.
path = os.path.join(here, "text_files_%d.tmp" % os.getpid())

with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth without newline"])
    print("file=f", file=f)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(5)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
with open(path) as f:
    print([len(line) for line in f], f.read())
f = open(path)
print(f.readline(), end="")
print(f.tell() > 0, f.seek(0), f.tell(), repr(f.read(5)))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines()[-2:])
with open(path, "w") as f:
    f.write("replaced")
with open(path) as f:
    print(f.read())
with open(path, "r+") as f:
    print(f.read(3))
    f.seek(0)
    f.write("RE")
with open(path) as f:
    print(f.read())

with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld €\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
    print(text, len(text))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))

for mode in ["x", "rw", "q", "rr"]:
    try:
        open(path, mode)
    except (ValueError, FileExistsError) as e:
        print(type(e).__name__ + ":", str(e).replace(path, "<scratch>").replace(here, "<here>"))
for bad in [lambda: open(here + "/no/such/file.txt"), lambda: open(here), lambda: open(1.5),
            lambda: open(path, "r", encoding=5)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).replace(path, "<scratch>").replace(here, "<here>"), getattr(e, "errno", None))
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__ + ":", e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
try:
    with open(path, "w") as f:
        f.write(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(open(path).read()))

os.remove(path)
print(os.path.exists(path))
