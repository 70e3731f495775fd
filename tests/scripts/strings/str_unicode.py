# Non-ASCII text through the interpreter: loops by index and by iteration over long strings,
# case mapping, classification, splitting, encoding.
text = ("naïve café, 中文字符, ΣΑΣ ΟΔΟΣ, straße, 😀 grin; " * 200)
print(len(text), text.count("é"), text.count("😀"), text.find("中"), text.rfind("ß"))
n = 0
for i in range(len(text)):
    if text[i] == "é":
        n += 1
m = sum(1 for ch in text if ch == "é")
print(n, m, text[1234], text[-7], text[3000:3012])
words = text.split()
print(len(words), words[:6], text.split(", ")[:3])
print(text[:40].upper(), text[:40].title(), text[:40].swapcase())
print("ΟΔΟΣ ΣΑΣ".lower(), "ΣΑΣ.".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower(), "ǆ".title(), "ß".casefold())
print([c.isalpha() for c in "aé中😀1٣ "], [c.isdigit() for c in "1٣²½a"], [c.isnumeric() for c in "1٣²½a"])
print("x\u2028y\x85z\r\nw".splitlines(), "x\u2028y".splitlines(True))
print(repr("tab\t\u200b\U0001f600\x7f'\""), ascii("é中😀"))
enc = "héllo 世界".encode()
print(enc, enc.decode(), len(enc), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end)
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "backslashreplace"))
rev = text[::-1]
print(rev[:20], rev[::-1] == text, text[::7][:15])
parts = []
for i, ch in enumerate("aé中😀"):
    parts.append(f"{i}:{ch}:{ord(ch)}:{chr(ord(ch))}")
print(" ".join(parts))
print(sorted(["é", "e", "z", "中", "😀", "E"]), max("aé中"), min("aé中"))
print("中文".center(8, "·"), f"{'中文':>6}|{'é':^5}|", "%-6s|" % "中文")
