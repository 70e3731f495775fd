"""Parser and compiler of regular expressions for minipy's re module.

parse() reads a pattern by recursive descent (one function per grammar level: alternation,
sequence, repeated item, atom) into a small tree of tuples; compile_pattern() turns the tree into
the flat int program that the native matcher (stdlib/re_engine.cpp, module _re) runs. The opcode
numbers below must match the `enum Op` there. docs/re.md describes the design.

Tree nodes (tuples, tag first):
    ('lit', cp, ic)             one character; ic: 0 exact, 1 Unicode folding, 2 ASCII folding
    ('any', dotall)
    ('set', negate, ranges, cats, ic)
    ('at', kind)
    ('seq', [nodes])
    ('alt', [nodes])
    ('group', index, node)      capturing group (index >= 1)
    ('rep', min, max, mode, node)   mode 0 greedy, 1 lazy, 2 possessive
    ('atomic', node)
    ('look', kind, node)        kind: 1 ahead, 2 not ahead, 3 behind, 4 not behind
    ('ref', index, ic)
    ('cond', index, yes, no)
"""

MAXREPEAT = 0x7fffffff
MAXGROUPS = 0x3fffffff

# Flags (the values of CPython's re flags).
F_TEMPLATE = 1
F_IGNORECASE = 2
F_LOCALE = 4
F_MULTILINE = 8
F_DOTALL = 16
F_UNICODE = 32
F_VERBOSE = 64
F_DEBUG = 128
F_ASCII = 256

# Opcodes (stdlib/re_engine.cpp).
FAIL, SUCCESS, LIT, LIT_IC, ANY, ANY_ALL, SET, AT, SPLIT, JMP, SAVE, GROUPREF, GROUP_EXISTS, \
    REP_INIT, REP_LOOP, REP_INC, REPONE, SUB, SUB_END = range(19)

AT_BEGIN, AT_BEGIN_LINE, AT_END, AT_END_LINE, AT_END_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, \
    AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY = range(9)

SET_NEGATE = 1
SET_IGNORECASE = 2
SET_ASCII_FOLD = 4
ASCII_FOLD_BIT = 0x40000000

# Categories: digit, not digit, space, not space, word, not word; +6 for Unicode.
_CATEGORY_LETTERS = {'d': 0, 'D': 1, 's': 2, 'S': 3, 'w': 4, 'W': 5}

_SIMPLE_ESCAPES = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_OCTAL = '01234567'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_WHITESPACE = ' \t\n\r\v\f'
_SPECIAL = '.\\[{()*+?^$|'
_REPEAT_CHARS = '*+?{'


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _State:
    def __init__(self, pattern, flags):
        self.pattern = pattern                  # the original str or bytes
        self.is_bytes = not isinstance(pattern, str)
        if self.is_bytes:
            self.text = pattern.decode('latin-1')
        else:
            self.text = pattern
        self.n = len(self.text)
        self.pos = 0
        self.flags = flags
        self.groups = 1                         # next group number
        self.groupdict = {}
        self.open_groups = set()
        self.lookbehind_groups = None
        self.grouprefpos = {}

        # CPython's tokenizer reads one token ahead, so a lone backslash at the very end is
        # reported as soon as the token before it is read: remember where it is.
        k = 0
        while k < self.n and self.text[self.n - 1 - k] == '\\':
            k += 1
        self.trailing_backslash = self.n - 1 if k % 2 else None

    def error(self, msg, pos):
        tb = self.trailing_backslash
        if tb is not None and self.pos >= tb:
            return error('bad escape (end of pattern)', self.pattern, tb)
        return error(msg, self.pattern, pos)

    def peek(self):
        if self.pos < self.n:
            return self.text[self.pos]
        return None

    def at_end(self):
        return self.pos >= self.n


def _ic_of(state, flags):
    if not flags & F_IGNORECASE:
        return 0
    if state.is_bytes or flags & F_ASCII or flags & F_LOCALE:
        return 2
    return 1


def _uni(state, flags):
    return not (state.is_bytes or flags & F_ASCII or flags & F_LOCALE)


