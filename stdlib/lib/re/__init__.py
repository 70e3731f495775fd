"""Support for regular expressions (RE), as CPython's re module.

The pattern language and the API are CPython's. Patterns are parsed and compiled to a small
program by re/_parser.py; the native module _re (stdlib/re_engine.cpp) runs the programs. See
docs/re.md.
"""

import _re
from re import _parser
from re._parser import error

# The public names, in CPython's order.
__all__ = ("match fullmatch search sub subn split findall finditer compile purge template "
           "escape error Pattern Match A I L M S X U ASCII IGNORECASE LOCALE MULTILINE DOTALL "
           "VERBOSE UNICODE NOFLAG RegexFlag").split()

__version__ = "2.2.1"


# --- flags -------------------------------------------------------------------------------------

class _RegexFlagType(type):
    # The class-level behaviour of an enum.IntFlag class: iteration, len(), RegexFlag['NAME'],
    # __members__, and its repr.

    def __iter__(cls):
        return iter([getattr(cls, name) for name, bit in cls._members_])

    def __len__(cls):
        return len(cls._members_)

    def __getitem__(cls, name):
        if name not in cls._aliases_:
            raise KeyError(name)
        return getattr(cls, name)

    @property
    def __members__(cls):
        return {name: getattr(cls, name) for name in cls._aliases_}

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


class RegexFlag(int, metaclass=_RegexFlagType):
    """The re flags: an int whose repr names the flags, as CPython's RegexFlag (an IntFlag)."""

    __module__ = 're'
    # (name, value) in CPython's definition order, which is also the order of repr().
    _members_ = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
                 ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
                 ('DEBUG', 128))
    _all_bits_ = 511
    _aliases_ = ('NOFLAG', 'ASCII', 'A', 'IGNORECASE', 'I', 'LOCALE', 'L', 'UNICODE', 'U',
                 'MULTILINE', 'M', 'DOTALL', 'S', 'VERBOSE', 'X', 'TEMPLATE', 'T', 'DEBUG')

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in self._members_ if v & b]
        if v & ~self._all_bits_ or not names:
            return None
        return '|'.join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return 're.%s' % '|re.'.join(n for n, b in self._members_ if v & b)
        parts = ['re.' + n for n, b in self._members_ if v & b]
        rest = v & ~self._all_bits_
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        v = int(self)
        if v & ~self._all_bits_:
            return RegexFlag(~v)
        return RegexFlag(self._all_bits_ & ~v)

    def __reduce__(self):
        return RegexFlag, (int(self),)

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(b) for n, b in self._members_ if v & b])

    def __len__(self):
        v = int(self)
        return sum(1 for n, b in self._members_ if v & b)

    def __contains__(self, other):
        if not isinstance(other, int):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__name__, type(self).__name__))
        return int(other) & int(self) == int(other)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name in RegexFlag._aliases_:
    setattr(RegexFlag, _name, globals()[_name])
del _name


# --- the module-level functions ------------------------------------------------------------------

def match(pattern, string, flags=0):
    """Match the pattern at the beginning of string: a Match, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against the whole of string: a Match, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first place in string where the pattern matches: a Match, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of the pattern (left to right, not overlapping, at most count
    when count > 0) replaced by repl: a template string, or a function given each Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), but answers (new string, how many replacements were made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between matches of the pattern (captured groups included)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match, left to right: whole matches, or the group when the
    pattern has one, or tuples of the groups when it has several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for every non-overlapping match, left to right."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """A Pattern object for the pattern (cached, so compiling twice is cheap)."""
    return _compile(pattern, flags)


def purge():
    """Forget every compiled pattern kept by the cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile() with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


