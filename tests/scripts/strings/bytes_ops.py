# bytes and bytearray through the interpreter: building, slicing, mutation in loops.
data = bytearray()
for i in range(300):
    data.append(i % 256)
print(len(data), data[:5], data[-3:], sum(data), data.count(7), data.find(b"\x10\x11"))
data[10:20] = b"XYZ"
del data[::50]
data[0] = 255
print(len(data), data[:12], data.index(b"XYZ"))
data.extend(range(3))
data += b"end"
data *= 2
print(len(data), data[-6:], data.rstrip(b"end")[-3:])
b = bytes(data)
print(type(b).__name__, b == data, b[:4], hash(b) == hash(bytes(data)))
words = b"alpha beta  gamma\tdelta\n"
print(words.split(), words.split(b" "), words.title(), words.upper().lower() == words)
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b",").join([b"x", b"y"]))
print(bytes.fromhex("de ad be ef").hex(), bytes(range(5)).hex("-"), bytearray.fromhex("ff00"))
print(b"%s=%d (%x) %5.2f %r" % (b"key", 42, 255, 3.14159, b"q"))
table = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"))
it = iter(bytearray(b"abcdef"))
print(next(it), next(it), list(it))
ba = bytearray(b"abc")
for x in ba:
    if x == ord("a"):
        ba.pop()
print(ba)
for bad in ["bytes([256])", "bytearray(b'a').append(-1)", "b'a'[5]", "bytes('x')", "b'a' + 'a'"]:
    try:
        eval(bad)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
