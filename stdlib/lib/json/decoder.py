"""JSON decoding: JSONDecoder, JSONDecodeError and the scanner.

The scanner is a recursive-descent parser over the string, with indices: each parse_*
function takes the index where its value starts and returns (value, index after it).  Error
messages and positions are CPython's ("Expecting value: line 1 column 1 (char 0)"): an
error points at the first character (after whitespace) that does not fit.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'

class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    Attributes: msg (what was wrong), doc (the whole document), pos (index of the offending
    character), lineno and colno (its position counted from 1).  The str() of the error adds
    the position to the message: "msg: line L column C (char P)"."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1         # 0 when pos is on the first line
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start + 1
        super().__init__('%s: line %d column %d (char %d)'
                         % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        # Pickle and copy rebuild the error from the three constructor arguments.
        return type(self), (self.msg, self.doc, self.pos)


# The non-standard constants that the decoder accepts (parse_constant sees their text).
_SPECIAL_FLOATS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}
NaN, PosInf, NegInf = [_SPECIAL_FLOATS[name] for name in ('NaN', 'Infinity', '-Infinity')]

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


class _NoValue(Exception):
    """Raised by the scanner when no JSON value starts at `pos`."""

    def __init__(self, pos):
        self.pos = pos


def _hex4(s, i):
    # The four hex digits of a \\u escape starting at s[i], as an int (None if invalid).
    digits = s[i:i + 4]
    if len(digits) != 4 or any(c not in '0123456789abcdefABCDEF' for c in digits):
        return None
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1]: returns (the string,
    index after its closing quote).  strict=False lets control characters appear
    unescaped."""
    begin = end - 1
    chunks = []
    i = end
    while True:
        # The next quote or backslash ends a run of plain characters; str.find and min()
        # do the scanning in C.
        quote = s.find('"', i)
        limit = quote if quote >= 0 else len(s)
        slash = s.find('\\', i, limit)
        stop = limit if slash < 0 else slash
        run = s[i:stop]
        if run and strict and min(run) < ' ':
            for k, c in enumerate(run):
                if c < ' ':
                    raise JSONDecodeError('Invalid control character at', s, i + k)
        chunks.append(run)
        if slash < 0:
            if quote < 0:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            return ''.join(chunks), quote + 1
        # An escape sequence at `slash`.
        if slash + 1 >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[slash + 1]
        if esc != 'u':
            try:
                chunks.append(_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, slash) from None
            i = slash + 2
            continue
        code = _hex4(s, slash + 2)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, slash + 1)
        i = slash + 6
        # A high surrogate followed by an escaped low surrogate is one character.
        if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
            low = _hex4(s, i + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, i + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        chunks.append(chr(code))


class _Scanner:
    """The parser for one decoder's settings; scan_once(s, idx) -> (value, end)."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.parse_object = decoder.parse_object
        self.parse_array = decoder.parse_array
        self.parse_string = decoder.parse_string

    def scan_once(self, s, idx):
        try:
            return self._value(s, idx)
        except _NoValue as exc:
            raise StopIteration(exc.pos) from None

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c in _DIGITS or c == '-':
            number = self._number(s, i)
            if number is not None:
                return number
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        raise _NoValue(i)

    def _number(self, s, start):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?  -- the longest match at start.
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            return None
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    # In the two container parsers, whitespace is skipped by a call only when there is some:
    # in compact documents the character after a value is usually the delimiter itself.

    def _object(self, s, i):
        n = len(s)
        i = _skip_ws(s, i)
        pairs = []
        if i < n and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, self.strict)
            if i < n and s[i] != ':':
                i = _skip_ws(s, i)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _NoValue as missing:
                raise JSONDecodeError('Expecting value', s, missing.pos) from None
            pairs.append((key, value))
            if i < n and s[i] in _WHITESPACE:
                i = _skip_ws(s, i)
            if i < n and s[i] == ',':
                i = _skip_ws(s, i + 1)
            elif i < n and s[i] == '}':
                return self._finish_object(pairs), i + 1
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        if self.object_hook is not None:
            return self.object_hook(dict(pairs))
        return dict(pairs)

    def _array(self, s, i):
        n = len(s)
        i = _skip_ws(s, i)
        values = []
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _NoValue as missing:
                raise JSONDecodeError('Expecting value', s, missing.pos) from None
            values.append(value)
            if i < n and s[i] in _WHITESPACE:
                i = _skip_ws(s, i)
            if i < n and s[i] == ',':
                i = _skip_ws(s, i + 1)
            elif i < n and s[i] == ']':
                return values, i + 1
            else:
                raise JSONDecodeError("Expecting ',' delimiter", s, i)


def make_scanner(context):
    return _Scanner(context).scan_once


class JSONDecoder(object):
    """Parses JSON documents into Python values.

    object -> dict, array -> list, string -> str, number -> int (no fraction or exponent) or
    float, true/false/null -> True/False/None.  Beyond strict JSON, NaN, Infinity and -Infinity
    are accepted as floats."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """Hooks (None means the default):
        object_hook        f(dict) -> replacement for each decoded object
        object_pairs_hook  f(list of (key, value)) -> replacement for each object; takes
                           precedence over object_hook
        parse_float        f(text) for numbers with a fraction or exponent (default float)
        parse_int          f(text) for the other numbers (default int)
        parse_constant     f('NaN' | 'Infinity' | '-Infinity')
        strict             False lets strings contain raw control characters"""
        # Number and constant conversions.
        self.parse_int = int if parse_int is None else parse_int
        self.parse_float = float if parse_float is None else parse_float
        if parse_constant is None:
            parse_constant = _SPECIAL_FLOATS.__getitem__
        self.parse_constant = parse_constant
        # Objects and strings.
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.strict = strict
        # The scanner's parts.  minipy's scanner parses objects and arrays itself, so there are
        # no separate object/array parsers to expose.
        self.parse_object = self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """The value of the JSON document s; whitespace may surround it, nothing else."""
        value, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end < len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Parse one JSON value starting exactly at s[idx]; returns (value, index just past
        it) and ignores whatever follows."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
