# Text files with other encodings and error handlers, and open()'s newline argument.
import os
here = os.path.dirname(os.path.abspath(__file__))
# A scratch file of this process, removed at the end.
path = os.path.join(here, "encodings_newlines_%d.tmp" % os.getpid())

with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        lines = f.readlines()
    with open(path, newline=nl) as f:
        print(repr(nl), lines, repr(f.read()))
for nl in ["\r\n", "\r", "\n", "", None]:
    with open(path, "w", newline=nl) as f:
        f.write("one\ntwo\n")
    with open(path, "rb") as f:
        print(repr(nl), f.read())
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, newline=5)
except TypeError as e:
    print("TypeError:", e)

with open(path, "wb") as f:
    f.write(b"ab\xffcd\xe9")
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, errors="replace") as f:
    print(repr(f.read()))
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(path, encoding="latin-1") as f:
    print(repr(f.read(3)), repr(f.read(2)))
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    print(f.write("ok"), f.encoding, f.errors)
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve €")
with open(path) as f:
    print(f.read(), f.encoding)
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
with open(path, "w", encoding="utf-8") as f:
    f.write("ünïcödé ✓\n")
with open(path, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read()))
import sys
print(sys.stdout.encoding, sys.stderr.errors)

os.remove(path)
print(os.path.exists(path))
