# PEP 597: encoding='locale' means the locale's encoding (UTF-8 here) for text files; the name
# is not a codec, and binary mode refuses it like any encoding.
import io
import os
here = os.path.dirname(os.path.abspath(__file__))
# A scratch file of this process, removed at the end.
path = os.path.join(here, "locale_encoding_%d.tmp" % os.getpid())

with open(path, "w", encoding="locale") as f:
    print(f.encoding, f.errors)
    f.write("caf\u00e9 \u20ac\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="locale") as f:
    print(f.encoding, repr(f.read()))
with open(path, "a+", encoding="locale", errors="replace") as f:
    print(f.encoding, f.errors)
    f.write("more\n")
with open(path, "r", encoding=io.text_encoding(None)) as f:
    print(io.text_encoding(None), f.encoding, f.read().splitlines())
fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd, encoding="locale") as f:
    print(f.encoding, f.readline().rstrip())

for mode in ["rb", "wb", "ab", "r+b"]:
    try:
        open(path, mode, encoding="locale")
    except ValueError as e:
        print(mode, "ValueError:", e)
# Only the exact name is special; codecs do not know it.
for enc in ["LOCALE", "Locale"]:
    try:
        open(path, encoding=enc)
    except LookupError as e:
        print("LookupError:", e)
try:
    "a".encode("locale")
except LookupError as e:
    print("LookupError:", e)
try:
    b"a".decode("locale")
except LookupError as e:
    print("LookupError:", e)
os.remove(path)
