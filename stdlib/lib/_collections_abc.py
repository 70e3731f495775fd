"""Abstract Base Classes for containers: the implementation of collections.abc.

Each ABC names the methods a container type must provide (the abstract ones) and supplies
the rest as mixins built on them: a class that defines __getitem__ and __len__ and inherits
from Sequence gets __contains__, __iter__, __reversed__, index and count for free.

isinstance() against the "one-trick" ABCs (Iterable, Sized, Hashable, Callable, ...) works
structurally: their __subclasshook__ looks for the method in the class's MRO, so any class
with __iter__ is an Iterable.  The richer ABCs (Sequence, Mapping, Set, ...) are not
structural; the builtin types are registered with them at the end of this module.

This module is imported by collections, typing and others, so it imports only abc and sys.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString', 'Buffer']

# The classes below report their module as collections.abc, where users find them (the
# class statement takes __module__ from the module's __name__).
__name__ = 'collections.abc'


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


# --- The builtin types without a builtin name, to register below -------------------------------

bytes_iterator = type(iter(b''))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}.keys()))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(''))
tuple_iterator = type(iter(()))
zip_iterator = type(zip())
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)
generator = type((lambda: (yield))())


async def _coro():
    pass

_coro = _coro()
coroutine = type(_coro)
_coro.close()   # Prevent ResourceWarning
del _coro


async def _ag():
    yield

_ag = _ag()
async_generator = type(_ag)
del _ag


def _check_methods(C, *methods):
    """True when each method is found in C's MRO, the nearest definition not being None
    (None is how a class says "not supported"); NotImplemented otherwise, so that
    registration and real inheritance still get checked."""
    for method in methods:
        for klass in C.__mro__:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True

# --- Single-method ABCs ------------------------------------------------------------------------
# Each checks structurally: a class that defines the method (anywhere in its MRO, and not
# as None) is a virtual subclass.

def _throw_into(typ, val, tb):
    # The default body of throw()/athrow(): raise what was thrown in.
    if val is None:
        val = typ() if tb is not None else typ
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


class Hashable(metaclass=ABCMeta):
    """Objects with __hash__ (and not __hash__ = None)."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__hash__') if cls is Hashable else NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects usable with await: they have __await__."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__await__') if cls is Awaitable else NotImplemented


class Coroutine(Awaitable):
    """Awaitables driven with send(), throw() and close()."""

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with value; return the next value yielded, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside; return the next value yielded, or let it out."""
        _throw_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Coroutine:
            return NotImplemented
        return _check_methods(C, '__await__', 'send', 'throw', 'close')


Coroutine.register(coroutine)


class AsyncIterable(metaclass=ABCMeta):
    """Objects usable with `async for`: they have __aiter__."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__aiter__') if cls is AsyncIterable else NotImplemented


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__ (a coroutine) and __aiter__ returning self."""

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item; raise StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AsyncIterator:
            return NotImplemented
        return _check_methods(C, '__anext__', '__aiter__')


class AsyncGenerator(AsyncIterator):
    """Asynchronous generators: asend, athrow and aclose."""

    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value; the next value yielded, or StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside; the next value yielded, or the exception."""
        _throw_into(typ, val, tb)

    async def aclose(self):
        """Raise GeneratorExit inside; it must not yield again."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AsyncGenerator:
            return NotImplemented
        return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


AsyncGenerator.register(async_generator)


class Iterable(metaclass=ABCMeta):
    """Objects usable in a for loop: they have __iter__."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__iter__') if cls is Iterable else NotImplemented


class Iterator(Iterable):
    """Iterators: __next__, and __iter__ returning self."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; raise StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Iterator:
            return NotImplemented
        return _check_methods(C, '__iter__', '__next__')


for _iterator_type in (bytes_iterator, bytearray_iterator, dict_keyiterator,
                       dict_valueiterator, dict_itemiterator, list_iterator,
                       list_reverseiterator, range_iterator, set_iterator, str_iterator,
                       tuple_iterator, zip_iterator):
    Iterator.register(_iterator_type)
del _iterator_type


class Reversible(Iterable):
    """Iterables that reversed() accepts: they have __reversed__."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Reversible:
            return NotImplemented
        return _check_methods(C, '__reversed__', '__iter__')


class Generator(Iterator):
    """Generators: iterators with send, throw and close (next is send(None))."""

    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume with value; return the next value yielded, or raise StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside; return the next value yielded, or let it out."""
        _throw_into(typ, val, tb)

    def close(self):
        """Raise GeneratorExit inside; it must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Generator:
            return NotImplemented
        return _check_methods(C, '__iter__', '__next__', 'send', 'throw', 'close')


Generator.register(generator)


