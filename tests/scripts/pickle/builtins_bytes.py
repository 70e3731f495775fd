# dumps() of builtin values under every protocol: the bytes must be python3's (printed as hex).
import pickle, collections
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31-1, 2**31, -2**31-1, 2**62, 2**100, -2**100, 2**2100,
        0.0, -0.0, 1.5, 1e300, float('inf'), 'abc', '', 'é\u1234\U0001f600\n\\\r\x1a\0', b'', b'ab\x00\xff', bytearray(b'xy'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [2]}, set(), {1, 2, 3}, frozenset(), frozenset({5}),
        1+2j, range(1, 10, 2), slice(1, None, 3), NotImplemented, Ellipsis, type(None), type(NotImplemented), type(...), int, list, ValueError,
        ValueError('bad', 3), KeyError('k'), collections.OrderedDict(a=1, b=2), collections.deque([1, 2, 3], 5), collections.defaultdict(list, a=[1]),
        collections.Counter('abca'), len, print, list(range(1001)), dict.fromkeys(range(1001)), set(range(1001)), [[1,2]]*3]
for p in range(6):
    for o in objs:
        try:
            d = pickle.dumps(o, p)
            back = pickle.loads(d)
            print(p, d.hex(), back == o, type(back) is type(o))
        except Exception as e:
            print(p, repr(o)[:30], type(e).__name__, e)
