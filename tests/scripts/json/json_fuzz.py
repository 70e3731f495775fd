# json: error messages and positions on pseudo-random malformed documents, raw_decode, dump vs
# dumps on several option sets, and detect_encoding on byte patterns.
import io
import json

atoms = ['1', '-0', '2.5e3', '1E+2', '-', '0.', '.5', '"a"', '"\\u00e9"', '"\\ud83d\\ude00"',
         '"\\x"', 'true', 'fals', 'null', 'NaN', 'Infinity', '-Infinity', '[', ']', '{', '}',
         ',', ':', ' ', '\n', '"k"', '"\t"', '01', '1e', '"\\ud800"', '"\\u12"']
state = 2024


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n


for _ in range(700):
    doc = ''.join(atoms[rnd(len(atoms))] for _ in range(1 + rnd(8)))
    try:
        out = repr(json.loads(doc))
    except json.JSONDecodeError as e:
        out = 'E %s | %d %d' % (e, e.lineno, e.colno)
    try:
        raw = repr(json.JSONDecoder().raw_decode(doc))
    except json.JSONDecodeError as e:
        raw = 'R %s' % e
    print(repr(doc), out, raw)

docs = [[1, 2.5, 'x\u00e9\U0001F600', None, True, {'a': [], 'b': {}}],
        {'k': [1e300, -0.0, 10 ** 20], 'j': {'z': [[]]}}, '\x00\x1f"\\/', list(range(12))]
for d in docs:
    for kw in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'indent': '\t'},
               {'separators': (',', ':')}, {'indent': 0, 'separators': (' ,', ' : ')}]:
        s = json.dumps(d, **kw)
        buf = io.StringIO()
        json.dump(d, buf, **kw)
        print(s)
        print(buf.getvalue() == s, json.loads(s) == d)

for b in [b'[1]', b'[\x001\x00]\x00', b'\x00[\x001\x00]', b'[\x00\x00\x001\x00\x00\x00',
          b'\x00\x00\x00[', b'\xff\xfe[\x00', b'\xfe\xff\x00[', b'\xff\xfe\x00\x00[\x00\x00\x00',
          b'\x00\x00\xfe\xff', b'\xef\xbb\xbf[1]', b'1', b'12', b'1\x00', b'\x001', b'123',
          b'', b'1\x00\x00', b'1\x00\x002']:
    print(b, json.detect_encoding(b))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b' {"a": null} ')))
for bad in ['\ufeff[1]', 12, None]:
    try:
        json.loads(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
