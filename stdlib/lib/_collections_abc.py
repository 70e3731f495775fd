"""The abstract base classes of collections.abc.

Two kinds of ABC live here.

* Protocol ABCs (Hashable, Iterable, Iterator, Sized, Callable, Awaitable, Generator ...)
  stand for one protocol, a few special methods.  isinstance() against them is structural: a
  class that defines the methods anywhere in its MRO (and not as None, which is how a class
  opts out) counts as a subclass, registered or not.  They are all made by _protocol_abc()
  from a description: the methods that define the protocol, which of them are abstract (with
  the default behaviour their bodies give to super() calls), and the methods supplied for free.

* Collection ABCs (Set, Mapping, Sequence and their mutable variants, the mapping views)
  supply real mixin methods built on a few abstract ones: a class that defines __getitem__
  and __len__ and derives from Sequence gets __iter__, __contains__, __reversed__, index and
  count.  They are not structural; the builtin types are registered with them.

collections, typing and others import this module, so it imports only abc and sys.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString', 'Buffer']

# Users meet these classes as collections.abc.X: the class statements below (and
# _protocol_abc) take __module__ from this name.
__name__ = 'collections.abc'


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


# ---- builtin types that have no builtin name, registered further down -----------------------

def _name_builtin_types():
    # name -> a sample object of the builtin type to be known under that name.
    samples = {
        'bytes_iterator': iter(b''), 'bytearray_iterator': iter(bytearray()),
        'dict_keyiterator': iter({}.keys()), 'dict_valueiterator': iter({}.values()),
        'dict_itemiterator': iter({}.items()), 'list_iterator': iter([]),
        'list_reverseiterator': iter(reversed([])), 'range_iterator': iter(range(0)),
        'set_iterator': iter(set()), 'str_iterator': iter(''), 'tuple_iterator': iter(()),
        'zip_iterator': zip(), 'dict_keys': {}.keys(), 'dict_values': {}.values(),
        'dict_items': {}.items(), 'mappingproxy': type.__dict__,
        'generator': (lambda: (yield))(),
    }
    for name, sample in samples.items():
        globals()[name] = type(sample)


_name_builtin_types()


def _coroutine_and_async_generator_types():
    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    sample = coroutine_function()
    coroutine_type = type(sample)
    sample.close()                    # never awaited on purpose: no warning
    return coroutine_type, type(async_generator_function())


coroutine, async_generator = _coroutine_and_async_generator_types()


# =============================================================================================
# Protocol ABCs

def _structurally_has(C, names):
    """True when every one of `names` is defined somewhere along C's MRO, the nearest
    definition not being None; NotImplemented otherwise (so that the usual subclass and
    registration checks still run)."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _protocol_abc(name, bases, protocol, abstract=(), mixins=None, generic=False, doc=None):
    """An ABC whose subclasses are recognised by the methods in `protocol`.  `abstract` lists
    (method, default body) pairs to declare abstract; `mixins` maps names to concrete
    methods; `generic` makes the class subscriptable (Iterable[int])."""
    namespace = {'__module__': __name__, '__qualname__': name, '__doc__': doc,
                 '__slots__': ()}
    if generic:
        namespace['__class_getitem__'] = classmethod(_generic_alias)
    for method_name, body in abstract:
        body.__name__ = method_name
        body.__qualname__ = '%s.%s' % (name, method_name)
        namespace[method_name] = abstractmethod(body)
    for method_name, method in (mixins or {}).items():
        method.__name__ = method_name
        method.__qualname__ = '%s.%s' % (name, method_name)
        namespace[method_name] = method
    cls = None

    def __subclasshook__(klass, C):
        if klass is not cls:
            return NotImplemented       # subclasses of the ABC are not structural
        return _structurally_has(C, protocol)
    namespace['__subclasshook__'] = classmethod(__subclasshook__)
    cls = ABCMeta(name, bases or (), namespace)
    return cls


def _raise_thrown(typ, val=None, tb=None):
    # The default throw()/athrow(): raise what was thrown in (an instance or a class).
    if val is None:
        val = typ if tb is None else typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# Factories of method bodies: _protocol_abc() names and marks each function it is given, so
# every class gets functions of its own.

def _raiser(exception_type):
    def method(self, *args):
        raise exception_type
    return method


