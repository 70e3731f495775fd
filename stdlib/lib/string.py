"""A collection of string constants and classes.

Constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters, digits, hexdigits,
octdigits, punctuation, printable.  capwords() capitalizes words.  Template does
$-substitution; Formatter exposes str.format's machinery for subclassing.

minipy has no `re` module yet, so Template scans its text by hand: a placeholder is the
delimiter followed by an ASCII identifier, by the identifier in braces, or by a second
delimiter (an escaped one).  Subclasses may change `delimiter`; custom regular-expression
`idpattern`/`pattern` attributes are not supported.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

# --- Constants ---------------------------------------------------------------------------------
# The ASCII character classes.  The runs of consecutive code points are spelled out by a helper
# so that a reader can see at a glance which ranges they are.

def _code_point_run(first, last):
    return ''.join([chr(code) for code in range(ord(first), ord(last) + 1)])


digits = _code_point_run('0', '9')
octdigits = digits[:8]
ascii_lowercase = _code_point_run('a', 'z')
ascii_uppercase = _code_point_run('A', 'Z')
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Every printable ASCII character that is neither a letter, a digit nor a space, in code order.
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
# Space, tab, newline, carriage return, vertical tab, form feed.
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace
del _code_point_run


def capwords(s, sep=None):
    """Split s into words (at sep, or at runs of whitespace when sep is None), capitalize each
    word, and join them with sep (a single space when sep is None)."""
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join([word.capitalize() for word in words])

# --- Template ----------------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHAR = frozenset('_' + ascii_letters + digits)

# Default of substitute()'s positional mapping: tells "no mapping given" from an empty one.
_NO_MAPPING = {}


class _KeywordsFirst:
    # The lookup used when both a mapping and keywords are given: keywords win.
    def __init__(self, keywords, mapping):
        self._keywords = keywords
        self._mapping = mapping

    def __getitem__(self, key):
        if key in self._keywords:
            return self._keywords[key]
        return self._mapping[key]


def _lookup_for(mapping, keywords):
    if mapping is _NO_MAPPING:
        return keywords
    if keywords:
        return _KeywordsFirst(keywords, mapping)
    return mapping


class Template:
    """A text with $-placeholders: $name, ${name}, and $$ for a literal dollar sign.
    substitute() fills them in from a mapping and/or keyword arguments."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if 'pattern' in cls.__dict__ or 'idpattern' in cls.__dict__ \
                or 'braceidpattern' in cls.__dict__:
            raise NotImplementedError(
                'minipy: string.Template patterns need the re module, which is missing')

    # The scanner yields the pieces of the template: ('text', s), ('escaped', delim),
    # ('named', name, start, end), ('braced', name, start, end) or ('invalid', pos).
    def _scan(self):
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = 0
        while True:
            j = text.find(delim, i)
            if j < 0:
                if i < n:
                    yield ('text', text[i:])
                return
            if j > i:
                yield ('text', text[i:j])
            k = j + dlen
            if text.startswith(delim, k):
                yield ('escaped', delim)
                i = k + dlen
                continue
            if k < n and text[k] in _ID_START:
                e = k + 1
                while e < n and text[e] in _ID_CHAR:
                    e += 1
                yield ('named', text[k:e], j, e)
                i = e
                continue
            if k < n and text[k] == '{' and k + 1 < n and text[k + 1] in _ID_START:
                e = k + 2
                while e < n and text[e] in _ID_CHAR:
                    e += 1
                if e < n and text[e] == '}':
                    yield ('braced', text[k + 1:e], j, e + 1)
                    i = e + 1
                    continue
            yield ('invalid', k, j)
            i = k

    def _invalid(self, i):
        # Position of the bad placeholder as (line, column), both from 1.  The column is the
        # length of the last line piece before i (its line break included, as CPython counts).
        pieces = self.template[:i].splitlines(keepends=True)
        if pieces:
            line, column = len(pieces), len(pieces[-1])
        else:
            line, column = 1, 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _lookup_for(mapping, kws)
        out = []
        for piece in self._scan():
            kind = piece[0]
            if kind == 'text' or kind == 'escaped':
                out.append(piece[1])
            elif kind == 'invalid':
                self._invalid(piece[1])
            else:
                out.append('%s' % (mapping[piece[1]],))
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _lookup_for(mapping, kws)
        out = []
        text = self.template
        for piece in self._scan():
            kind = piece[0]
            if kind == 'text' or kind == 'escaped':
                out.append(piece[1])
            elif kind == 'invalid':
                # Keep the delimiter; the scanner goes on with the text after it.
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[piece[1]],))
                except KeyError:
                    out.append(text[piece[2]:piece[3]])
        return ''.join(out)

    def is_valid(self):
        for piece in self._scan():
            if piece[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for piece in self._scan():
            if piece[0] in ('named', 'braced') and piece[1] not in ids:
                ids.append(piece[1])
        return ids

# --- Formatter ---------------------------------------------------------------------------------

def _parse_format(format_string):
    """Split a str.format template into (literal_text, field_name, format_spec, conversion)
    tuples, as _string.formatter_parser does in CPython."""
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                # An escaped brace ends the current literal chunk (as CPython's parser).
                literal.append('{')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # A replacement field: find its matching '}' (format specs may nest fields).
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # field_name [! conversion] [: format_spec]; brackets may contain ':' or '!'.
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            if k < len(field) and field[k] == '!':
                if k + 1 >= len(field):
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = field[k + 1]
                k += 2
                if k < len(field) and field[k] != ':':
                    raise ValueError('expected \':\' after conversion specifier')
            if k < len(field) and field[k] == ':':
                spec = field[k + 1:]
            yield (''.join(literal), name, spec, conversion)
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield (''.join(literal), None, None, None)


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]): the first part (an int when all
    digits) and the attribute (True) / index (False) accesses that follow."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field '
                                 'specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """str.format's algorithm in overridable steps: parse() splits the template,
    get_field()/get_value() find each field's object, convert_field() applies !r/!s/!a,
    format_field() formats it, check_unused_args() may object to unused arguments."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._render(format_string, args, kwargs, used, 2, 0)
        self.check_unused_args(used, args, kwargs)
        return text

    def _render(self, template, args, kwargs, used, depth, next_auto):
        """(formatted template, next automatic field number).  next_auto is False once a
        field has been numbered by hand: the two styles cannot be mixed."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(template):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if next_auto is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(next_auto)
                next_auto += 1
            elif field_name.isdigit():
                if next_auto:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                next_auto = False
            obj, key = self.get_field(field_name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            # The format spec may itself contain fields ({:{width}}).
            spec, next_auto = self._render(spec, args, kwargs, used, depth - 1, next_auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out), next_auto

    def get_value(self, key, args, kwargs):
        """The argument named by key: a position (int) or a keyword (str)."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the set of argument keys used; does nothing by default."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion."""
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples; field_name is None
        after the last literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, key of the argument used) for a field such as "0.name" or
        "point[1]"."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, part in rest:
            obj = getattr(obj, part) if is_attr else obj[part]
        return obj, first
