"""Specialized container datatypes: alternatives to dict, list, set and tuple.

namedtuple()   factory for tuple subclasses with named fields
deque          list-like container with fast appends and pops on either end
ChainMap       dict-like class for creating a single view of multiple mappings
Counter        dict subclass for counting hashable objects
OrderedDict    dict subclass that remembers (and can reorder) insertion order
defaultdict    dict subclass that calls a factory function to supply missing values
UserDict, UserList, UserString   wrappers around dict, list and str, easy to subclass

deque and defaultdict come from the native module _collections.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter

from _collections import deque, defaultdict

_collections_abc.MutableSequence.register(deque)

# =============================================================================================
# OrderedDict
#
# A dict already keeps insertion order, so an OrderedDict here is a dict subclass adding the
# order-aware operations: move_to_end, popitem(last=...), order-sensitive equality between
# OrderedDicts, and views that can be reversed.  Moving a key to the front rebuilds the dict
# (O(n)); moving it to the back is a delete and re-insert.

class _OrderedDictKeysView(_collections_abc.KeysView):

    def __reversed__(self):
        yield from reversed(self._mapping)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedDictItemsView(_collections_abc.ItemsView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, self._mapping[key])

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedDictValuesView(_collections_abc.ValuesView):

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._mapping[key]

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        '''Initialize an ordered dictionary.  The signature is the same as regular
        dictionaries.  Keyword argument order is preserved.'''
        self.__update(other, **kwds)

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.'''
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.'''
        value = dict.pop(self, key)      # KeyError(key) when missing
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __sizeof__(self):
        return dict.__sizeof__(self) if hasattr(dict, '__sizeof__') else 0

    update = __update = _collections_abc.MutableMapping.update

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValuesView(self)

    __marker = object()

    def pop(self, key, default=__marker):
        '''od.pop(k[,d]) -> v, remove specified key and return the corresponding value.
        If key is not found, d is returned if given, otherwise KeyError is raised.'''
        if default is self.__marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        '''Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.'''
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return '%s()' % (self.__class__.__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        'Return state information for pickling'
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.'''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.'''
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


_repr_running = set()

# =============================================================================================
# namedtuple
#
# The class is made directly with type(); only __new__ is generated as source text and
# eval'd, so that it has the fields as its real parameters (and Python's own messages for
# missing or extra arguments).  Each field is a read-only descriptor reading the tuple by
# index.

class _tuplegetter:
    # Field i of a namedtuple; read-only.  Each has its own __doc__ ("Alias for field
    # number i"), served by a property since minipy does not accept '__doc__' in __slots__.
    __slots__ = ('_index', '_doc')

    def __init__(self, index, doc):
        self._index = index
        self._doc = doc

    @property
    def __doc__(self):
        return self._doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self._doc)


def _check_field_names(typename, names, rename):
    """The validated field names (with rename=True, bad ones become _0, _1, ...)."""
    if rename:
        seen = set()
        for i, name in enumerate(names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                names[i] = '_%d' % i
            seen.add(name)
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
    return names


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also attributes:

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p
    Point(x=11, y=22)
    >>> p.x + p[1]
    33

    field_names: a sequence of names, or one string with names separated by spaces or
    commas.  rename=True replaces invalid names by _0, _1, ...  defaults apply to the last
    fields.  module sets __module__ (default: the caller's module)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    typename = _sys.intern(str(typename))
    fields = tuple(_sys.intern(n) for n in
                   _check_field_names(typename, [str(n) for n in field_names], rename))

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    count = len(fields)
    params = ', '.join(fields) + (',' if count == 1 else '')
    show = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'
    tuple_new = tuple.__new__

    # __new__(_cls, <fields>) -> tuple_new(_cls, (<fields>))
    __new__ = eval('lambda _cls, %s: _tuple_new(_cls, (%s))' % (params, params),
                   {'_tuple_new': tuple_new, '__builtins__': {},
                    '__name__': 'namedtuple_%s' % typename})
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, params)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError('Expected %d arguments, got %d' % (count, len(result)))
        return result
    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' \
        % typename

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + show % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    namespace = {
        '__doc__': '%s(%s)' % (typename, params),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__replace__': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern('Alias for field number %d' % index))

    # The class belongs to the caller's module (pickle finds it there).
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)

# =============================================================================================
# Counter: a dict of counts.  Missing elements count zero; arithmetic keeps positive counts.

def _count_elements(mapping, iterable):
    # Tally the elements of iterable into mapping.
    get = mapping.get
    for element in iterable:
        mapping[element] = get(element, 0) + 1


class Counter(dict):
    """A dict subclass for counting hashable objects (a bag, or multiset).

    >>> c = Counter('abracadabra')
    >>> c.most_common(2)
    [('a', 5), ('b', 2)]
    >>> c['z']
    0
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the elements of an iterable, or take counts from a mapping and keywords."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements with their counts, most common first (all of them
        without n).  Equal counts keep the order in which elements were first seen."""
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        """An iterator repeating each element as many times as its count (counts below one
        give nothing)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from the elements of an iterable, or from a mapping of counts, and
        from keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for element, n in iterable.items():
                        self[element] = n + get(element, 0)
                else:
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts, like update() adds them; counts may become zero or negative."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for element, n in iterable.items():
                    self[element] = get(element, 0) - n
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, element):
        # Deleting a missing element is not an error.
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            shown = dict(self.most_common())     # most common first
        except TypeError:
            shown = dict(self)                   # counts that do not compare
        return '%s(%r)' % (self.__class__.__name__, shown)

    # Comparisons as multisets: an element missing on one side counts zero there.

    def _all(self, other, test):
        return all(test(self[e], other[e]) for c in (self, other) for e in c)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Arithmetic: the result keeps only positive counts.

    def _combine(self, other, op):
        result = Counter()
        for element in _chain(self, (e for e in other if e not in self)):
            n = op(self[element], other[element])
            if n > 0:
                result[element] = n
        return result

    def __add__(self, other):
        """Sum of counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """Difference of counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """Maximum of counts (union)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, max)

    def __and__(self, other):
        """Minimum of counts (intersection)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, min)

    def __pos__(self):
        """The positive counts only."""
        return Counter({e: n for e, n in self.items() if n > 0})

    def __neg__(self):
        """The negated negative counts."""
        return Counter({e: -n for e, n in self.items() if n < 0})

    def _keep_positive(self):
        for element in [e for e, n in self.items() if not n > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, n in other.items():
            self[element] += n
        return self._keep_positive()

    def __isub__(self, other):
        for element, n in other.items():
            self[element] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for element, n in other.items():
            if n > self[element]:
                self[element] = n
        return self._keep_positive()

    def __iand__(self, other):
        for element, n in self.items():
            if other[element] < n:
                self[element] = other[element]
        return self._keep_positive()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

# =============================================================================================
# ChainMap: one view over several mappings.  Reads search them in order; writes go to the
# first.

class ChainMap(_collections_abc.MutableMapping):
    """A view of several mappings as one: lookups try maps[0], maps[1], ... in turn; changes
    only touch maps[0].  new_child() pushes a new first mapping, parents drops it."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # (Not `key in mapping`: a defaultdict answers through __getitem__.)
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Each key once, in the order of a dict built from the last mapping to the first.
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the given keys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A copy with a copy of maps[0] and the same other mappings."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (default: a new dict, updated from kwargs) in front."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """The ChainMap of maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)