# The characters re.escape() escapes (CPython 3.7+).
_special_chars = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """pattern (str or bytes) with a backslash before every character that could mean
    something in a regular expression, so it matches itself literally."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars).encode('latin1')


# --- compiling, with a cache ---------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # A RegexFlag hashes and compares as its int, so it finds the same cache entry.
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'"
                        % type(flags).__name__)
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


# --- Pattern ---------------------------------------------------------------------------------

class Pattern:
    """A compiled regular expression (what re.compile() answers)."""

    __module__ = 're'
    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_program', '_is_str',
                 '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _setup(self, pattern, flags):
        flags = _check_flags(pattern, int(flags))
        code, ngroups, nrepeats, flags, groupindex = _parser.compile_pattern(pattern, flags)
        flags = _check_flags(pattern, flags)
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = ngroups
        self._groupindex = groupindex
        self._is_str = isinstance(pattern, str)
        self._program = _re.compile(code, ngroups, nrepeats)

    @property
    def groupindex(self):
        """Group names -> group numbers."""
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if self._is_str:
            flags &= ~UNICODE
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return 're.compile(%s, %r)' % (p, RegexFlag(flags))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _run(self, string, pos, endpos, mode):
        if endpos is None:
            endpos = _MAXPOS
        r = _re.match(self._program, self._is_str, string, pos, endpos, mode)
        if r is None:
            return None
        return _new_match(self, string, r, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        """Match the pattern at position pos of the string: a Match, or None."""
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        """Match the pattern against all of string[pos:endpos]: a Match, or None."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        """The first position in string[pos:endpos] where the pattern matches: a Match, or
        None."""
        return self._run(string, pos, endpos, 2)

    def _scanner(self, string, pos=0, endpos=None):
        if endpos is None:
            endpos = _MAXPOS
        return _re.scanner(self._program, self._is_str, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        """An iterator of Match objects for every non-overlapping match, left to right."""
        scanner = self._scanner(string, pos, endpos)
        if endpos is None:
            endpos = _MAXPOS
        return _finditer(self, scanner, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """Every non-overlapping match, left to right: whole matches, or the group, or tuples
        of the groups, depending on how many groups the pattern has."""
        if endpos is None:
            endpos = _MAXPOS
        return _re.findall(self._program, self._is_str, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """The pieces of string between matches (captured groups included)."""
        scanner = self._scanner(string)
        out = []
        last = 0
        n = 0
        groups = self.groups
        while maxsplit == 0 or n < maxsplit:
            r = scanner.search()
            if r is None:
                break
            out.append(_piece(string, last, r[0]))
            for g in range(1, groups + 1):
                out.append(_slice(string, r[2 * g], r[2 * g + 1], None))
            last = r[1]
            n += 1
        out.append(_piece(string, last, len(string)))
        return out

    def sub(self, repl, string, count=0):
        """string with the matches (left to right, not overlapping, at most count when
        count > 0) replaced by repl: a template string, or a function given each Match."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """As sub(), but answers (new string, how many replacements were made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            # No substitution at all (CPython); type errors are still raised.
            self._scanner(string)
            if not callable(repl):
                _compile_template(self, repl)
            return _piece(string, 0, len(string)), 0
        if callable(repl):
            template = None
            literal = None
        else:
            literal, template = _compile_template(self, repl)
            if template is not None or isinstance(literal, (str, bytes)) and (
                    isinstance(literal, str) == self._is_str):
                # The whole substitution runs in _re.
                return _re.sub(self._program, self._is_str, string,
                               [literal] if template is None else template, count)
        scanner = self._scanner(string)
        parts = []
        last = 0
        n = 0
        while count <= 0 or n < count:
            r = scanner.search()
            if r is None:
                break
            if r[0] > last:
                parts.append(_piece(string, last, r[0]))
            if template is None and literal is None:
                m = _new_match(self, string, r, 0, _MAXPOS)
                piece = repl(m)
                if piece:
                    parts.append(piece)
            elif template is None:
                if literal:
                    parts.append(literal)
            else:
                parts.append(_expand_parts(string, r, template, self._is_str))
            last = r[1]
            n += 1
        if last < len(string):
            parts.append(_piece(string, last, len(string)))
        if self._is_str:
            result = ''.join(parts)
        else:
            result = b''.join(parts)
            if n == 0 and not isinstance(string, bytes):
                result = bytes(string)
        return result, n

    def scanner(self, string, pos=0, endpos=None):
        return _PatternScanner(self, string, pos, endpos)


_MAXPOS = 0x7fffffffffffffff


def _new_pattern(pattern, flags):
    p = object.__new__(Pattern)
    p._setup(pattern, flags)
    return p


def _new_match(pattern, string, r, pos, endpos):
    m = object.__new__(Match)
    m._setup(pattern, string, r, pos, endpos)
    return m


def _slice(string, start, end, default):
    if start < 0 or end < 0:
        return default
    return _piece(string, start, end)


def _piece(string, start, end):
    # string[start:end]; a bytes for bytes-like subjects other than bytes (bytearray), as CPython.
    t = type(string)
    if t is str or t is bytes:
        return string[start:end]
    if isinstance(string, str):
        return str(string[start:end])
    return bytes(string[start:end])


def _finditer(pattern, scanner, string, pos, endpos):
    while True:
        r = scanner.search()
        if r is None:
            return
        yield _new_match(pattern, string, r, pos, endpos)


class _PatternScanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._scanner = pattern._scanner(string, pos, endpos)

    def search(self):
        r = self._scanner.search()
        if r is None:
            return None
        return _new_match(self.pattern, self._string, r, self._pos,
                     _MAXPOS if self._endpos is None else self._endpos)

    def match(self):
        m = self.pattern.match(self._string, self._pos,
                               _MAXPOS if self._endpos is None else self._endpos)
        if m is not None:
            self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m


# --- replacement templates -----------------------------------------------------------------------

def _compile_template(pattern, repl):
    """Returns (literal, None) for a template without group references, else (None, parts)
    where parts alternates literal text and group numbers."""
    is_str = pattern._is_str
    if is_str:
        if not isinstance(repl, str):
            return (repl, None)     # joining the pieces raises CPython's TypeError
        text = repl
    else:
        if isinstance(repl, str):
            return (repl, None)
        repl = bytes(repl)
        text = repl.decode('latin-1')
    if '\\' not in text:
        return (repl, None)
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups
    # As for patterns, CPython's tokenizer reads one token ahead: a lone backslash at the end is
    # reported as soon as the token before it has been read.
    k = 0
    while k < n and text[n - 1 - k] == '\\':
        k += 1
    trailing = n - 1 if k % 2 else None

    def fail(msg, pos, consumed):
        if trailing is not None and consumed >= trailing:
            return error('bad escape (end of pattern)', repl, trailing)
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise fail('missing <', i, i)
            end = i + 1
            while end < n and text[end] != '>':
                end += 2 if text[end] == '\\' else 1
            if end >= n:
                if i + 1 >= n:
                    raise fail('missing group name', i + 1, n)
                raise fail('missing >, unterminated name', i + 1, n)
            name = text[i + 1:end]
            if not name:
                raise fail('missing group name', i + 1, end + 1)
            if name.isidentifier() and (is_str or name.isascii()):
                index = pattern._groupindex.get(name)
                if index is None:
                    if trailing is not None and end + 1 >= trailing:
                        raise fail('', 0, end + 1)
                    raise IndexError("unknown group name '%s'" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise fail('bad character in group name %r' % name, i + 1, end + 1) from None
                if index > groups:
                    raise fail('invalid group reference %d' % index, i + 1, end + 1)
            i = end + 1
            _flush(parts, lit)
            parts.append(index)
        elif c == '0':
            digits = '0'
            while len(digits) < 3 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            lit.append(chr(int(digits, 8)))
        elif c in '123456789':
            digits = c
            if i < n and text[i] in '0123456789':
                if (c in '01234567' and text[i] in '01234567' and i + 1 < n
                        and text[i + 1] in '01234567'):
                    value = int(c + text[i:i + 2], 8)
                    if value > 0o377:
                        raise fail('octal escape value \\%s outside of range 0-0o377'
                                   % (c + text[i:i + 2]), start, i + 2)
                    lit.append(chr(value))
                    i += 2
                    continue
                digits += text[i]
                i += 1
            index = int(digits)
            if index > groups:
                raise fail('invalid group reference %d' % index, start + 1, i)
            _flush(parts, lit)
            parts.append(index)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise fail('bad escape \\%s' % c, start, i)
        else:
            lit.append('\\')
            lit.append(c)
    _flush(parts, lit)
    if trailing is not None:
        raise error('bad escape (end of pattern)', repl, trailing)
    if not is_str:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    if all(not isinstance(p, int) for p in parts):
        return ((''.join(parts) if is_str else b''.join(parts)), None)
    return (None, parts)


_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}


def _flush(parts, lit):
    if lit:
        parts.append(''.join(lit))
        lit.clear()


def _expand_parts(string, r, parts, is_str):
    out = []
    for p in parts:
        if isinstance(p, int):
            s = r[2 * p]
            e = r[2 * p + 1]
            if s >= 0 and e >= 0:
                out.append(_piece(string, s, e))
        else:
            out.append(p)
    if is_str:
        return ''.join(out)
    return b''.join(bytes(x) for x in out)


# --- Match ---------------------------------------------------------------------------------------

class Match:
    """One successful match: the groups' texts and positions (always true as a bool)."""

    __module__ = 're'
    __slots__ = ('re', 'string', '_r', 'pos', 'endpos')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _setup(self, pattern, string, r, pos, endpos):
        self.re = pattern
        self.string = string
        self._r = r
        n = len(string)
        if pos == 0 and endpos >= n:
            self.pos = 0
            self.endpos = n
            return
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            i = int(g)
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError('no such group')
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
            raise IndexError('no such group')
        if hasattr(g, '__index__'):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        r = self._r
        s = r[2 * i]
        e = r[2 * i + 1]
        if s < 0 or e < 0:
            return default
        return _piece(self.string, s, e)

    def group(self, *args):
        """The text of one group (0: the whole match), or a tuple for several; groups are
        numbers or names."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """The texts of groups 1, 2, ...; groups that did not take part give default."""
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The named groups as a dict name -> text; groups that did not take part give
        default."""
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        """Where the group's text starts in the string (-1 when it did not take part)."""
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        """Where the group's text ends in the string (-1 when it did not take part)."""
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        """(start, end) of the group's text; (-1, -1) when it did not take part."""
        i = self._index(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._r[2 * i], self._r[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        """Number of the last group that matched, or None."""
        li = self._r[-1]
        return None if li <= 0 else li

    @property
    def lastgroup(self):
        """Name of the last group that matched, or None (no name, or no group matched)."""
        li = self._r[-1]
        if li <= 0:
            return None
        for name, i in self.re._groupindex.items():
            if i == li:
                return name
        return None

    def expand(self, template):
        """template with its \\1, \\g<1> and \\g<name> references replaced by this match's
        groups, as sub() does."""
        literal, parts = _compile_template(self.re, template)
        if parts is None:
            return literal
        return _expand_parts(self.string, self._r, parts, self.re._is_str)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._r[0], self._r[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# --- Scanner (undocumented, as in CPython) ---------------------------------------------------------

class Scanner:
    """A simple lexer: lexicon is a list of (pattern, action) pairs. scan() matches the phrases
    one after another at the current position (the first phrase that matches wins) and collects
    action(scanner, text) for callable actions, the action itself otherwise (None: skipped)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        i = 0
        while True:
            for phrase, action in self._phrases:
                m = phrase.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
