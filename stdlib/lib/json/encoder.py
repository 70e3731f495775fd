"""json.encoder: Python values to JSON text.

JSONEncoder holds the settings; the work is done by a _Writer made for each encoding, which
walks the value recursively and hands every piece of text to an `emit` function.  Where the
pieces go is the caller's choice: encode() collects them in a list and joins it, json.dump()
passes the file's write method so the document streams out as it is produced.

Strings are escaped with a translation table (control characters, the quote and the backslash);
with ensure_ascii every non-ASCII character also becomes a \\uXXXX escape, characters beyond
the BMP as a surrogate pair.  Floats print with float.__repr__ (shortest text that reads back
to the same float), ints with int.__repr__ (so IntEnum members print as numbers).
"""

__all__ = ['JSONEncoder']

INFINITY = float('inf')


# ---- string escaping -------------------------------------------------------------------------

def _build_escape_map():
    # Every control character below U+0020 must be escaped; five of them have short forms.
    table = {code: '\\u%04x' % code for code in range(0x20)}
    for char, short in (('\b', 'b'), ('\t', 't'), ('\n', 'n'), ('\f', 'f'), ('\r', 'r'),
                        ('"', '"'), ('\\', '\\')):
        table[ord(char)] = '\\' + short
    return table


_ESCAPE_MAP = _build_escape_map()


def _u_escape(char):
    code = ord(char)
    if code < 0x10000:
        return '\\u%04x' % code
    # Outside the Basic Multilingual Plane: a UTF-16 surrogate pair, each half escaped.
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff))


def py_encode_basestring(s):
    """s as a JSON string literal, quotes included; non-ASCII characters stay as they are."""
    return '"' + s.translate(_ESCAPE_MAP) + '"'


def py_encode_basestring_ascii(s):
    """s as a JSON string literal made only of ASCII characters."""
    body = s.translate(_ESCAPE_MAP)
    if not body.isascii():
        body = ''.join([char if char < '\x80' else _u_escape(char) for char in body])
    return '"' + body + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


# ---- the encoder -----------------------------------------------------------------------------

class JSONEncoder(object):
    """Settings for turning Python values into JSON.

    dict -> object, list and tuple -> array, str -> string, int and float -> number,
    True/False/None -> true/false/null.  Anything else is passed to default(), whose result is
    encoded in its place; the base default() raises TypeError, so subclasses override it (or
    pass default=) to support more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        """Options:
        skipkeys        leave out dict items whose key is not a str, int, float, bool or None
                        (otherwise such a key raises TypeError)
        ensure_ascii    escape all non-ASCII characters in strings
        check_circular  watch for containers that contain themselves (ValueError)
        allow_nan       write NaN, Infinity, -Infinity (not valid strict JSON)
        sort_keys       write dict items in key order
        indent          None for one line; otherwise a number of spaces, or a string, to
                        indent each nesting level by, one item per line
        separators      the pair (item separator, key separator)
        default         function called for objects that have no JSON form"""
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is None:
            # One item per line needs no space after the comma.
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default           # an instance attribute shadows the method

    def default(self, o):
        """Override to return a JSON-encodable replacement for o; this one raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON document for o, as one str."""
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON document for o, in pieces."""
        pieces = []
        _Writer(self, pieces.append).value(o, 0)
        return pieces if _one_shot else iter(pieces)

    def _stream(self, o, write):
        # json.dump()'s path: every piece goes straight to write().
        _Writer(self, write).value(o, 0)


class _Writer:
    """One walk over a value: the encoder's settings resolved once, the containers currently
    open (for the cycle check), and the emit function receiving the text."""

    def __init__(self, encoder, emit):
        self.emit = emit
        self.fallback = encoder.default
        self.allow_nan = encoder.allow_nan
        self.skipkeys = encoder.skipkeys
        self.sort_keys = encoder.sort_keys
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.comma = encoder.item_separator
        self.colon = encoder.key_separator
        unit = encoder.indent
        if unit is not None and not isinstance(unit, str):
            unit = ' ' * unit
        self.unit = unit
        self.open_ids = {} if encoder.check_circular else None

    # -- scalars --

    def float_text(self, value):
        if value != value:
            special = 'NaN'
        elif value == INFINITY:
            special = 'Infinity'
        elif value == -INFINITY:
            special = '-Infinity'
        else:
            return float.__repr__(value)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return special

    def scalar_text(self, value):
        # The text of a non-container JSON value, or None when value is not one.  bool is
        # tested before int since True and False are ints too.
        if isinstance(value, str):
            return self.quote(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return self.float_text(value)
        return None

    # -- containers --

    def enter(self, container):
        if self.open_ids is not None:
            marker = id(container)
            if marker in self.open_ids:
                raise ValueError('Circular reference detected')
            self.open_ids[marker] = container

    def leave(self, container):
        if self.open_ids is not None:
            del self.open_ids[id(container)]

    def opening(self, bracket, depth):
        # Emits the bracket (and the first line break); returns the separator between items.
        if self.unit is None:
            self.emit(bracket)
            return self.comma
        line_break = '\n' + self.unit * (depth + 1)
        self.emit(bracket + line_break)
        return self.comma + line_break

    def closing(self, bracket, depth):
        if self.unit is None:
            self.emit(bracket)
        else:
            self.emit('\n' + self.unit * depth + bracket)

    def value(self, o, depth):
        text = self.scalar_text(o)
        if text is not None:
            self.emit(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, depth)
        elif isinstance(o, dict):
            self.object(o, depth)
        else:
            # Not JSON-shaped: encode whatever default() turns it into.  The object counts as
            # open meanwhile, so a default() that returns the object itself is caught.
            self.enter(o)
            self.value(self.fallback(o), depth)
            self.leave(o)

    def array(self, items, depth):
        if not items:
            self.emit('[]')
            return
        self.enter(items)
        between = self.opening('[', depth)
        emit = self.emit
        first = True
        for item in items:
            if first:
                first = False
            else:
                emit(between)
            text = self.scalar_text(item)
            if text is None:
                self.value(item, depth + 1)
            else:
                emit(text)
        self.closing(']', depth)
        self.leave(items)

    def key_text(self, key):
        # Object keys are strings in JSON: other scalar keys are converted to their JSON text.
        # None means "skip this item" (skipkeys) for keys with no JSON text.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True or key is False or key is None:
            return self.scalar_text(key)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, mapping, depth):
        if not mapping:
            self.emit('{}')
            return
        self.enter(mapping)
        between = self.opening('{', depth)
        emit = self.emit
        pairs = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for key, item in pairs:
            name = self.key_text(key)
            if name is None:
                continue
            if first:
                first = False
            else:
                emit(between)
            emit(self.quote(name))
            emit(self.colon)
            text = self.scalar_text(item)
            if text is None:
                self.value(item, depth + 1)
            else:
                emit(text)
        self.closing('}', depth)
        self.leave(mapping)
