# json: JSONDecodeError attributes and __reduce__, decoder hooks, iterencode pieces joined,
# encoder attributes, dump() through a subclass's iterencode, and what dump() wrote before an
# error.
import copy
import io
import json
from json import decoder, encoder

try:
    json.loads('{"a": 1,\n  "b": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc[:5]), isinstance(e, ValueError))
    f, args = e.__reduce__()
    print(f is json.JSONDecodeError, args[0], args[2], str(copy.copy(e)) == str(e))
    print(e.args)

d = json.JSONDecoder()
print(d.parse_int is int, d.parse_float is float, d.strict, d.object_hook, d.object_pairs_hook)
print(d.parse_constant('Infinity'), d.parse_constant('-Infinity'), d.parse_string is decoder.scanstring)
print(decoder.NaN != decoder.NaN, decoder.PosInf, decoder.NegInf)
print(decoder.scanstring('"ab\\n" tail', 1), decoder.scanstring('x"\x01"', 2, False))
print(json.loads('{"a": [1, 2.50, 3e2], "b": NaN}', parse_int=str, parse_float=lambda t: 'F' + t,
                 parse_constant=lambda t: 'C' + t))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda o: sorted(o)))
print(json.loads('{"b": 1}', object_hook=lambda o: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('"\x07"', strict=False), json.loads('[1]', cls=json.JSONDecoder))
try:
    json.loads('"\x07"')
except json.JSONDecodeError as e:
    print(e)


class Wrapped(json.JSONDecoder):
    def decode(self, s):
        return ['wrapped', super().decode(s.strip('#'))]


print(json.loads('#[true]#', cls=Wrapped, strict=True))

e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.skipkeys, e.sort_keys)
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.ensure_ascii, e.check_circular, e.allow_nan)
print(''.join(e.iterencode([1, {'a': (2, 3)}, 'z'])), list(e.iterencode(5)), e.encode('é'))
print(json.JSONEncoder(ensure_ascii=False).encode('é\U0001F600'), json.JSONEncoder().encode('\U0001F600'))
print(encoder.py_encode_basestring('a"\n\u2028'), encoder.encode_basestring_ascii('\u2028é'))


class Tagged(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.upper()


buf = io.StringIO()
json.dump({'a': ['b']}, buf, cls=Tagged)
print(buf.getvalue(), json.dumps({'x': 'y'}, cls=Tagged))

buf = io.StringIO()
try:
    json.dump([1, 'two', {'three': object()}], buf)
except TypeError as e:
    print('TypeError:', e)
print(repr(buf.getvalue()))

buf = io.StringIO()
json.dump({'n': [1, 2]}, buf, indent=1, sort_keys=True, default=str)
print(buf.getvalue())
print(json.dumps(object(), default=lambda o: 'obj'), json.dumps([{1: 2}], skipkeys=True))
print(json.dumps({'a': float('inf')}, allow_nan=True), json.dumps([], indent=4), json.dumps({}, indent=4))
selfish = object()
try:
    json.dumps(selfish, default=lambda o: o)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps([[1, 2]], check_circular=False))