class Sized(metaclass=ABCMeta):
    """Objects with __len__."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__len__') if cls is Sized else NotImplemented


class Container(metaclass=ABCMeta):
    """Objects supporting `in`: they have __contains__."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__contains__') if cls is Container else NotImplemented


class Collection(Sized, Iterable, Container):
    """Sized, iterable containers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Collection:
            return NotImplemented
        return _check_methods(C, '__len__', '__iter__', '__contains__')


class Buffer(metaclass=ABCMeta):
    """Objects exposing a buffer: they have __buffer__ (3.12)."""

    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__buffer__') if cls is Buffer else NotImplemented


class _CallableGenericAlias:
    """Callable[[int, str], float]: the argument types are kept flat in __args__ with the
    result last, and printed back as a list."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        from types import _type_repr
        *params, result = self.__args__
        if params == [Ellipsis]:
            shown = '...'
        else:
            shown = '[%s]' % ', '.join(_type_repr(a) for a in params)
        return 'collections.abc.Callable[%s, %s]' % (shown, _type_repr(result))

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Callable(metaclass=ABCMeta):
    """Objects that can be called: they have __call__."""

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _check_methods(C, '__call__') if cls is Callable else NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        params, result = item
        if params is Ellipsis:
            return _CallableGenericAlias(cls, (Ellipsis, result))
        if not isinstance(params, list):
            raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or '
                            f'Concatenate. Got {params!s}')
        return _CallableGenericAlias(cls, tuple(params) + (result,))


# Workaround: minipy's function type does not list __call__ in its __dict__ yet, so the hook
# above would miss plain functions.
Callable.register(type(_check_methods))

# --- Sets --------------------------------------------------------------------------------------

class Set(Collection):
    """A read-only set: from __contains__, __iter__ and __len__ it gets the comparisons
    (subset/superset by containment), isdisjoint, and the operators & | - ^.  Results are
    made with cls._from_iterable(iterable) -- the class itself by default, so a class whose
    constructor does not take an iterable overrides that classmethod."""

    __slots__ = ()

    def _contains_all(self, other):
        return all(item in self for item in other)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and self._contains_all(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Make a set of this kind from an iterable (override when the constructor differs)."""
        return cls(it)

    def _as_set(self, other):
        # The other operand of - and ^ as a Set (NotImplemented when it is not iterable).
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return NotImplemented

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is NotImplemented:
            return other
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True if the two sets have no element in common."""
        return not any(item in self for item in other)

    def _hash(self):
        """A hash for immutable Set classes, computed like frozenset's so that equal sets
        of different classes hash alike: each element's hash is scrambled, the results are
        combined with xor (order does not matter), and the total is mixed once more."""
        mask = 2 * sys.maxsize + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            eh = hash(item)
            h ^= ((eh ^ (eh << 16) ^ 89869747) * 3644798167) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > sys.maxsize:
            h -= mask + 1
        return 590923713 if h == -1 else h


Set.register(frozenset)


class MutableSet(Set):
    """A set that can change: add and discard are abstract; remove, pop, clear and the
    in-place operators are built on them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError if absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in list(self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in self._as_set(it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


MutableSet.register(set)

# --- Mappings ----------------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping.  Subclasses give __getitem__, __iter__ (the keys) and __len__;
    get, __contains__, keys/items/values views and __eq__ follow from them."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Mappings are not reversible unless a subclass says so.
    __reversed__ = None


Mapping.register(mappingproxy)


class MappingView(Sized):
    """The base of the views a Mapping's keys(), items() and values() return."""

    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a read-only set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


KeysView.register(dict_keys)


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a read-only set."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)


ItemsView.register(dict_items)


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


ValuesView.register(dict_values)


class MutableMapping(Mapping):
    """A mapping that can change: __setitem__ and __delitem__ are abstract too; pop,
    popitem, clear, update and setdefault come from them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _missing = object()

    def pop(self, key, default=_missing):
        """Remove key and return its value; default if absent (KeyError without one)."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Copy items from a mapping, an object with keys(), or an iterable of pairs, then
        from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after setting it to default if it was absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


MutableMapping.register(dict)

# --- Sequences ---------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence.  Subclasses give __getitem__ (raising IndexError past the end)
    and __len__; iteration, `in`, reversed(), index and count follow."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value (within [start:stop]); ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """The number of occurrences of value."""
        return sum(1 for v in self if v is value or v == value)


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)


class ByteString(Sequence):
    """bytes and bytearray (deprecated since 3.12)."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """A sequence that can change: __setitem__, __delitem__ and insert are abstract too;
    append, extend, pop, remove, reverse, clear and += come from them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse in place."""
        n = len(self)
        for i in range(n // 2):
            j = n - 1 - i
            self[i], self[j] = self[j], self[i]

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (default the last)."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)