def _async_raiser(exception_type):
    async def method(self, *args):
        raise exception_type
    return method


def _thrower():
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)
    return throw


def _async_thrower():
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)
    return athrow


def _closer(what):
    # close(): throw GeneratorExit in; the object must not answer it with a yield.
    def close(self):
        """Raise GeneratorExit inside; the object must not yield again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('%s ignored GeneratorExit' % what)
    return close


def _async_closer():
    async def aclose(self):
        """Raise GeneratorExit inside; the generator must not yield again."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')
    return aclose


def _async_next_by_send():
    async def __anext__(self):
        return await self.asend(None)
    return __anext__


def _await_body(self):
    yield


def _abstract(name, exception):
    # An abstract method of a collection ABC; called anyway (through super()), it raises.
    method = _raiser(exception)
    method.__name__ = name
    return abstractmethod(method)


Hashable = _protocol_abc(
    'Hashable', None, ['__hash__'], [('__hash__', lambda self: 0)],
    doc='Objects that can be hashed: they have __hash__ (not set to None).')

Awaitable = _protocol_abc(
    'Awaitable', None, ['__await__'], [('__await__', _await_body)], generic=True,
    doc='Objects that can be awaited: they have __await__.')

Coroutine = _protocol_abc(
    'Coroutine', (Awaitable,), ['__await__', 'send', 'throw', 'close'],
    [('send', _raiser(StopIteration)), ('throw', _thrower())],
    {'close': _closer('coroutine')},
    doc='Awaitables driven by send(), throw() and close().')

AsyncIterable = _protocol_abc(
    'AsyncIterable', None, ['__aiter__'], [('__aiter__', lambda self: AsyncIterator())],
    generic=True, doc='Objects usable in `async for`: they have __aiter__.')

AsyncIterator = _protocol_abc(
    'AsyncIterator', (AsyncIterable,), ['__anext__', '__aiter__'],
    [('__anext__', _async_raiser(StopAsyncIteration))], {'__aiter__': lambda self: self},
    doc='Asynchronous iterators: an awaitable __anext__, and __aiter__ giving self.')

AsyncGenerator = _protocol_abc(
    'AsyncGenerator', (AsyncIterator,), ['__aiter__', '__anext__', 'asend', 'athrow', 'aclose'],
    [('asend', _async_raiser(StopAsyncIteration)), ('athrow', _async_thrower())],
    {'__anext__': _async_next_by_send(), 'aclose': _async_closer()},
    doc='Asynchronous generators: asend(), athrow() and aclose().')

Iterable = _protocol_abc(
    'Iterable', None, ['__iter__'], [('__iter__', lambda self: iter(()))], generic=True,
    doc='Objects usable in a for loop: they have __iter__.')

Iterator = _protocol_abc(
    'Iterator', (Iterable,), ['__iter__', '__next__'], [('__next__', _raiser(StopIteration))],
    {'__iter__': lambda self: self},
    doc='Iterators: __next__, and __iter__ giving self.')

Reversible = _protocol_abc(
    'Reversible', (Iterable,), ['__reversed__', '__iter__'],
    [('__reversed__', lambda self: iter(()))],
    doc='Iterables that reversed() accepts: they have __reversed__.')

Generator = _protocol_abc(
    'Generator', (Iterator,), ['__iter__', '__next__', 'send', 'throw', 'close'],
    [('send', _raiser(StopIteration)), ('throw', _thrower())],
    {'__next__': lambda self: self.send(None), 'close': _closer('generator')},
    doc='Generators: iterators with send(), throw() and close().')

Sized = _protocol_abc(
    'Sized', None, ['__len__'], [('__len__', lambda self: 0)],
    doc='Objects with a length: they have __len__.')

Container = _protocol_abc(
    'Container', None, ['__contains__'], [('__contains__', lambda self, x: False)],
    generic=True, doc='Objects supporting `in`: they have __contains__.')

Collection = _protocol_abc(
    'Collection', (Sized, Iterable, Container), ['__len__', '__iter__', '__contains__'],
    doc='Sized, iterable containers.')

Buffer = _protocol_abc(
    'Buffer', None, ['__buffer__'], [('__buffer__', _raiser(NotImplementedError))],
    doc='Objects exposing a memory buffer: they have __buffer__.')