def _skip_verbose(state):
    text = state.text
    while state.pos < state.n:
        c = text[state.pos]
        if c in _WHITESPACE:
            state.pos += 1
        elif c == '#':
            while state.pos < state.n and text[state.pos] != '\n':
                state.pos += 1
        else:
            break


# --- alternation and sequences ---------------------------------------------------------------

def _parse_alt(state, flags, nested):
    branches = [_parse_seq(state, flags, nested)]
    while state.peek() == '|':
        state.pos += 1
        branches.append(_parse_seq(state, flags, nested))
    if len(branches) == 1:
        return branches[0]
    return ('alt', branches)


def _parse_seq(state, flags, nested):
    items = []
    text = state.text
    while True:
        if flags & F_VERBOSE:
            _skip_verbose(state)
        if state.at_end():
            break
        c = text[state.pos]
        if c == '|' or c == ')':
            break
        if c == '(':
            item, flags = _parse_group(state, flags, nested, items)
        else:
            item, flags = _parse_atom(state, flags, nested, items)
        if item is None:
            continue
        item = _parse_repeats(state, flags, item)
        items.append(item)
    if len(items) == 1:
        return items[0]
    return ('seq', items)


def _repeatable(item):
    tag = item[0]
    if tag == 'at':
        return False
    return True


def _parse_repeats(state, flags, item):
    text = state.text
    repeated = False
    while True:
        if flags & F_VERBOSE:
            _skip_verbose(state)
        if state.at_end():
            return item
        c = text[state.pos]
        if c not in _REPEAT_CHARS:
            return item
        here = state.pos
        if c == '{':
            bounds = _parse_braces(state)
            if bounds is None:
                return item     # a literal '{', read by the next atom
            lo, hi = bounds
        else:
            state.pos += 1
            if c == '*':
                lo, hi = 0, MAXREPEAT
            elif c == '+':
                lo, hi = 1, MAXREPEAT
            else:
                lo, hi = 0, 1
        if repeated:
            raise state.error('multiple repeat', here)
        if not _repeatable(item):
            raise state.error('nothing to repeat', here)
        mode = 0
        if state.pos < state.n:
            c2 = text[state.pos]
            if c2 == '?':
                mode = 1
                state.pos += 1
            elif c2 == '+':
                mode = 2
                state.pos += 1
        item = ('rep', lo, hi, mode, item)
        repeated = True


def _parse_braces(state):
    """{m}, {m,}, {,n}, {m,n}: returns (min, max), or None (and leaves pos) for a literal '{'."""
    text = state.text
    start = state.pos
    i = start + 1
    j = i
    while j < state.n and text[j] in _DIGITS:
        j += 1
    lo_text = text[i:j]
    hi_text = None
    if j < state.n and text[j] == ',':
        k = j + 1
        while k < state.n and text[k] in _DIGITS:
            k += 1
        hi_text = text[j + 1:k]
        j = k
    if j >= state.n or text[j] != '}':
        return None
    if hi_text is None and not lo_text:
        return None
    state.pos = j + 1
    lo = int(lo_text) if lo_text else 0
    if hi_text is None:
        hi = lo
    else:
        hi = int(hi_text) if hi_text else MAXREPEAT
    if lo >= MAXREPEAT or (hi_text and hi >= MAXREPEAT):
        raise OverflowError('the repetition number is too large')
    if hi < lo:
        raise state.error('min repeat greater than max repeat', start + 1)
    return lo, hi


# --- atoms ---------------------------------------------------------------------------------

def _parse_atom(state, flags, nested, items_so_far):
    """Returns (node or None, flags). None: nothing to add (a comment or global flags)."""
    text = state.text
    start = state.pos
    c = text[start]
    if c == '(':
        return _parse_group(state, flags, nested, items_so_far)
    if c in _REPEAT_CHARS:
        if c == '{' and _parse_braces(state) is not None:
            raise state.error('nothing to repeat', start)
        if c != '{':
            state.pos += 1
            raise state.error('nothing to repeat', start)
    state.pos += 1
    if c == '.':
        return ('any', bool(flags & F_DOTALL)), flags
    if c == '^':
        return ('at', AT_BEGIN_LINE if flags & F_MULTILINE else AT_BEGIN), flags
    if c == '$':
        return ('at', AT_END_LINE if flags & F_MULTILINE else AT_END), flags
    if c == '[':
        return _parse_set(state, flags, start), flags
    if c == '\\':
        return _parse_escape(state, flags, start), flags
    return _literal(state, flags, ord(c)), flags


