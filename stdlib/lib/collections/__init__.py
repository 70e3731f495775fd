"""collections: container types beyond dict, list, set and tuple.

    namedtuple    makes tuple subclasses whose items also have names
    deque         a sequence with fast appends and pops at both ends      (native)
    defaultdict   a dict that builds missing values with a factory        (native)
    OrderedDict   a dict that can also reorder its keys
    Counter       a dict of counts (a multiset)
    ChainMap      several mappings searched as one
    UserDict, UserList, UserString   wrappers around a dict, list or str kept in .data,
                  convenient base classes when a builtin's methods must all be overridable

deque and defaultdict come from the native _collections module.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr
from abc import update_abstractmethods as _update_abstractmethods

from _collections import deque, defaultdict

_collections_abc.MutableSequence.register(deque)

_Mapping = _collections_abc.Mapping


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


# =============================================================================================
# OrderedDict
#
# Plain dicts keep insertion order already, so OrderedDict is a dict subclass that adds what is
# specific to it: move_to_end(), popitem(last=False), equality that looks at the order when
# both sides are OrderedDicts, and reversible views with their own reprs.  Moving a key to the
# back is a delete and a re-insert; moving it to the front has to rebuild the dict (O(n)).

def _items_of(source):
    # The (key, value) pairs that update()/__init__ take from a mapping, from an object with
    # keys(), or from an iterable of pairs.
    if isinstance(source, _Mapping):
        for key in source:
            yield key, source[key]
    elif hasattr(source, 'keys'):
        for key in source.keys():
            yield key, source[key]
    else:
        for pair in source:
            # Unpacked by hand for the messages of CPython's C OrderedDict.
            parts = tuple(iter(pair))
            if len(parts) != 2:
                if len(parts) > 2:
                    raise ValueError('too many values to unpack (expected 2)')
                raise ValueError('need more than %d value%s to unpack'
                                 % (len(parts), '' if len(parts) == 1 else 's'))
            yield parts


class _OrderedKeys(_collections_abc.KeysView):
    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedItems(_collections_abc.ItemsView):
    def __reversed__(self):
        mapping = self._mapping
        return iter([(key, mapping[key]) for key in reversed(mapping)])

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedValues(_collections_abc.ValuesView):
    def __reversed__(self):
        mapping = self._mapping
        return iter([mapping[key] for key in reversed(mapping)])

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


_NO_DEFAULT = object()


class OrderedDict(dict):
    """A dict whose key order can be changed (move_to_end) and is part of equality between
    OrderedDicts.  Otherwise it behaves as a dict, order of insertion included."""

    def __init__(self, other=(), /, **kwds):
        OrderedDict.update(self, other, **kwds)     # not a subclass's update()

    def update(self, other=(), /, **kwds):
        """Add the items of other (a mapping, or pairs) and of the keywords."""
        for key, value in _items_of(other):
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        """Move key to the end (last=True) or to the front; KeyError if it is missing."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for other_key, other_value in others:
            dict.__setitem__(self, other_key, other_value)

    def popitem(self, last=True):
        """Remove and return the newest (last=True) or the oldest item."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; default, if given, when key is missing."""
        if default is _NO_DEFAULT:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """The value of key, after storing default under it if it was missing."""
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def keys(self):
        """A set-like view of the keys, in order."""
        return _OrderedKeys(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return _OrderedItems(self)

    def values(self):
        """A view of the values, in order."""
        return _OrderedValues(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self.items()))

    def __reduce__(self):
        # Rebuild empty, then feed the items back in order (pickle's fifth reduce element).
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(self.items())

    def __sizeof__(self):
        return dict.__sizeof__(self) if hasattr(dict, '__sizeof__') else 0

    def copy(self):
        """A shallow copy, of the same class."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with the given keys, all mapped to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        same_items = dict.__eq__(self, other)
        if same_items is NotImplemented or not same_items:
            return same_items
        if isinstance(other, OrderedDict):
            # Between OrderedDicts the order counts too.
            return all(mine == theirs for mine, theirs in zip(self, other))
        return True

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    __class_getitem__ = classmethod(_generic_alias)


# =============================================================================================
# namedtuple
#
# The class is built with type().  Only __new__ is compiled from generated source, so that it
# takes the fields as real parameters (and Python itself reports missing or extra arguments);
# every field is a _tuplegetter, a read-only property reading the tuple at its index.

class _tuplegetter(property):
    # Field `index` of a namedtuple: a property (its native __get__ calls the getter
    # directly) with its own doc and read-only messages.

    def __init__(self, index, doc):
        property.__init__(self, lambda record: record[index])
        self._index = index
        self._field_doc = doc

    __doc__ = property(lambda self: self._field_doc)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self._field_doc)


def _split_field_names(field_names):
    if isinstance(field_names, str):
        return field_names.replace(',', ' ').split()
    return [str(name) for name in field_names]


def _renamed(names):
    # rename=True: every name that is not usable becomes _<position>.
    seen = set()
    result = []
    for position, name in enumerate(names):
        usable = (name.isidentifier() and not _iskeyword(name)
                  and not name.startswith('_') and name not in seen)
        result.append(name if usable else '_%d' % position)
        seen.add(name)
    return result


def _checked_fields(typename, names, rename):
    if rename:
        names = _renamed(names)
    # Every name must be a string and an identifier but not a keyword (the type name too);
    # field names must also be unique and must not start with an underscore.
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    return tuple([_sys.intern(name) for name in names])


def _compiled_new(typename, fields):
    # __new__ as a lambda compiled from source: (_cls, x, y) -> _tuple_new(_cls, (x, y)).
    # (A lambda compiles measurably faster than the equivalent def statement.)
    # A single field is written with a trailing comma: (x,) is a tuple.
    fields_text = _fields_text(fields)
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': 'namedtuple_%s' % typename}
    constructor = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (fields_text, fields_text),
                       namespace)
    constructor.__name__ = '__new__'
    constructor.__doc__ = 'Create new instance of %s(%s)' % (typename, fields_text)
    return constructor


def _fields_text(fields):
    return ', '.join(fields) + (',' if len(fields) == 1 else '')


def _caller_module(depth):
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass whose items can also be read as named attributes:

    >>> Point = namedtuple('Point', 'x y')
    >>> p = Point(3, y=4)
    >>> p
    Point(x=3, y=4)
    >>> p.x * p[1]
    12

    field_names is a sequence of names or one string of names separated by spaces and/or
    commas.  rename=True turns unusable names into _0, _1, ... instead of failing.  defaults
    apply to the rightmost fields.  module sets the class's __module__ (by default the
    caller's module, so that pickle can find the class)."""
    typename = _sys.intern(str(typename))
    fields = _checked_fields(typename, _split_field_names(field_names), rename)
    count = len(fields)
    field_defaults = {}
    new = _compiled_new(typename, fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > count:
            raise TypeError('Got more default values than field names')
        new.__defaults__ = defaults
        field_defaults = dict(zip(fields[count - len(defaults):], defaults))
    build = tuple.__new__
    shape = '(' + ', '.join(['%s=%%r' % name for name in fields]) + ')'

    def _make(cls, iterable):
        made = build(cls, iterable)
        if len(made) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(made)))
        return made
    _make.__doc__ = 'Build a %s from an iterable of exactly %d items.' % (typename, count)

    def _replace(self, /, **changes):
        made = self._make([changes.pop(name, value) for name, value in zip(fields, self)])
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return made
    _replace.__doc__ = 'A copy of this %s with the given fields changed.' % typename

    def __repr__(self):
        return type(self).__name__ + shape % self
    __repr__.__doc__ = 'The %s as its constructor call, fields named.' % typename

    def _asdict(self):
        """A dict from field names to values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The values as a plain tuple (for copy and pickle)."""
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, _fields_text(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__replace__': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for function in (new, _make, _replace, __repr__, _asdict, __getnewargs__):
        function.__qualname__ = '%s.%s' % (typename, function.__name__)
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern('Alias for field number %d' % index))
    if module is None:
        module = _caller_module(1)
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# =============================================================================================
# Counter
#
# A dict from elements to counts, where a missing element counts zero.  Counts may be any
# numbers, zero or negative included; the multiset operations (+ - | & and unary + -) keep
# only positive results.

