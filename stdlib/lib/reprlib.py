"""reprlib: repr() with a size budget.

A Repr object prints values the way repr() does, except that it gives up early: containers
show their first few items and then the fill value ('...'), long strings and numbers keep their
two ends around it, and nesting deeper than maxlevel prints as the fill value.  reprlib.repr is
the method of a shared default instance.

recursive_repr() is separate: a decorator for __repr__ methods of self-containing objects.
"""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins
from itertools import islice
from _thread import get_ident


# ---- recursive_repr --------------------------------------------------------------------------

def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__ method: while the repr of an object is being built, a nested
    request for the repr of the same object (from the same thread) gives fillvalue."""

    def decorate(method):
        busy = set()           # (object id, thread id) for each repr under way

        def guarded_repr(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.remove(token)

        # Copy the identity of the wrapped method by hand: functools imports far more than
        # this low-level module should.
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded_repr, name, getattr(method, name))
        guarded_repr.__annotations__ = getattr(method, '__annotations__', {})
        guarded_repr.__wrapped__ = method
        return guarded_repr

    return decorate


# ---- helpers for Repr ------------------------------------------------------------------------

def _ends_budget(limit):
    # How many characters of the start and of the end survive when a text must fit in `limit`
    # characters with a 3-character fill value between them.
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


def _keep_ends(text, limit, fill):
    head, tail = _ends_budget(limit)
    return text[:head] + fill + text[len(text) - tail:]


def _stable_order(items):
    # Sets and dicts print sorted when their items compare, so the output does not depend on
    # hashing; otherwise in iteration order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _indent_unit(indent):
    if isinstance(indent, int):
        if indent < 0:
            raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
        return ' ' * indent
    if isinstance(indent, str):
        return indent
    raise TypeError(f'Repr.indent must be a str, int or None, not {type(indent)!s}')


def _container_method(opening, closing, limit_name, single_suffix=''):
    # The repr_<type> methods of the plain containers differ only in their brackets and in
    # which limit applies; they are made here rather than written out one by one.
    def method(self, x, level):
        limit = getattr(self, limit_name)
        return self._render_items(x, level, opening, closing, limit, single_suffix)
    return method


class Repr:
    """Size-limited repr.  Every maxNAME attribute is the item (or character, or digit) budget
    of one kind of value; maxlevel bounds the nesting depth; indent, when not None, puts each
    item on its own line.  repr1() picks the method repr_<type name> (spaces in the type name
    become underscores), so a subclass handles a new type by adding such a method."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5,
                 maxdict=4, maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        # Layout of the output.
        self.maxlevel, self.fillvalue, self.indent = maxlevel, fillvalue, indent
        # Item budgets of the containers.
        self.maxtuple, self.maxlist, self.maxarray = maxtuple, maxlist, maxarray
        self.maxdict, self.maxdeque = maxdict, maxdeque
        self.maxset, self.maxfrozenset = maxset, maxfrozenset
        # Character budgets of the scalars and of everything else.
        self.maxstring, self.maxlong, self.maxother = maxstring, maxlong, maxother

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        method_name = 'repr_' + '_'.join(type(x).__name__.split())
        method = getattr(self, method_name, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    # -- containers --

    def _layout(self, pieces, level):
        # Items on one line, or one per line indented by depth when self.indent is set.
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        unit = _indent_unit(self.indent)
        depth = self.maxlevel - level
        between = ',\n' + unit * (depth + 1)
        return between[1:] + between.join(pieces) + ',\n' + unit * depth

    def _render_items(self, x, level, opening, closing, limit, single_suffix=''):
        size = len(x)
        if size and level <= 0:
            return opening + self.fillvalue + closing
        pieces = [self.repr1(item, level - 1) for item in islice(x, limit)]
        if size > limit:
            pieces.append(self.fillvalue)
        if size == 1 and single_suffix and self.indent is None:
            closing = single_suffix + closing     # (x,) for a one-item tuple
        return opening + self._layout(pieces, level) + closing

    repr_tuple = _container_method('(', ')', 'maxtuple', ',')
    repr_list = _container_method('[', ']', 'maxlist')
    repr_deque = _container_method('deque([', '])', 'maxdeque')

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._render_items(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._render_items(_stable_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._render_items(_stable_order(x), level, 'frozenset({', '})',
                                  self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        inner = level - 1
        pieces = []
        for key in islice(_stable_order(x), self.maxdict):
            pieces.append(self.repr1(key, inner) + ': ' + self.repr1(x[key], inner))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._layout(pieces, level) + '}'

    # -- scalars and everything else --

    def repr_str(self, x, level):
        budget = self.maxstring
        text = builtins.repr(x[:budget])
        if len(text) <= budget:
            return text
        # Cut the string itself rather than its repr, so quotes and escapes stay whole, then
        # trim the repr of the two ends to the budget.
        head, tail = _ends_budget(budget)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            return _keep_ends(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # The object's own __repr__ failed: describe it without calling it.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            return _keep_ends(text, self.maxother, self.fillvalue)
        return text


for _name in ('repr_tuple', 'repr_list', 'repr_deque'):
    _method = getattr(Repr, _name)
    _method.__name__ = _name
    _method.__qualname__ = 'Repr.' + _name
del _name, _method

aRepr = Repr()
repr = aRepr.repr