Callable = _protocol_abc(
    'Callable', None, ['__call__'], [('__call__', lambda self, *args, **kwds: False)],
    doc='Objects that can be called: they have __call__.')

for _kind, _registered in ((Coroutine, (coroutine,)), (AsyncGenerator, (async_generator,)),
                           (Generator, (generator,)),
                           (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator,
                                       dict_valueiterator, dict_itemiterator, list_iterator,
                                       list_reverseiterator, range_iterator, set_iterator,
                                       str_iterator, tuple_iterator, zip_iterator))):
    for _type in _registered:
        _kind.register(_type)
del _kind, _registered, _type


class _CallableGenericAlias:
    """Callable[[int, str], float]: __args__ holds the argument types and then the result
    type, flat; repr shows the arguments as a list again."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        from types import _annotation_repr
        *arguments, result = self.__args__
        if arguments == [Ellipsis]:
            shown = '...'
        else:
            shown = '[%s]' % ', '.join([_annotation_repr(argument) for argument in arguments])
        return 'collections.abc.Callable[%s, %s]' % (shown, _annotation_repr(result))

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _subscript_callable(cls, item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    arguments, result = item
    if arguments is Ellipsis:
        return _CallableGenericAlias(cls, (Ellipsis, result))
    if not isinstance(arguments, list):
        raise TypeError(f'Expected a list of types, an ellipsis, ParamSpec, or '
                        f'Concatenate. Got {arguments!s}')
    return _CallableGenericAlias(cls, tuple(arguments) + (result,))


Callable.__class_getitem__ = classmethod(_subscript_callable)


# =============================================================================================
# Sets

def _frozenset_style_hash(elements, size):
    # The hash frozenset uses, so that equal sets of different classes hash alike: each
    # element hash is spread over the bits, the results are xor-ed (so order does not
    # matter), and the total is mixed once more and folded into a signed machine word.
    mask = 2 * sys.maxsize + 1
    total = (1927868237 * (size + 1)) & mask
    for element in elements:
        h = hash(element)
        total ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & mask
    total ^= (total >> 11) ^ (total >> 25)
    total = (total * 69069 + 907133923) & mask
    if total > sys.maxsize:
        total -= mask + 1
    return 590923713 if total == -1 else total


class Set(Collection):
    """A read-only set.  From __contains__, __iter__ and __len__ come the comparisons (by
    inclusion), isdisjoint() and the operators & | - ^.  Their results are built by the class
    method _from_iterable(iterable), which calls the class itself; override it when the
    constructor does not take an iterable."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """A set of this kind holding the items of it."""
        return cls(it)

    def _coerced(self, other):
        # The other operand of - and ^ as a Set, or NotImplemented if it is not iterable.
        if isinstance(other, Set):
            return other
        return self._from_iterable(other) if isinstance(other, Iterable) else NotImplemented

    # -- comparisons: inclusion, with a length test first to fail early.  <= and >= are the
    # two inclusions; <, > and == are a length test followed by one of them (made by
    # _inclusion_comparison below the class).

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(element in other for element in self)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(element in self for element in other)

    def isdisjoint(self, other):
        """Whether no element of other is in this set."""
        return not any(element in self for element in other)

    # -- the operators --

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for element in other if element in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(element for side in (self, other) for element in side)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._coerced(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(element for element in self if element not in other)

    def __rsub__(self, other):
        other = self._coerced(other)
        if other is NotImplemented:
            return other
        return self._from_iterable(element for element in other if element not in self)

    def __xor__(self, other):
        other = self._coerced(other)
        if other is NotImplemented:
            return other
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for immutable set classes, equal to frozenset's for equal contents."""
        return _frozenset_style_hash(self, len(self))


def _inclusion_comparison(name, lengths_allow, inclusion):
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return lengths_allow(len(self), len(other)) and getattr(self, inclusion)(other)
    compare.__name__ = name
    compare.__qualname__ = 'Set.' + name
    return compare


Set.__lt__ = _inclusion_comparison('__lt__', lambda mine, theirs: mine < theirs, '__le__')
Set.__gt__ = _inclusion_comparison('__gt__', lambda mine, theirs: mine > theirs, '__ge__')
Set.__eq__ = _inclusion_comparison('__eq__', lambda mine, theirs: mine == theirs, '__le__')
Set.register(frozenset)