def _tally(counts, iterable):
    get = counts.get
    for element in iterable:
        counts[element] = get(element, 0) + 1


def _positive_only(counter):
    for element in [element for element, count in counter.items() if not count > 0]:
        del counter[element]
    return counter


class Counter(dict):
    """Counts of hashable elements: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}).
    Reading a missing element gives 0.

    >>> Counter('mississippi').most_common(2)
    [('i', 4), ('s', 4)]
    """

    def __init__(self, iterable=None, /, **kwds):
        """Start empty, then update() from iterable (elements to count, or a mapping of
        counts) and from the keyword counts."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs from the highest count down; only the first n when n
        is given.  Equal counts stay in the order the elements were first met."""
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        from heapq import nlargest
        return nlargest(n, self.items(), key=by_count)

    def elements(self):
        """Each element repeated as many times as its count (counts below 1 give none)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: one per element of an iterable, or the counts of a mapping; then the
        keyword counts."""
        if iterable is not None:
            if not isinstance(iterable, _Mapping):
                _tally(self, iterable)
            elif self:
                get = self.get
                for element, count in iterable.items():
                    self[element] = count + get(element, 0)
            else:
                super().update(iterable)        # empty: just take the counts
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts, as update() adds them.  Counts may drop to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        # Forgetting an element that is not there is not an error.
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return '%s()' % name
        try:
            # Highest counts first.
            return '%s({%s})' % (name, ', '.join(['%r: %r' % pair for pair in self.most_common()]))
        except TypeError:
            return '%s(%r)' % (name, dict(self))    # counts that cannot be ordered

    # -- comparisons, as multisets: an element missing on one side counts 0 there --

    def _every_count(self, other, test):
        return all(test(self[element], other[element])
                   for side in (self, other) for element in side)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, lambda mine, theirs: mine == theirs)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, lambda mine, theirs: mine <= theirs)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, lambda mine, theirs: mine >= theirs)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic --

    def _merged(self, other, combine, theirs_alone):
        # combine(mine, theirs) for our elements, then theirs_alone(count) for elements only
        # the other side has; the result keeps the positive counts.
        result = Counter()
        for element, count in self.items():
            value = combine(count, other[element])
            if value > 0:
                result[element] = value
        if theirs_alone is not None:
            for element, count in other.items():
                if element not in self:
                    value = theirs_alone(count)
                    if value > 0:
                        result[element] = value
        return result

    def __add__(self, other):
        """Counts added."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merged(other, lambda mine, theirs: mine + theirs, lambda theirs: theirs)

    def __sub__(self, other):
        """Counts subtracted (only the positive differences remain)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merged(other, lambda mine, theirs: mine - theirs,
                            lambda theirs: 0 - theirs)

    def __or__(self, other):
        """The larger of the two counts (multiset union)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merged(other, lambda mine, theirs: theirs if mine < theirs else mine,
                            lambda theirs: theirs)

    def __and__(self, other):
        """The smaller of the two counts (multiset intersection)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._merged(other, lambda mine, theirs: mine if mine < theirs else theirs, None)

    def __pos__(self):
        """The elements with a positive count."""
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        """The elements with a negative count, negated."""
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return _positive_only(self)

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return _positive_only(self)

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return _positive_only(self)

    def __iand__(self, other):
        for element, count in self.items():
            theirs = other[element]
            if theirs < count:
                self[element] = theirs
        return _positive_only(self)

    __class_getitem__ = classmethod(_generic_alias)