def _literal(state, flags, cp):
    ic = _ic_of(state, flags)
    if ic:
        ch = chr(cp)
        if ic == 2:
            if not ('a' <= ch <= 'z' or 'A' <= ch <= 'Z'):
                ic = 0
        elif ch.lower() == ch and ch.upper() == ch and cp not in (0x130, 0x131, 0x17f, 0x212a):
            ic = 0
    return ('lit', cp, ic)


def _read_hex(state, count, letter, start):
    text = state.text
    digits = text[state.pos:state.pos + count]
    k = 0
    while k < len(digits) and digits[k] in _HEX:
        k += 1
    if k < count:
        state.pos += k
        raise state.error('incomplete escape \\%s%s' % (letter, digits[:k]), start)
    state.pos += count
    return int(digits, 16)


def _common_escape(state, c, start, in_set):
    """Escapes that mean one character in and out of sets; None when c is not one of them."""
    text = state.text
    if c in _SIMPLE_ESCAPES and (in_set or c != 'b'):
        return _SIMPLE_ESCAPES[c]
    if c == 'x':
        return _read_hex(state, 2, 'x', start)
    if c == 'u' and not state.is_bytes:
        return _read_hex(state, 4, 'u', start)
    if c == 'U' and not state.is_bytes:
        v = _read_hex(state, 8, 'U', start)
        if v > 0x10FFFF:
            raise state.error('bad escape \\U%08x' % v, start)
        return v
    if c == 'N' and not state.is_bytes:
        # minipy has no Unicode name database (the lexer's '\N{...}' knows no names either).
        if state.peek() != '{':
            raise state.error('missing {', state.pos)
        end = _scan_until(state, '}', state.pos + 1)
        if end < 0:
            if state.pos + 1 >= state.n:
                raise state.error('missing character name', state.pos + 1)
            here = state.pos + 1
            state.pos = state.n
            raise state.error('missing }, unterminated name', here)
        name = text[state.pos + 1:end]
        here = state.pos + 1
        state.pos = end + 1
        if not name:
            raise state.error('missing character name', here)
        raise state.error('undefined character name %r' % name, start)
    if c == '0':
        digits = ''
        while len(digits) < 2 and state.pos < state.n and text[state.pos] in _OCTAL:
            digits += text[state.pos]
            state.pos += 1
        return int('0' + digits, 8)
    return None


def _check_bad_escape(state, c, start):
    if c is None:
        raise state.error('bad escape (end of pattern)', start)
    if ('a' <= c <= 'z' or 'A' <= c <= 'Z') or c in _DIGITS:
        raise state.error('bad escape \\%s' % c, start)


def _parse_escape(state, flags, start):
    text = state.text
    if state.at_end():
        raise state.error('bad escape (end of pattern)', start)
    c = text[state.pos]
    state.pos += 1
    if c in _CATEGORY_LETTERS:
        cat = _CATEGORY_LETTERS[c] + (6 if _uni(state, flags) else 0)
        return ('set', False, [], [cat], 0)
    if c == 'A':
        return ('at', AT_BEGIN)
    if c == 'Z':
        return ('at', AT_END_STRING)
    if c == 'b':
        return ('at', AT_UNI_BOUNDARY if _uni(state, flags) else AT_BOUNDARY)
    if c == 'B':
        return ('at', AT_UNI_NON_BOUNDARY if _uni(state, flags) else AT_NON_BOUNDARY)
    if c in '123456789':
        # A group reference, or an octal escape of three digits.
        digits = c
        if state.pos < state.n and text[state.pos] in _DIGITS:
            if (c in _OCTAL and text[state.pos] in _OCTAL and state.pos + 1 < state.n
                    and text[state.pos + 1] in _OCTAL):
                value = int(c + text[state.pos:state.pos + 2], 8)
                state.pos += 2
                if value > 0o377:
                    raise state.error('octal escape value \\%s outside of range 0-0o377'
                                      % (c + text[state.pos - 2:state.pos]), start)
                return _literal(state, flags, value)
            digits += text[state.pos]
            state.pos += 1
        group = int(digits)
        if group >= state.groups:
            raise state.error('invalid group reference %d' % group, start + 1)
        if group in state.open_groups:
            raise state.error('cannot refer to an open group', start)
        _check_lookbehind_ref(state, group, start)
        return ('ref', group, _ic_of(state, flags))
    v = _common_escape(state, c, start, False)
    if v is not None:
        return _literal(state, flags, v)
    _check_bad_escape(state, c, start)
    return _literal(state, flags, ord(c))


