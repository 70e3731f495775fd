# Random formats and values, packed and unpacked; the expected output is python3's.
import random
import struct

rng = random.Random(20251125)
INT_CODES = 'bBhHiIlLqQ'
NATIVE_ONLY = 'nNP'


def rand_int(code, order):
    size = struct.calcsize(order + code)
    signed = code.islower() and code != 'p'
    roll = rng.random()
    if roll < 0.1:   # out of range on purpose
        return rng.choice([1 << (8 * size), -(1 << (8 * size)), (1 << (8 * size - 1)), -1 - (1 << (8 * size - 1)), 2 ** 70])
    if signed:
        return rng.randrange(-(1 << (8 * size - 1)), 1 << (8 * size - 1))
    return rng.randrange(0, 1 << (8 * size))


def rand_float():
    roll = rng.random()
    if roll < 0.2:
        return rng.choice([0.0, -0.0, float('inf'), float('-inf'), 65504.0, 65519.99, 65520.0, 6e-8, 3e38, 1e39, 1e-320])
    if roll < 0.5:
        return rng.uniform(-70000, 70000)
    if roll < 0.7:
        return rng.uniform(-1, 1) * 2.0 ** rng.randrange(-30, 20)
    return struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]


def show(x):
    if isinstance(x, float) and x != x:
        return 'nan'
    return repr(x)


for n in range(400):
    order = rng.choice(['', '@', '=', '<', '>', '!'])
    codes = INT_CODES + 'xc?efds p' + (NATIVE_ONLY if order in ('', '@') else '')
    fmt = order
    values = []
    for _ in range(rng.randrange(1, 6)):
        c = rng.choice(codes)
        count = rng.choice(['', '', '', '2', '3', '0'])
        if c == 'p' and count == '0':
            count = ''   # CPython 3.11 fails on unpacking '0p' (SystemError)
        if c == ' ':
            fmt += ' '
            continue
        fmt += count + c
        k = int(count) if count else 1
        if c in 'sp':
            values.append(bytes(rng.randrange(256) for _ in range(rng.randrange(0, 6))))
        elif c == 'x':
            pass
        else:
            for _ in range(k):
                if c in INT_CODES or c in 'nNP':
                    values.append(rand_int(c, order))
                elif c == 'c':
                    values.append(bytes([rng.randrange(256)]))
                elif c == '?':
                    values.append(rng.choice([0, 1, 2, '', 'x', None, [], [0]]))
                else:
                    values.append(rand_float())
    try:
        data = struct.pack(fmt, *values)
    except (struct.error, OverflowError) as e:
        print(n, repr(fmt), type(e).__name__, e)
        continue
    back = struct.unpack(fmt, data)
    s = struct.Struct(fmt)
    assert s.pack(*values) == data and s.size == len(data) == struct.calcsize(fmt)
    buf = bytearray(len(data) + 3)
    struct.pack_into(fmt, buf, 3, *values)
    assert bytes(buf[3:]) == data
    assert struct.unpack_from(fmt, buf, 3) == back or any(v != v for v in back)
    print(n, repr(fmt), data.hex(), ', '.join(show(v) for v in back))

# Every half-float bit pattern unpacks and packs back to itself (NaNs to the quiet NaN).
bad = 0
for bits in range(1 << 16):
    raw = bits.to_bytes(2, 'little')
    (x,) = struct.unpack('<e', raw)
    again = struct.pack('<e', x)
    if x == x and again != raw:
        bad += 1
print('half round trip mismatches:', bad)

# Rounding of doubles to half floats: many values near the halfway points.
digest = 0
for i in range(20000):
    h = rng.randrange(0, 0x7c00)
    lo = struct.unpack('<e', h.to_bytes(2, 'little'))[0]
    hi = struct.unpack('<e', (h + 1).to_bytes(2, 'little'))[0]
    mid = (lo + hi) / 2
    for x in (mid, rng.uniform(lo, hi), -mid):
        try:
            digest = (digest * 31 + int.from_bytes(struct.pack('>e', x), 'big')) % (1 << 61)
        except OverflowError:
            digest = (digest * 31 + 7) % (1 << 61)
print('half rounding digest:', digest)

# iter_unpack over random data, and memoryview / bytearray inputs.
data = bytes(rng.randrange(256) for _ in range(48))
print([t for t in struct.iter_unpack('<hI', data)])
print(struct.unpack('>3d', memoryview(data)[:24]), struct.unpack('<6f', bytearray(data[:24])))
print(struct.unpack_from('!q', memoryview(data), offset=8))
