"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

    >>> import json
    >>> json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
    ['foo', {'bar': ['baz', None, 1.0, 2]}]

dumps/dump turn Python values into JSON text (json.encoder), loads/load parse it
(json.decoder).  Malformed input raises JSONDecodeError with CPython's message and position.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


_DEFAULT_SETTINGS = dict(skipkeys=False, ensure_ascii=True, check_circular=True,
                         allow_nan=True, indent=None, separators=None, default=None,
                         sort_keys=False)


def _encoder_for(cls, settings, kw):
    # The shared encoder serves calls that change nothing.
    if cls is None and not kw and all(settings[k] is v or (type(settings[k]) is type(v)
                                                              and settings[k] == v)
                                      for k, v in _DEFAULT_SETTINGS.items()):
        return _default_encoder
    return (cls or JSONEncoder)(**settings, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Write obj as JSON to the file object fp, piece by piece.  The options are those of
    dumps()."""
    encoder = _encoder_for(cls, dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                     check_circular=check_circular, allow_nan=allow_nan,
                                     indent=indent, separators=separators, default=default,
                                     sort_keys=sort_keys), kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """obj as a JSON string.

    skipkeys: skip dict keys that are not str, int, float, bool or None (instead of
      raising TypeError).
    ensure_ascii: escape every non-ASCII character (default); False keeps them.
    check_circular: detect reference cycles (ValueError) instead of recursing forever.
    allow_nan: write NaN and Infinity (not strict JSON); False raises ValueError.
    indent: spaces (or a string) per nesting level; None writes everything on one line.
    separators: (item_separator, key_separator); default (', ', ': '), or (',', ': ')
      with indent.  (',', ':') is the most compact.
    default: a function turning otherwise unserializable objects into serializable ones.
    sort_keys: write dict items sorted by key.
    cls: the JSONEncoder subclass to use."""
    encoder = _encoder_for(cls, dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                     check_circular=check_circular, allow_nan=allow_nan,
                                     indent=indent, separators=separators, default=default,
                                     sort_keys=sort_keys), kw)
    return encoder.encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes.  A BOM says it; otherwise the zero
    bytes among the first four tell UTF-16/32 and the byte order apart, since JSON text
    starts with an ASCII character."""
    boms = ((b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
            (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))
    for bom, name in boms:
        if b.startswith(bom):
            return name
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from the file object fp.  The options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of a JSON document (str, or bytes in UTF-8/16/32).

    object_hook(dict) / object_pairs_hook(list of (key, value)): what each JSON object
      becomes (the hook's result replaces it).
    parse_float, parse_int, parse_constant: functions given the text of each float, int,
      and NaN/Infinity/-Infinity.
    cls: the JSONDecoder subclass to use."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    hooks = {'object_hook': object_hook, 'object_pairs_hook': object_pairs_hook,
             'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant}
    hooks = {name: value for name, value in hooks.items() if value is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(**hooks, **kw).decode(s)