def _check_lookbehind_ref(state, group, pos):
    if state.lookbehind_groups is not None and group >= state.lookbehind_groups:
        raise state.error('cannot refer to group defined in the same lookbehind subpattern', pos)


# --- sets --------------------------------------------------------------------------------------

def _parse_set(state, flags, start):
    text = state.text
    negate = False
    if state.peek() == '^':
        negate = True
        state.pos += 1
    ranges = []
    cats = []
    uni = _uni(state, flags)
    first = True
    while True:
        if state.at_end():
            raise state.error('unterminated character set', start)
        c = text[state.pos]
        if c == ']' and not first:
            state.pos += 1
            break
        if c == '[' and item_start_is_open(state, start, negate):
            _warn('Possible nested set at position %d' % state.pos)
        elif not first and c in _SET_OPS and text.startswith(c + c, state.pos):
            _warn('Possible set %s at position %d' % (_SET_OPS[c], state.pos))
        first = False
        item_start = state.pos
        lo = _set_item(state, uni, cats)
        if text.startswith('--', state.pos):
            _warn('Possible set difference at position %d' % state.pos)
        if state.peek() == '-' and state.pos + 1 < state.n and text[state.pos + 1] != ']':
            state.pos += 1
            hi_start = state.pos
            hi = _set_item(state, uni, None)
            if lo is None or hi is None or hi < lo:
                # CPython names the first token of each end ('\\x' for '\\x41').
                t1 = text[item_start:item_start + (2 if text[item_start] == '\\' else 1)]
                t2 = text[hi_start:hi_start + (2 if text[hi_start] == '\\' else 1)]
                raise state.error('bad character range %s-%s' % (t1, t2),
                                  state.pos - len(t1) - 1 - len(t2))
            ranges.append((lo, hi))
        elif state.peek() == '-' and state.pos + 1 >= state.n:
            state.pos += 1
            raise state.error('unterminated character set', start)
        elif lo is not None:
            ranges.append((lo, lo))
    ic = _ic_of(state, flags)
    return ('set', negate, ranges, cats, ic)


_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union'}


def item_start_is_open(state, start, negate):
    return not negate and state.pos == start + 1


def _warn(msg, category=FutureWarning):
    # FutureWarning about syntax that may mean something else in the future, blamed on the
    # first frame outside the re package.
    import sys
    import warnings
    level = 2
    f = sys._getframe(1)
    while f is not None and (f.f_globals.get('__name__') == 're'
                             or f.f_globals.get('__name__', '').startswith('re.')):
        level += 1
        f = f.f_back
    warnings.warn(msg, category, stacklevel=level)


def _set_item(state, uni, cats):
    """One member of a set: returns its code point, or None after adding a category to cats
    (cats is None where a category is not allowed: the end of a range)."""
    text = state.text
    start = state.pos
    c = text[state.pos]
    state.pos += 1
    if c != '\\':
        return ord(c)
    if state.at_end():
        raise state.error('unterminated character set', _set_start(state, start))
    c = text[state.pos]
    state.pos += 1
    if c in _CATEGORY_LETTERS:
        if cats is None:
            # A range ending with a category: CPython reports the whole range.
            return None
        cats.append(_CATEGORY_LETTERS[c] + (6 if uni else 0))
        return None
    v = _common_escape(state, c, start, True)
    if v is not None:
        return v
    if c in '1234567':
        digits = c
        while len(digits) < 3 and state.pos < state.n and text[state.pos] in _OCTAL:
            digits += text[state.pos]
            state.pos += 1
        value = int(digits, 8)
        if value > 0o377:
            raise state.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
        return value
    _check_bad_escape(state, c, start)
    return ord(c)


