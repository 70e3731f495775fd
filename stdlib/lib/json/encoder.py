"""JSON encoding: JSONEncoder.

The encoder walks the object and yields pieces of text; dumps() joins them and dump() writes
them to a file as they come.  Strings are escaped by a translation table for the ASCII
control characters, quote and backslash, and (with ensure_ascii) by \\uXXXX escapes for every
non-ASCII character, using surrogate pairs above U+FFFF.  Floats print with float.__repr__,
so they round-trip exactly.
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# Escapes for the characters that always need one.
_ESCAPE_TABLE = {ord(c): '\\u%04x' % ord(c) for c in map(chr, range(0x20))}
_ESCAPE_TABLE.update({ord('"'): '\\"', ord('\\'): '\\\\', ord('\n'): '\\n',
                      ord('\r'): '\\r', ord('\t'): '\\t', ord('\b'): '\\b',
                      ord('\f'): '\\f'})


def py_encode_basestring(s):
    """Return a JSON representation of a Python string (non-ASCII left as is)."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    s = s.translate(_ESCAPE_TABLE)
    if not s.isascii():
        out = []
        for c in s:
            n = ord(c)
            if n < 0x80:
                out.append(c)
            elif n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
        s = ''.join(out)
    return '"' + s + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python values into JSON text: dicts become objects, lists and tuples arrays,
    str strings, int and float numbers, True/False/None true/false/null.  For other
    objects, encoding calls default(obj), which a subclass may override to return something
    serializable (the base version raises TypeError)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        """skipkeys: skip dict keys that are not str, int, float, bool or None (instead of
        raising TypeError).  ensure_ascii: escape non-ASCII characters.  check_circular:
        detect reference cycles (ValueError instead of RecursionError).  allow_nan: write
        NaN and Infinity (not strict JSON).  sort_keys: output dicts sorted by key.  indent:
        pretty-print with this many spaces (or this string) per level.  separators: the
        (item_separator, key_separator) pair.  default: function for objects that cannot
        otherwise be serialized."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o, or raise TypeError (this version always
        raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as one string."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator of pieces (for writing as they come)."""
        markers = {} if self.check_circular else None
        return _Writer(self, markers).encode(o, 0)


class _Writer:
    """One encoding run: the settings of its encoder plus the objects being encoded (for
    the cycle check)."""

    def __init__(self, encoder, markers):
        self.encoder = encoder
        self.markers = markers
        self.escape = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def encode(self, o, level):
        if isinstance(o, str):
            yield self.escape(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            # int.__repr__, so that int subclasses (IntEnum) print as numbers.
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float_text(o)
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            replacement = self.encoder.default(o)
            yield from self.encode(replacement, level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            yield '[' + newline
        else:
            newline = None
            separator = self.item_separator
            yield '['
        first = True
        for value in lst:
            if not first:
                yield separator
            first = False
            yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        # JSON object keys are strings; numbers, booleans and None are converted.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            yield '{' + newline
        else:
            newline = None
            separator = self.item_separator
            yield '{'
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.escape(text)
            yield self.key_separator
            yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(dct)