# =============================================================================================
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings seen as one.  Lookups search maps[0], maps[1], ... and take the first
    hit; assignments and deletions only touch maps[0].  new_child() puts a fresh mapping in
    front (a nested scope); .parents is the chain without its first mapping."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # Subscription rather than `in`, so a defaultdict in the chain supplies values.
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Every key once, ordered as a dict filled from the last mapping to the first would be.
        order = {}
        for mapping in self.maps[::-1]:
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A chain of one new dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new chain with a copy of maps[0] followed by the same other mappings."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new chain with m in front of these mappings (m defaults to a new dict; keyword
        arguments are added to it)."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """The chain of all mappings but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_mapping_key_error(self, key):
        return KeyError('Key not found in the first mapping: {!r}'.format(key))

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise self._first_mapping_key_error(key)

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or args[0] if given and absent)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise self._first_mapping_key_error(key)

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        combined = self.copy()
        combined.maps[0].update(other)
        return combined

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return type(self)(flat)


# =============================================================================================
# UserDict, UserList, UserString
#
# Each keeps the real container in self.data and implements its protocol by forwarding to it.
# Methods that merely forward are generated by _install_forwarders() from a table of
# signatures; the ones with more to do (construction, wrapping results, comparisons, copies)
# are written out.

def _install_forwarders(cls, signatures, rewrap=False):
    # Define on cls one method per signature line, "name(self, params)", whose body calls
    # the same method of self.data with the same arguments (and, with rewrap, wraps the result
    # in cls).  Generating them keeps each method's real signature, so wrong calls are
    # reported just as for a hand-written method.
    lines = []
    names = []
    for signature in signatures.strip().splitlines():
        name, params = signature.strip().split('(', 1)
        params = params.rstrip(')')
        passed = []
        for param in params.split(',')[1:]:             # everything after self
            param = param.strip().split('=')[0]
            if param and param != '/':
                passed.append(param)
        call = 'self.data.%s(%s)' % (name, ', '.join(passed))
        if rewrap:
            call = 'self.__class__(%s)' % call
        lines.append('def %s(%s):\n    return %s\n' % (name, params, call))
        names.append(name)
    namespace = {}
    exec(''.join(lines), namespace)
    for name in names:
        method = namespace[name]
        method.__qualname__ = '%s.%s' % (cls.__name__, name)
        method.__module__ = __name__
        setattr(cls, name, method)
    # Some of them implement abstract methods of the base ABC: recompute what is left.
    _update_abstractmethods(cls)


