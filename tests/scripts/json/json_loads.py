# json.loads/load/dump: values, hooks, parse_* options, strict, bytes input, raw_decode,
# and CPython's JSONDecodeError messages for malformed documents.
import json
import io
from collections import OrderedDict
from json import JSONDecodeError

print(json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]'))
print(json.loads('"\\"foo\\bar"'), json.loads('"\\u1234 \\ud83d\\ude00 \\/"'))
print(json.loads(' {"a": [1, -2, 3.5e2, -0.25, 0, 1E-2], "b": {"c": true, "d": false}} '))
print(json.loads('123'), json.loads('-0'), json.loads('1e400'), json.loads('12345678901234567890'))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads('""'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'[1, "bytes"]'), json.loads(bytearray(b'{}')))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda name: 'const:' + name))
print(json.loads('"a\tb"', strict=False))
decoder = json.JSONDecoder()
print(decoder.decode('[1]'), decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode('  7', 2))

bad_docs = ['', '   ', '[', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{a:1}',
            '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\x"', '"\\u12"', 'tru', 'nul', '01',
            '1.', '-', '.5', '[1]x', '{"a":1}}', '\ufeff[]', '  \n  x', '{"a":[1,2,{"b":}]}',
            '[1,\n2,\n3', "'single'", '[]]', '"a\\"', "{'a': 1}", 'True', 'None', '[1, 2,, 3]']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?!')
    except JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(JSONDecodeError, ValueError), json.decoder.JSONDecodeError is JSONDecodeError)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print('caught as ValueError:', e)

data = {'name': 'Ada', 'langs': ['Python', 'C'], 'age': 36, 'ratio': 0.1, 'ok': True, 'x': None}
buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == data)
path = 'json_tmp_file.json'
with open(path, 'w') as f:
    json.dump(data, f)
with open(path) as f:
    text = f.read()
with open(path) as f:
    back = json.load(f)
print(text, back == data)
for value in [data, [1.1, 2.2, 3.3e-10], 'ünïcode ☃', {'nested': [[], {}, [{'a': [1]}]]}]:
    print(json.loads(json.dumps(value)) == value, json.loads(json.dumps(value, ensure_ascii=False)) == value)
try:
    import os
    os.remove(path)
except ImportError:
    pass   # (no os module yet: the file stays, ignored by git)
