"""json: read and write JSON (RFC 8259, https://json.org).

    >>> import json
    >>> json.dumps({'name': 'minipy', 'tags': ('small', 'python'), 'stable': None})
    '{"name": "minipy", "tags": ["small", "python"], "stable": null}'
    >>> json.loads('[1, 2.5, "three", true]')
    [1, 2.5, 'three', True]

dumps() and dump() serialize (json.encoder), loads() and load() parse (json.decoder).  A
malformed document raises JSONDecodeError, a ValueError whose message and position are those
CPython reports.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Calls that change no option share one encoder and one decoder.
_PLAIN_ENCODER = JSONEncoder()
_PLAIN_DECODER = JSONDecoder()


def _pick_encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                  separators, default, sort_keys):
    plain = (cls is None and not kw and not skipkeys and ensure_ascii and check_circular
             and allow_nan and indent is None and separators is None and default is None
             and not sort_keys)
    if plain:
        return _PLAIN_ENCODER
    factory = JSONEncoder if cls is None else cls
    return factory(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize obj to a JSON str.

    The options are JSONEncoder's (see its __init__): skipkeys, ensure_ascii, check_circular,
    allow_nan, indent, separators, default, sort_keys.  cls names a JSONEncoder subclass to use
    instead; further keyword arguments go to its constructor."""
    encoder = _pick_encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
                            indent, separators, default, sort_keys)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as JSON into the text file fp (anything with a write(str) method).
    Options as for dumps()."""
    encoder = _pick_encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
                            indent, separators, default, sort_keys)
    if type(encoder).iterencode is JSONEncoder.iterencode:
        encoder._stream(obj, fp.write)
    else:
        # A subclass that reshapes iterencode() gets its pieces written as it yields them.
        for piece in encoder.iterencode(obj):
            fp.write(piece)


# ---- bytes input -----------------------------------------------------------------------------

_BYTE_ORDER_MARKS = (
    # Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
    (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """Guess the Unicode encoding of the JSON document b (bytes).

    A byte order mark decides when there is one.  Otherwise the document starts with an ASCII
    character, so the pattern of zero bytes among its first bytes gives away UTF-16 or UTF-32
    and the byte order (the method of RFC 4627, section 3); without zeros it is UTF-8."""
    for mark, name in _BYTE_ORDER_MARKS:
        if b.startswith(mark):
            return name
    # '0' for a zero byte, 'x' for any other, over the first four bytes.
    shape = ''.join(['0' if byte == 0 else 'x' for byte in b[:4]])
    if len(shape) == 4:
        if shape.startswith('00'):
            return 'utf-32-be'
        if shape.startswith('0'):
            return 'utf-16-be'
        if shape == 'x000':
            return 'utf-32-le'
        if shape.startswith('x0'):
            return 'utf-16-le'
    elif len(shape) == 2:
        if shape.startswith('0'):
            return 'utf-16-be'
        if shape == 'x0':
            return 'utf-16-le'
    return 'utf-8'


# ---- parsing ---------------------------------------------------------------------------------

def _as_text(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        return s.decode(detect_encoding(s), 'surrogatepass')
    raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                    f'not {s.__class__.__name__}')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document s (a str, or bytes in UTF-8, UTF-16 or UTF-32) into Python
    values.  The hooks are JSONDecoder's (see its __init__); cls names a JSONDecoder
    subclass to use instead, and further keyword arguments go to its constructor."""
    text = _as_text(s)
    hooks = {}
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float),
                       ('parse_int', parse_int), ('parse_constant', parse_constant),
                       ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            hooks[name] = hook
    if cls is None and not hooks and not kw:
        return _PLAIN_DECODER.decode(text)
    factory = JSONDecoder if cls is None else cls
    return factory(**hooks, **kw).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document read from fp (anything with a read() method); options as
    for loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