def _set_start(state, pos):
    # The '[' that opened the set being read (for "unterminated character set").
    i = state.text.rfind('[', 0, pos)
    return i if i >= 0 else pos


# --- groups and extensions -------------------------------------------------------------------

_FLAG_LETTERS = {'i': F_IGNORECASE, 'L': F_LOCALE, 'm': F_MULTILINE, 's': F_DOTALL,
                 'x': F_VERBOSE, 'a': F_ASCII, 'u': F_UNICODE}


def _parse_name(state, terminator):
    text = state.text
    end = _scan_until(state, terminator, state.pos)
    if end < 0 and state.pos >= state.n:
        raise state.error('missing group name', state.pos)
    if end < 0:
        here = state.pos
        state.pos = state.n
        raise state.error('missing %s, unterminated name' % terminator, here)
    name_pos = state.pos
    name = text[name_pos:end]
    state.pos = end + 1
    if not name:
        raise state.error('missing group name', name_pos)
    if not name.isidentifier():
        raise state.error('bad character in group name %r' % name, name_pos)
    if state.is_bytes and not name.isascii():
        _warn('bad character in group name %s at position %d' % (ascii(name), name_pos),
              DeprecationWarning)
    return name


def _expect_close(state, open_pos, what='subpattern'):
    if state.at_end() or state.text[state.pos] != ')':
        raise state.error('missing ), unterminated %s' % what, open_pos)
    state.pos += 1


def _parse_group(state, flags, nested, items_so_far):
    text = state.text
    start = state.pos
    state.pos += 1
    if state.peek() != '?':
        index = _open_capture(state, start, None)
        return _close_capture(state, index, start, _parse_alt(state, flags, nested + 1)), flags
    state.pos += 1
    if state.at_end():
        raise state.error('unexpected end of pattern', state.pos)
    c = text[state.pos]
    state.pos += 1
    if c == ':':
        body = _parse_alt(state, flags, nested + 1)
        _expect_close(state, start)
        return ('seq', [body]), flags
    if c == 'P':
        if state.at_end():
            raise state.error('unexpected end of pattern', state.pos)
        c2 = text[state.pos]
        state.pos += 1
        if c2 == '<':
            name = _parse_name(state, '>')
            index = _open_capture(state, start, name)
            return _close_capture(state, index, start, _parse_alt(state, flags, nested + 1)), flags
        if c2 == '=':
            name_pos = state.pos
            name = _parse_name(state, ')')
            group = state.groupdict.get(name)
            if group is None:
                raise state.error('unknown group name %r' % name, name_pos)
            if group in state.open_groups:
                raise state.error('cannot refer to an open group', name_pos)
            _check_lookbehind_ref(state, group, name_pos)
            return ('ref', group, _ic_of(state, flags)), flags
        if c2 == '\\' and state.pos < state.n:
            c2 += text[state.pos]
        raise state.error('unknown extension ?P' + c2, start + 1)
    if c == '#':
        end = _scan_until(state, ')', state.pos)
        if end < 0:
            state.pos = state.n
            raise state.error('missing ), unterminated comment', start)
        state.pos = end + 1
        return None, flags
    if c == '=' or c == '!':
        body = _parse_alt(state, flags, nested + 1)
        _expect_close(state, start)
        return ('look', 1 if c == '=' else 2, body), flags
    if c == '<':
        if state.at_end():
            raise state.error('unexpected end of pattern', state.pos)
        c2 = text[state.pos]
        if c2 != '=' and c2 != '!':
            if c2 == '\\' and state.pos + 1 < state.n:
                c2 += text[state.pos + 1]
            raise state.error('unknown extension ?<' + c2, start + 1)
        state.pos += 1
        saved = state.lookbehind_groups
        if saved is None:
            state.lookbehind_groups = state.groups
        body = _parse_alt(state, flags, nested + 1)
        state.lookbehind_groups = saved
        _expect_close(state, start)
        lo, hi = _width(body)
        if lo != hi:
            # Reported after the whole pattern parsed, as CPython's compiler does.
            state.bad_lookbehind = True
        return ('look', 3 if c2 == '=' else 4, body), flags
    if c == '>':
        body = _parse_alt(state, flags, nested + 1)
        _expect_close(state, start)
        return ('atomic', body), flags
    if c == '(':
        return _parse_conditional(state, flags, nested, start), flags
    if c in _FLAG_LETTERS or c == '-':
        state.pos -= 1
        return _parse_flags(state, flags, nested, start, items_so_far)
    if c == '\\' and state.pos < state.n:
        c += text[state.pos]
        state.pos += 1
    raise state.error('unknown extension ?' + c, start + 1)


