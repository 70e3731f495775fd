"""pprint: repr() laid out over several lines when one line is too wide.

Design note.  Every value is first tried flat: `format()` builds a one-line repr (sorting dict
keys, stopping at the depth limit, marking recursion) and reports whether the text could be
read back by eval() and whether it met itself.  Only when that flat text does not fit in the
room left on the line does the printer look up a layout for the value's type and spread it
out, one item per line, asking the same question again of each item.

The room a value has is `width - indent - allowance`: indent is the column it starts in, and
allowance counts the characters that must still follow it on its last line (the closing
brackets and the comma of the enclosing containers).  Layouts are chosen by the type's
__repr__ function, not by isinstance, so a subclass that writes its own __repr__ is printed
with plain repr(), while one that inherits the builtin repr is laid out like its base.

The layouts are CPython's: long strings become implicitly concatenated pieces split after
whitespace, bytes go in groups of four, dataclasses and namespaces print name=value, and
deques, Counters, defaultdicts and ChainMaps wrap the builtin layouts in their constructor.
"""

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']

import sys as _sys
import types as _types
import collections as _collections
import dataclasses as _dataclasses
from io import StringIO as _StringIO


# ---- module-level shortcuts ------------------------------------------------------------------

def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object and a newline to stream (sys.stdout by default)."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, stream=stream,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Return the pretty form of object as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat_answer(object):
    # (text, readable, recursive) from a default printer with no depth limit.
    return PrettyPrinter()._flat(object, {}, None, 0)


def saferepr(object):
    """repr() that survives recursive containers (and sorts dict keys)."""
    return _flat_answer(object)[0]