# =============================================================================================
# UserDict, UserList, UserString: wrappers keeping the real object in self.data, for
# subclassing when overriding a builtin's methods would not be enough.

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class whose contents are the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _data_of(other):
        if isinstance(other, UserDict):
            return other.data
        if isinstance(other, dict):
            return other
        return None

    def __or__(self, other):
        data = self._data_of(other)
        if data is None:
            return NotImplemented
        return self.__class__(self.data | data)

    def __ror__(self, other):
        data = self._data_of(other)
        if data is None:
            return NotImplemented
        return self.__class__(data | self.data)

    def __ior__(self, other):
        data = self._data_of(other)
        self.data |= other if data is None else data
        return self

    def __copy__(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy its attributes, then the items (through its __setitem__).
        import copy
        data = self.data
        try:
            self.data = {}
            new = copy.copy(self)
        finally:
            self.data = data
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


class UserList(_collections_abc.MutableSequence):
    """A list-like class whose contents are the list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    @staticmethod
    def _unwrap(other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, list):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


class UserString(_collections_abc.Sequence):
    """A str-like class whose contents are the str self.data.  String methods delegate to
    self.data; those returning a new string return it wrapped in this class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    @staticmethod
    def _unwrap(other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = self._unwrap(other)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._unwrap(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._unwrap(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._unwrap(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(self._unwrap(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(self._unwrap(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new),
                                                maxsplit))

    maketrans = str.maketrans


def _wrap_str_method(name):
    # UserString.<name>: call str.<name> on self.data; wrap the result in the class.
    method = getattr(str, name)

    def wrapped(self, *args):
        return self.__class__(method(self.data, *args))
    wrapped.__name__ = wrapped.__qualname__ = name
    return wrapped


def _plain_str_method(name):
    # UserString.<name>: call str.<name> on self.data; return the result as it is.
    method = getattr(str, name)

    def plain(self, *args, **kwargs):
        return method(self.data, *args, **kwargs)
    plain.__name__ = plain.__qualname__ = name
    return plain


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _wrap_str_method(_name))
for _name in ('format', 'format_map', 'isalpha', 'isalnum', 'isascii', 'isdecimal',
              'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace',
              'istitle', 'isupper', 'join', 'partition', 'rpartition', 'split', 'rsplit',
              'splitlines'):
    setattr(UserString, _name, _plain_str_method(_name))
del _name