def _open_capture(state, start, name):
    # Numbers (and names) a capturing group whose body is about to be parsed.
    index = state.groups
    if index >= MAXGROUPS:
        raise state.error('too many groups', start)
    state.groups += 1
    if name is not None:
        old = state.groupdict.get(name)
        if old is not None:
            raise state.error('redefinition of group name %r as group %d; was group %d'
                              % (name, index, old), state.pos - len(name) - 1)
        state.groupdict[name] = index
    state.open_groups.add(index)
    return index


def _close_capture(state, index, start, body):
    _expect_close(state, start)
    state.open_groups.discard(index)
    return ('group', index, body)


def _parse_conditional(state, flags, nested, start):
    text = state.text
    name_pos = state.pos
    end = _scan_until(state, ')', state.pos)
    if end < 0 and state.pos >= state.n:
        raise state.error('missing group name', state.pos)
    if end < 0:
        here = state.pos
        state.pos = state.n
        raise state.error('missing ), unterminated name', here)
    name = text[state.pos:end]
    state.pos = end + 1
    if not name:
        raise state.error('missing group name', name_pos)
    if name.isdecimal() and name.isascii():
        group = int(name)
        if group == 0:
            raise state.error('bad group number', name_pos)
        if group >= MAXGROUPS:
            raise state.error('invalid group reference %d' % group, name_pos)
        if state.lookbehind_groups is not None and group >= state.lookbehind_groups:
            raise state.error('cannot refer to group defined in the same lookbehind subpattern',
                              name_pos)
    else:
        if not name.isidentifier() or (state.is_bytes and not name.isascii()):
            raise state.error('bad character in group name %r' % name, name_pos)
        group = state.groupdict.get(name)
        if group is None:
            raise state.error('unknown group name %r' % name, name_pos)
    state.pos = end + 1
    yes = _parse_seq(state, flags, nested + 1)
    no = None
    if state.peek() == '|':
        state.pos += 1
        no = _parse_seq(state, flags, nested + 1)
        if state.peek() == '|':
            raise state.error('conditional backref with more than two branches', state.pos)
    _expect_close(state, start)
    state.grouprefpos.setdefault(group, name_pos)
    return ('cond', group, yes, no)


def _parse_flags(state, flags, nested, start, items_so_far):
    text = state.text
    add = 0
    remove = 0
    while True:
        if state.at_end():
            raise state.error('missing -, : or )', state.pos)
        c = text[state.pos]
        if c not in _FLAG_LETTERS:
            break
        state.pos += 1
        _check_flag_letter(state, c)
        add |= _FLAG_LETTERS[c]
        if add & (F_ASCII | F_UNICODE | F_LOCALE) not in (0, F_ASCII, F_UNICODE, F_LOCALE):
            raise state.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                              state.pos)
    c = text[state.pos]
    if c == ')':
        state.pos += 1
        if nested or items_so_far or _not_first(state, start):
            raise state.error('global flags not at the start of the expression', start)
        new = flags | add
        if add & F_ASCII:
            new &= ~F_UNICODE
        state.global_flags_added = getattr(state, 'global_flags_added', 0) | add
        return None, new
    if c == '-':
        state.pos += 1
        if state.at_end():
            raise state.error('missing flag', state.pos)
        while True:
            if state.at_end():
                raise state.error('missing :', state.pos)
            c = text[state.pos]
            if c not in _FLAG_LETTERS:
                break
            state.pos += 1
            if c in 'aLu':
                raise state.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                  state.pos)
            remove |= _FLAG_LETTERS[c]
        if not remove:
            _fail_here(state, 'unknown flag' if c.isalpha() else 'missing flag')
        if add & remove:
            raise state.error('bad inline flags: flag turned on and off', state.pos)
        if c != ':':
            _fail_here(state, 'unknown flag' if c.isalpha() else 'missing :')
    elif c != ':':
        _fail_here(state, 'unknown flag' if c.isalpha() else 'missing -, : or )')
    state.pos += 1
    new = (flags | add) & ~remove
    if add & (F_ASCII | F_LOCALE):
        new &= ~F_UNICODE
    if add & F_UNICODE:
        new &= ~F_ASCII
    body = _parse_alt(state, new, nested + 1)
    _expect_close(state, start)
    return ('seq', [body]), flags