def _copy_with_new_data(self, data):
    # __copy__ of the User* classes: the same class and attributes, a copied .data.
    clone = type(self).__new__(type(self))
    clone.__dict__.update(self.__dict__)
    clone.__dict__['data'] = data
    return clone


class UserDict(_collections_abc.MutableMapping):
    """A mapping that stores its items in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        # Like dict, a subclass may supply missing values.
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    @staticmethod
    def _plain(other):
        if isinstance(other, UserDict):
            return other.data
        return other if isinstance(other, dict) else None

    def __or__(self, other):
        data = self._plain(other)
        return NotImplemented if data is None else type(self)(self.data | data)

    def __ror__(self, other):
        data = self._plain(other)
        return NotImplemented if data is None else type(self)(data | self.data)

    def __ior__(self, other):
        data = self._plain(other)
        self.data |= other if data is None else data
        return self

    def __copy__(self):
        return _copy_with_new_data(self, self.__dict__['data'].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy it with an empty .data (keeping its other attributes), then put
        # the items back through its own __setitem__.
        import copy
        data = self.data
        self.data = {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = data
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


_install_forwarders(UserDict, """
    __len__(self)
    __setitem__(self, key, item)
    __delitem__(self, key)
    __iter__(self)
    __contains__(self, key)
""")


class UserList(_collections_abc.MutableSequence):
    """A sequence that stores its items in the list self.data."""

    def __init__(self, initlist=None):
        # Always a new list of our own, whatever we were given.
        if initlist is None:
            self.data = []
        elif type(initlist) == list:
            self.data = initlist[:]
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    __hash__ = None

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_with_new_data(self, self.__dict__['data'][:])

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(self._plain(other))


_install_forwarders(UserList, """
    __contains__(self, item)
    __len__(self)
    __setitem__(self, i, item)
    __delitem__(self, i)
    append(self, item)
    insert(self, i, item)
    pop(self, i=-1)
    remove(self, item)
    clear(self)
    count(self, item)
    index(self, item, *args)
    reverse(self)
    sort(self, /, *args, **kwds)
""")


class UserString(_collections_abc.Sequence):
    """A str-like object that keeps its text in the str self.data.  String methods act on
    self.data; those producing a new string return an instance of the same class."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    @staticmethod
    def _plain(other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    def __contains__(self, char):
        return self._plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = self._plain(other)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._plain(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._plain(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._plain(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(self._plain(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(self._plain(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(self._plain(old), self._plain(new), maxsplit))

    maketrans = str.maketrans


def _through_builtin(name, builtin):
    # A User* method that applies a builtin function to self.data: repr(), str(), int()...
    def method(self):
        return builtin(self.data)
    method.__name__ = name
    return method


for _cls, _pairs in ((UserDict, (('__repr__', repr),)),
                     (UserList, (('__repr__', repr),)),
                     (UserString, (('__str__', str), ('__repr__', repr), ('__int__', int),
                                   ('__float__', float), ('__hash__', hash)))):
    for _name, _builtin in _pairs:
        _method = _through_builtin(_name, _builtin)
        _method.__qualname__ = '%s.%s' % (_cls.__name__, _name)
        setattr(_cls, _name, _method)
del _cls, _pairs, _name, _builtin, _method

# String results come back as instances of the class ...
_install_forwarders(UserString, """
    capitalize(self)
    casefold(self)
    center(self, width, *args)
    expandtabs(self, tabsize=8)
    ljust(self, width, *args)
    lower(self)
    lstrip(self, chars=None)
    rjust(self, width, *args)
    rstrip(self, chars=None)
    strip(self, chars=None)
    swapcase(self)
    title(self)
    translate(self, *args)
    upper(self)
    zfill(self, width)
""", rewrap=True)
# ... the others (bools, lists, tuples, plain strings) as str returns them.
_install_forwarders(UserString, """
    format(self, /, *args, **kwds)
    format_map(self, mapping)
    isalpha(self)
    isalnum(self)
    isascii(self)
    isdecimal(self)
    isdigit(self)
    isidentifier(self)
    islower(self)
    isnumeric(self)
    isprintable(self)
    isspace(self)
    istitle(self)
    isupper(self)
    join(self, seq)
    partition(self, sep)
    rpartition(self, sep)
    split(self, sep=None, maxsplit=-1)
    rsplit(self, sep=None, maxsplit=-1)
    splitlines(self, keepends=False)
""")
