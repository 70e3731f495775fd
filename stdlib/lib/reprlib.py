"""Redo the builtin repr() (representation) but with limits on most sizes.

Repr().repr(x) abbreviates long containers, strings and numbers with '...', and stops
descending into nested containers after maxlevel levels.  recursive_repr() is a decorator for
__repr__ methods that prints '...' instead of recursing into an object being printed.
"""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
from itertools import islice
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call for an object whose repr is already being
    computed (in the same thread) returns fillvalue instead of recursing forever."""

    def decorating_function(user_function):
        active = set()     # (id(object), thread id) pairs being printed

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        # (functools.wraps would import too much for this low-level module.)
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _abbreviate(text, limit, fill):
    # Keep the start and the end of text around fill, in at most `limit` characters.
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


class Repr:
    """repr() with size limits.  Each maxNAME attribute limits one kind of object; repr1
    dispatches to a repr_<typename> method (subclasses may add more), nested containers
    below maxlevel print as fillvalue."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        self.maxlevel = maxlevel
        self.maxtuple = maxtuple
        self.maxlist = maxlist
        self.maxarray = maxarray
        self.maxdict = maxdict
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother
        self.fillvalue = fillvalue
        self.indent = indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent *= ' '
        elif not isinstance(indent, str):
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(indent)!s}')
        sep = ',\n' + (self.maxlevel - level + 1) * indent
        closing = ',\n' + (self.maxlevel - level) * indent
        return sep[1:] + sep.join(pieces) + closing

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        if level <= 0 and len(x):
            return left + self.fillvalue + right
        pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if len(x) > maxiter:
            pieces.append(self.fillvalue)
        if len(x) == 1 and trail and self.indent is None:
            right = trail + right           # the comma of a one-item tuple
        return left + self._join(pieces, level) + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = ['%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1))
                  for key in islice(_possibly_sorted(x), self.maxdict)]
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % self._join(pieces, level)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            # Shorten the string itself, so the quotes and escapes stay right.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _abbreviate(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gets something readable.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = _abbreviate(text, self.maxother, self.fillvalue)
        return text


def _possibly_sorted(x):
    # Sorted when the items allow it (stable output for sets and dicts).
    try:
        return sorted(x)
    except Exception:
        return list(x)


aRepr = Repr()
repr = aRepr.repr