def _not_first(state, start):
    # Global flags may only be preceded by other global flag groups.
    prefix = state.text[:start]
    i = 0
    while i < len(prefix):
        if prefix.startswith('(?', i):
            j = prefix.find(')', i)
            if j < 0:
                return True
            body = prefix[i + 2:j]
            if not body or any(ch not in _FLAG_LETTERS for ch in body):
                return True
            i = j + 1
        else:
            return True
    return False


def _fail_here(state, msg):
    # An error about the character at pos, which CPython's tokenizer has already consumed.
    here = state.pos
    state.pos += 2 if state.text[here] == '\\' else 1
    raise state.error(msg, here)


def _scan_until(state, terminator, i):
    # The index of the next `terminator` token from i, or -1. Like CPython's tokenizer, a
    # backslash and the character after it are one token (so '\\)' does not end a name).
    text = state.text
    n = state.n
    while i < n:
        c = text[i]
        if c == terminator:
            return i
        i += 2 if c == '\\' else 1
    return -1


def _check_flag_letter(state, c):
    if c == 'L':
        if not state.is_bytes:
            raise state.error("bad inline flags: cannot use 'L' flag with a str pattern", state.pos)
    elif c == 'u':
        if state.is_bytes:
            raise state.error("bad inline flags: cannot use 'u' flag with a bytes pattern",
                              state.pos)


# --- widths (for lookbehind) -----------------------------------------------------------------

def _width(node):
    tag = node[0]
    if tag in ('lit', 'any', 'set'):
        return 1, 1
    if tag in ('at', 'look'):
        return 0, 0
    if tag == 'seq':
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item)
            lo += a
            hi += b
        return lo, min(hi, MAXREPEAT)
    if tag == 'alt':
        widths = [_width(b) for b in node[1]]
        return min(w[0] for w in widths), max(w[1] for w in widths)
    if tag in ('group', 'atomic'):
        return _width(node[-1])
    if tag == 'rep':
        a, b = _width(node[4])
        return min(a * node[1], MAXREPEAT), min(b * node[2], MAXREPEAT)
    if tag == 'ref':
        return 0, MAXREPEAT
    if tag == 'cond':
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, 0


# --- parse ----------------------------------------------------------------------------------

def parse(pattern, flags):
    """Parses pattern; returns (tree, flags after global inline flags, groups, groupindex)."""
    state = _State(pattern, flags)
    tree = _parse_alt(state, flags, 0)
    # Global flags found at the start apply to the whole pattern: parse again with them.
    added = getattr(state, 'global_flags_added', 0)
    if added and (added & ~flags):
        flags = flags | added
        if added & F_ASCII:
            flags &= ~F_UNICODE
        return parse(pattern, flags)
    if not state.at_end():
        assert state.text[state.pos] == ')'
        raise state.error('unbalanced parenthesis', state.pos)
    if state.trailing_backslash is not None:
        state.pos = state.n
        raise state.error('', 0)
    for group, pos in state.grouprefpos.items():
        if group >= state.groups:
            raise state.error('invalid group reference %d' % group, pos)
    if getattr(state, 'bad_lookbehind', False):
        raise error('look-behind requires fixed-width pattern')
    return tree, flags, state.groups - 1, state.groupdict


# --- compile ---------------------------------------------------------------------------------

