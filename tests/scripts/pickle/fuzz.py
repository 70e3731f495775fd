# Random nested structures (with shared parts) under random protocols: dumps() must give
# python3's bytes, and loads() must give back an equal structure with the sharing kept.
import pickle
import random

rng = random.Random(424242)
pool = []


def rand_atom():
    kind = rng.randrange(10)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind == 1:
        return rng.randrange(-300, 300)
    if kind == 2:
        return rng.choice([1, -1]) * rng.getrandbits(rng.choice([8, 16, 31, 32, 63, 64, 100, 700]))
    if kind == 3:
        return rng.uniform(-1e6, 1e6)
    if kind == 4:
        return rng.choice([0.0, -0.0, 1e308, 5e-324, float('inf')])
    if kind == 5:
        return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(160, 0x3000),
                                       rng.randrange(0x10000, 0x10400), 10, 92]))
                       for _ in range(rng.randrange(0, 12)))
    if kind == 6:
        # (not one byte long: which 1-byte bytes objects are CPython's cached singletons, and
        # so found in the memo, depends on how they were made)
        return bytes(rng.randrange(256) for _ in range(rng.choice([0, 2, 3, 5, 9])))
    if kind == 7:
        # (no one-character literal: CPython's 'x' literal and chr(120) are different objects,
        # minipy's are one, and the memo sees identity)
        return rng.choice(['shared', 'key', 'xy']) * rng.randrange(1, 3)
    if kind == 8:
        return bytearray(rng.randrange(256) for _ in range(rng.choice([0, 2, 4])))
    return rng.randrange(2 ** 40)


def rand_value(depth):
    if pool and rng.random() < 0.1:
        return rng.choice(pool)
    if depth > 3 or rng.random() < 0.4:
        return rand_atom()
    kind = rng.randrange(6)
    n = rng.randrange(0, 6)
    if kind == 0:
        v = [rand_value(depth + 1) for _ in range(n)]
    elif kind == 1:
        v = tuple(rand_value(depth + 1) for _ in range(n))
    elif kind == 2:
        v = {}
        for _ in range(n):
            key = rng.choice([rand_atom(), rng.randrange(100), 'k%d' % rng.randrange(20)])
            if isinstance(key, bytearray):
                key = bytes(key)
            v[key] = rand_value(depth + 1)
    elif kind == 3:
        v = set(rng.randrange(-50, 1000) for _ in range(n))
    elif kind == 4:
        v = frozenset(rng.randrange(2 ** 40) for _ in range(n))
    else:
        v = [rand_atom() for _ in range(rng.randrange(1, 1500))] if rng.random() < 0.05 else []
    if rng.random() < 0.3:
        pool.append(v)
    return v


def same(a, b):
    # Equality that also treats NaN-free floats exactly and keeps -0.0 apart.
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


mismatches = 0
for i in range(300):
    value = [rand_value(0) for _ in range(rng.randrange(1, 4))]
    proto = rng.randrange(6)
    data = pickle.dumps(value, proto)
    back = pickle.loads(data)
    if not same(value, back):
        mismatches += 1
    # The first 64 and last 32 bytes, and checksums of all of them.
    digest = (sum(data), sum(data[::7]), data.count(b'\x94'), data.count(b'h'))
    print(i, proto, len(data), data[:64].hex(), data[-32:].hex(), digest)
print('round-trip mismatches:', mismatches)

# Sharing survives: objects that appear twice come back as one object.
a = [1, 2]
b = {'a': a}
value = [a, b, (a, b), [b, a]]
for proto in range(6):
    back = pickle.loads(pickle.dumps(value, proto))
    print(proto, back[0] is back[1]['a'] is back[2][0] is back[3][1], back[1] is back[2][1] is back[3][0])
