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

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join.  If the optional second argument sep is absent or
    None, runs of whitespace characters are replaced by a single space and leading and
    trailing whitespace are removed, otherwise sep is used to split and join the words."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

# --- Template ----------------------------------------------------------------------------------

_ID_START = frozenset('_' + ascii_letters)
_ID_CHAR = frozenset('_' + ascii_letters + digits)

_sentinel_dict = {}


class _TemplateChainMap:
    # The lookup used when both a mapping and keywords are given: keywords win.
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


class Template:
    """A string class for supporting $-substitutions."""

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
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _TemplateChainMap(kws, mapping)
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

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _TemplateChainMap(kws, mapping)
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
    """str.format's algorithm, split into overridable steps (parse, get_field, get_value,
    check_unused_args, format_field, convert_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets used later on, then an
                    # exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references and the argument it
                # came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # format the object and append to the result (the spec may itself contain
                # replacement fields)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Returns an iterable of tuples (literal_text, field_name, format_spec, conversion).

        literal_text can be zero length; field_name can be None, in which case there's no
        object to format and output; if field_name is not None, it is looked up, formatted
        with format_spec and conversion and then used."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Given a field_name, find the object it references.

        field_name: the field being looked up, e.g. "0.name" or "lookup[3]"
        used_args:  a set of which args have been used
        args, kwargs: as passed in to vformat"""
        first, rest = _split_field_name(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