def isreadable(object):
    """Whether eval() of the flat repr would rebuild object."""
    return _flat_answer(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _flat_answer(object)[2]


# ---- ordering of keys that may not be comparable ---------------------------------------------

class _SafeKey:
    """Sort key that falls back to (type name, id) when two values refuse '<', so sorting a
    dict with keys of mixed types still gives some fixed order."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        mine, theirs = self.value, other.value
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _item_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


# ---- splitting long strings and bytes --------------------------------------------------------

def _words_with_spaces(line):
    # Pieces of the line, each a run of non-blank characters followed by the blanks after it
    # (the first piece may be only blanks).  Joined, they give the line back.
    pieces = []
    start, end = 0, len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        pieces.append(line[start:stop])
        start = stop
    return pieces


def _pack(pieces, room, last_room):
    # Greedy fill: join consecutive pieces while the repr of the group fits in `room`
    # (`last_room` for a group that ends with the final piece); yields the reprs.
    group = None
    count = len(pieces)
    for n, piece in enumerate(pieces):
        limit = last_room if n == count - 1 else room
        joined = piece if group is None else group + piece
        if len(repr(joined)) > limit and group:
            yield repr(group)
            group = piece
        else:
            group = joined
    if group:
        yield repr(group)


def _byte_groups(data):
    return [data[i:i + 4] for i in range(0, len(data), 4)]


# ---- the printer -----------------------------------------------------------------------------

_scalar_types = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats values the way pprint() does; the options are kept for every call."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        self._indent_per_level, self._width = int(indent), int(width)
        for bad, message in ((self._indent_per_level < 0, 'indent must be >= 0'),
                             (depth is not None and depth <= 0, 'depth must be > 0'),
                             (self._width == 0, 'width must be != 0')):
            if bad:
                raise ValueError(message)
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API --

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._layout(object, out, 0, 0, {}, 0)
            out.write('\n')

    def pformat(self, object):
        buffer = _StringIO()
        self._layout(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (flat repr, readable, recursive) of object.  context holds the ids of the
        containers being printed around it; maxlevels is the depth limit (0 or None: none);
        level is how deep object sits.  Subclasses may override this hook."""
        return self._flat(object, context, maxlevels, level)

    # -- one-line form --

    def _flat_repr(self, object, context, level):
        # The flat text of object, recording on the printer whether any part was unreadable
        # or recursive (pformat's callers ask isreadable/isrecursive afterwards).
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _flat(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _scalar_types:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)

        if issubclass(cls, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False

        if issubclass(cls, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_item_key)
            return self._flat_items(object, context, maxlevels, level, '{%s}', '{...}',
                                    pairs, True)

        is_list = issubclass(cls, list) and own_repr is list.__repr__
        if is_list or (issubclass(cls, tuple) and own_repr is tuple.__repr__):
            if is_list:
                if not object:
                    return '[]', True, False
                shape = '[%s]'
            elif len(object) == 1:
                shape = '(%s,)'
            elif not object:
                return '()', True, False
            else:
                shape = '(%s)'
            return self._flat_items(object, context, maxlevels, level, shape, shape % '...',
                                    object, False)

        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _flat_items(self, container, context, maxlevels, level, shape, cut, items, paired):
        # Shared body of the dict and list/tuple cases of _flat: items are (key, value)
        # pairs when `paired`, else the elements themselves.
        key = id(container)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(container), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for item in items:
            if paired:
                k_text, k_ok, k_rec = self.format(item[0], context, maxlevels, level + 1)
                v_text, v_ok, v_rec = self.format(item[1], context, maxlevels, level + 1)
                parts.append(k_text + ': ' + v_text)
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(item, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del context[key]
        return shape % ', '.join(parts), readable, recursive

    # -- spreading a value over lines --

    def _layout(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._flat_repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            name = _layouts.get(type(object).__repr__)
            if name is not None:
                context[key] = 1
                getattr(self, name)(object, out, indent, allowance, context, level + 1)
                del context[key]
                return
            if _prints_as_dataclass(object):
                context[key] = 1
                self._lay_dataclass(object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.write(text)

    def _lay_sequence(self, items, out, indent, allowance, context, level):
        # Items one per line (or, with compact, as many per line as fit), each followed by a
        # comma except the last, which must leave `allowance` columns for what closes it.
        step = self._indent_per_level
        indent += step
        if step > 1:
            out.write(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        full_room = self._width - indent + 1
        room = full_room
        separator = ''
        items = list(items)
        for n, item in enumerate(items):
            last = n == len(items) - 1
            if last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._flat_repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    out.write(separator)
                    separator = ', '
                    out.write(text)
                    continue
            out.write(separator)
            separator = newline
            self._layout(item, out, indent, allowance if last else 1, context, level)

    def _lay_pairs(self, pairs, out, indent, allowance, context, level):
        # key: value lines of a mapping; values continue in the column after 'key: '.
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for n, (key, value) in enumerate(pairs):
            last = n == len(pairs) - 1
            key_text = self._flat_repr(key, context, level)
            out.write(key_text + ': ')
            self._layout(value, out, indent + len(key_text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                out.write(newline)

    def _lay_names(self, pairs, out, indent, allowance, context, level):
        # name=value lines of a namespace or dataclass.  A value that is one of the objects
        # being printed shows as '...', as the generated dataclass repr does.
        newline = ',\n' + ' ' * indent
        pairs = list(pairs)
        for n, (name, value) in enumerate(pairs):
            last = n == len(pairs) - 1
            out.write(name + '=')
            if id(value) in context:
                out.write('...')
            else:
                self._layout(value, out, indent + len(name) + 1, allowance if last else 1,
                             context, level)
            if not last:
                out.write(newline)

    def _sorted_pairs(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_key)
        return mapping.items()

    def _lay_dict(self, object, out, indent, allowance, context, level):
        out.write('{')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        if object:
            self._lay_pairs(self._sorted_pairs(object), out, indent, allowance + 1, context,
                            level)
        out.write('}')

    def _lay_list(self, object, out, indent, allowance, context, level):
        out.write('[')
        self._lay_sequence(object, out, indent, allowance + 1, context, level)
        out.write(']')

    def _lay_tuple(self, object, out, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        out.write('(')
        self._lay_sequence(object, out, indent, allowance + len(closing), context, level)
        out.write(closing)

    def _lay_set(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        if type(object) is set:
            out.write('{')
            closing = '}'
        else:
            name = type(object).__name__
            out.write(name + '({')
            closing = '})'
            indent += len(name) + 1
        self._lay_sequence(sorted(object, key=_SafeKey), out, indent, allowance + len(closing),
                           context, level)
        out.write(closing)

    def _lay_str(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        if level == 1:               # a string on its own gets parentheses around its pieces
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            final = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - allowance if final else room):
                pieces.append(whole)
            else:
                pieces.extend(_pack(_words_with_spaces(line), room,
                                    room - allowance if final else room))
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        if level == 1:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.write(')')

    def _lay_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.write(repr(object))
            return
        wrapped = level == 1
        if wrapped:
            indent += 1
            allowance += 1
            out.write('(')
        groups = _byte_groups(object)
        room = self._width - indent
        # CPython narrows the last line only when the length is not a multiple of 4 (the
        # group that starts at len // 4 * 4 exists only then); the layouts follow it.
        last_room = room - allowance if len(object) % 4 else room
        out.write(('\n' + ' ' * indent).join(_pack(groups, room, last_room)))
        if wrapped:
            out.write(')')

    def _lay_bytearray(self, object, out, indent, allowance, context, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(object), out, indent + 10, allowance + 1, context, level + 1)
        out.write(')')

    def _lay_mappingproxy(self, object, out, indent, allowance, context, level):
        out.write('mappingproxy(')
        self._layout(object.copy(), out, indent + 13, allowance + 1, context, level)
        out.write(')')

    def _lay_namespace(self, object, out, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        out.write(name + '(')
        self._lay_names(object.__dict__.items(), out, indent + len(name) + 1, allowance,
                        context, level)
        out.write(')')

    def _lay_dataclass(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        out.write(name + '(')
        self._lay_names(shown, out, indent + len(name) + 1, allowance, context, level)
        out.write(')')

    def _lay_ordered_dict(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '(')
        self._layout(list(object.items()), out, indent + len(name) + 1, allowance + 1, context,
                     level)
        out.write(')')

    def _lay_defaultdict(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        factory = self._flat_repr(object.default_factory, context, level)
        indent += len(name) + 1
        out.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._lay_dict(object, out, indent, allowance + 1, context, level)
        out.write(')')

    def _lay_counter(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '({')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        self._lay_pairs(object.most_common(), out, indent + len(name) + 1, allowance + 2,
                        context, level)
        out.write('})')

    def _lay_chainmap(self, object, out, indent, allowance, context, level):
        if not object.maps:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for n, mapping in enumerate(object.maps):
            if n < last:
                self._layout(mapping, out, indent, 1, context, level)
                out.write(',\n' + ' ' * indent)
            else:
                self._layout(mapping, out, indent, allowance + 1, context, level)
        out.write(')')

    def _lay_deque(self, object, out, indent, allowance, context, level):
        if not object:
            out.write(repr(object))
            return
        name = type(object).__name__
        out.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._lay_sequence(object, out, indent, allowance + 2, context, level)
            out.write('])')
        else:
            self._lay_sequence(object, out, indent, 2, context, level)
            limit = self._flat_repr(object.maxlen, context, level)
            out.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    def _lay_wrapped_data(self, object, out, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the value they wrap.
        self._layout(object.data, out, indent, allowance, context, level - 1)


def _prints_as_dataclass(object):
    # A dataclass instance whose __repr__ is the one the dataclass decorator generated
    # (a hand-written __repr__ is respected).  minipy's generated repr is a closure of the
    # dataclasses module wrapped by recursive_repr; CPython's comes from __create_fn__.
    if isinstance(object, type) or not _dataclasses.is_dataclass(object):
        return False
    params = getattr(object, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(type(object).__repr__, '__wrapped__', None)
    if inner is None:
        return False
    return (getattr(inner, '__module__', None) == _dataclasses.__name__
            or '__create_fn__' in getattr(inner, '__qualname__', ''))


# The layout for each builtin repr: the key is the __repr__ found on the value's type.
_layouts = {
    dict.__repr__: '_lay_dict',
    list.__repr__: '_lay_list',
    tuple.__repr__: '_lay_tuple',
    set.__repr__: '_lay_set',
    frozenset.__repr__: '_lay_set',
    str.__repr__: '_lay_str',
    bytes.__repr__: '_lay_bytes',
    bytearray.__repr__: '_lay_bytearray',
    _types.MappingProxyType.__repr__: '_lay_mappingproxy',
    _types.SimpleNamespace.__repr__: '_lay_namespace',
    _collections.OrderedDict.__repr__: '_lay_ordered_dict',
    _collections.defaultdict.__repr__: '_lay_defaultdict',
    _collections.Counter.__repr__: '_lay_counter',
    _collections.ChainMap.__repr__: '_lay_chainmap',
    _collections.deque.__repr__: '_lay_deque',
    _collections.UserDict.__repr__: '_lay_wrapped_data',
    _collections.UserList.__repr__: '_lay_wrapped_data',
    _collections.UserString.__repr__: '_lay_wrapped_data',
}