class MutableSet(Set):
    """A set that can change.  add() and discard() are abstract; remove, pop, clear and the
    in-place operators |= &= ^= -= are built on them."""

    __slots__ = ()

    add = _abstract('add', NotImplementedError)            # put a value in
    discard = _abstract('discard', NotImplementedError)    # take a value out, if there

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return an arbitrary element; KeyError if the set is empty."""
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        """Take out every element (one pop() at a time, until pop() finds none)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    # In-place operators: |= adds, -= &= take away, ^= does both.

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()                  # everything goes, without iterating while removing
            return self
        for value in it:
            self.discard(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            (self.discard if value in self else self.add)(value)
        return self


MutableSet.register(set)


# =============================================================================================
# Mappings

class Mapping(Collection):
    """A read-only mapping.  Subclasses define __getitem__, __iter__ (over the keys) and
    __len__; get, `in`, keys(), items(), values() and == follow."""

    __slots__ = ()

    # Mappings are not reversible unless a subclass says otherwise.
    __reversed__ = None

    __getitem__ = _abstract('__getitem__', KeyError)

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    # Lookups through __getitem__.

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        """self[key], or default if key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    """What a Mapping's keys(), items() and values() return: a live view of the mapping."""

    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_generic_alias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


def _plain_set(cls, it):
    # The key and item views build the results of their set operators as plain sets.
    return set(it)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a read-only set."""

    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a read-only set."""

    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

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


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        return any(found is value or found == value for found in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


class MutableMapping(Mapping):
    """A mapping that can change.  __setitem__ and __delitem__ are abstract as well; pop,
    popitem, clear, update and setdefault are built on them."""

    __slots__ = ()

    __setitem__ = _abstract('__setitem__', KeyError)
    __delitem__ = _abstract('__delitem__', KeyError)

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value; default if key is missing (KeyError when no
        default is given)."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if the mapping is empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Store the items of other -- a mapping, an object with keys(), or an iterable of
        (key, value) pairs -- and then the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for pair in other:
                key, value = pair
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key], after storing default under key if it was missing."""
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# =============================================================================================
# Sequences

def _same_item(candidate, value):
    # Containers test membership by identity first, then equality.
    return candidate is value or candidate == value


class Sequence(Reversible, Collection):
    """A read-only sequence.  Subclasses define __getitem__ (raising IndexError past the
    end) and __len__; iteration, `in`, reversed(), index() and count() follow."""

    __slots__ = ()

    __getitem__ = _abstract('__getitem__', IndexError)

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        for item in self:
            if _same_item(item, value):
                return True
        return False

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of value between start and stop; ValueError if absent.
        Negative bounds count from the end, as in slices."""
        if start is not None and start < 0:
            start = max(start + len(self), 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_item(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value, or equal to it."""
        total = 0
        for item in self:
            if _same_item(item, value):
                total += 1
        return total


class ByteString(Sequence):
    """bytes and bytearray.  (Deprecated since 3.12: use Buffer, or a union of the two.)"""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change.  __setitem__, __delitem__ and insert() are abstract as
    well; append, extend, pop, remove, reverse, clear and += are built on them."""

    __slots__ = ()

    __setitem__ = _abstract('__setitem__', IndexError)
    __delitem__ = _abstract('__delitem__', IndexError)
    insert = _abstract('insert', IndexError)               # insert(index, value)

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def extend(self, values):
        """Append the items of values one by one."""
        if values is self:
            values = list(values)     # a snapshot, or extending would never end
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last one by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if there is none."""
        del self[self.index(value)]

    def reverse(self):
        """Reverse the items in place, swapping from both ends towards the middle."""
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the builtin types -----------------------------------------------------------------------

for _kind, _registered in ((Mapping, (mappingproxy,)), (MutableMapping, (dict,)),
                           (KeysView, (dict_keys,)), (ItemsView, (dict_items,)),
                           (ValuesView, (dict_values,)),
                           (Sequence, (tuple, str, range)), (ByteString, (bytes, bytearray)),
                           (MutableSequence, (list, bytearray))):
    for _type in _registered:
        _kind.register(_type)
del _kind, _registered, _type