class _Compiler:
    def __init__(self):
        self.code = []
        self.nrepeats = 0

    def emit(self, *words):
        self.code.extend(words)

    def single(self, node):
        """The instruction words of a one-character node, or None."""
        tag = node[0]
        if tag == 'lit':
            if node[2]:
                return [LIT_IC, node[1] | (ASCII_FOLD_BIT if node[2] == 2 else 0)]
            return [LIT, node[1]]
        if tag == 'any':
            return [ANY_ALL] if node[1] else [ANY]
        if tag == 'set':
            negate, ranges, cats, ic = node[1], node[2], node[3], node[4]
            if not negate and not ic and not cats and len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
                return [LIT, ranges[0][0]]
            fl = (SET_NEGATE if negate else 0)
            if ic:
                fl |= SET_IGNORECASE | (SET_ASCII_FOLD if ic == 2 else 0)
            body = [fl, len(ranges)]
            for lo, hi in ranges:
                body.append(lo)
                body.append(hi)
            body.append(len(cats))
            body.extend(cats)
            return [SET, len(body)] + body
        if tag == 'seq' and len(node[1]) == 1:
            return self.single(node[1][0])
        return None

    def node(self, node):
        tag = node[0]
        code = self.code
        if tag in ('lit', 'any', 'set'):
            code.extend(self.single(node))
        elif tag == 'at':
            self.emit(AT, node[1])
        elif tag == 'seq':
            for item in node[1]:
                self.node(item)
        elif tag == 'alt':
            jumps = []
            branches = node[1]
            for i, branch in enumerate(branches):
                if i < len(branches) - 1:
                    split = len(code)
                    self.emit(SPLIT, 0)
                    self.node(branch)
                    jumps.append(len(code))
                    self.emit(JMP, 0)
                    code[split + 1] = len(code)
                else:
                    self.node(branch)
            for j in jumps:
                code[j + 1] = len(code)
        elif tag == 'group':
            self.emit(SAVE, 2 * node[1])
            self.node(node[2])
            self.emit(SAVE, 2 * node[1] + 1)
        elif tag == 'ref':
            self.emit(GROUPREF, node[1], node[2])
        elif tag == 'cond':
            at = len(code)
            self.emit(GROUP_EXISTS, node[1], 0)
            self.node(node[2])
            jmp = len(code)
            self.emit(JMP, 0)
            code[at + 2] = len(code)
            if node[3] is not None:
                self.node(node[3])
            code[jmp + 1] = len(code)
        elif tag == 'atomic':
            self.sub(0, 0, node[1])
        elif tag == 'look':
            width = _width(node[2])[0] if node[1] >= 3 else 0
            self.sub(node[1], width, node[2])
        elif tag == 'rep':
            self.repeat(node)
        else:
            raise AssertionError(tag)

    def sub(self, kind, width, body):
        code = self.code
        at = len(code)
        self.emit(SUB, kind, width, 0)
        self.node(body)
        self.emit(SUB_END)
        code[at + 3] = len(code)

    def repeat(self, node):
        _, lo, hi, mode, body = node
        code = self.code
        item = self.single(body)
        if item is not None:
            self.emit(REPONE, lo, hi, mode, len(item))
            code.extend(item)
            return
        if mode == 2:
            self.sub(0, 0, ('rep', lo, hi, 0, body))
            return
        if lo == 0 and hi == 1:
            if mode == 0:
                at = len(code)
                self.emit(SPLIT, 0)
                self.node(body)
                code[at + 1] = len(code)
            else:
                at = len(code)
                self.emit(SPLIT, 0, JMP, 0)
                code[at + 1] = len(code)
                self.node(body)
                code[at + 3] = len(code)
            return
        if lo == hi == 1:
            self.node(body)
            return
        rid = self.nrepeats
        self.nrepeats += 1
        self.emit(REP_INIT, rid)
        loop = len(code)
        self.emit(REP_LOOP, rid, lo, hi, mode, 0)
        self.emit(REP_INC, rid)
        self.node(body)
        self.emit(JMP, loop)
        code[loop + 5] = len(code)


def compile_pattern(pattern, flags):
    """Returns (code, ngroups, nrepeats, flags, groupindex)."""
    tree, flags, ngroups, groupindex = parse(pattern, flags)
    c = _Compiler()
    c.node(tree)
    c.emit(SUCCESS)
    return c.code, ngroups, c.nrepeats, flags, groupindex
