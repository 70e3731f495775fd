"""Names for the built-in types that have no builtin name, plus a few helpers
(SimpleNamespace, new_class, MappingProxyType, GenericAlias, DynamicClassAttribute).

The type names come from sample objects of each kind (_sample_objects).
"""

import sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
    'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
    'new_class', 'resolve_bases', 'prepare_class', 'get_original_bases',
    'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
    'NoneType', 'NotImplementedType',
]


def _sample_objects():
    # One object of each kind whose type has no builtin name; the module's names are taken
    # from their types below.
    def plain_function():
        pass

    def generator_function():
        yield 1

    async def coroutine_function():
        pass

    async def async_generator_function():
        yield

    def make_cell():
        captured = 1

        def reader():
            return captured
        return reader.__closure__[0]

    class WithSlot:
        __slots__ = ('slot',)

        def method(self):
            pass

    try:
        raise TypeError
    except TypeError as caught:
        traceback = caught.__traceback__
    coroutine_object = coroutine_function()
    coroutine_object.close()          # never awaited on purpose: no warning
    return {
        'FunctionType': plain_function, 'LambdaType': lambda: None,
        'CodeType': plain_function.__code__, 'CellType': make_cell(),
        'GeneratorType': generator_function(), 'CoroutineType': coroutine_object,
        'AsyncGeneratorType': async_generator_function(), 'MethodType': WithSlot().method,
        'MemberDescriptorType': WithSlot.slot, 'BuiltinFunctionType': len,
        'BuiltinMethodType': [].append, 'WrapperDescriptorType': object.__init__,
        'MethodWrapperType': object().__str__, 'MethodDescriptorType': str.join,
        'ClassMethodDescriptorType': dict.__dict__['fromkeys'], 'ModuleType': sys,
        'GetSetDescriptorType': plain_function.__class__.__code__,
        'TracebackType': traceback, 'FrameType': traceback.tb_frame,
        'NoneType': None, 'NotImplementedType': NotImplemented, 'EllipsisType': Ellipsis,
    }


globals().update((name, type(sample)) for name, sample in _sample_objects().items())
del _sample_objects

# --- MappingProxyType --------------------------------------------------------------------------
# The builtin read-only view of a mapping (the type of a class's __dict__).

MappingProxyType = type(type.__dict__)

# --- SimpleNamespace ---------------------------------------------------------------------------

class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            for key, value in dict(mapping_or_iterable).items():
                if not isinstance(key, str):
                    raise TypeError('keywords must be strings')
                setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        # A namespace met again while printing itself prints as name(...), as in CPython.
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # Only reached when the attribute is missing: the message names the type the way
        # CPython's C type is named.
        cls = type(self)
        cname = 'types.SimpleNamespace' if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{cname}' object has no attribute '{name}'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    def __replace__(self, /, **changes):
        new = type(self)(**self.__dict__)
        new.__dict__.update(changes)
        return new

_repr_running = set()

# --- Class creation ----------------------------------------------------------------------------
# What a class statement does, as functions: resolve the bases (PEP 560), find the metaclass,
# prepare the namespace, run the body, call the metaclass.

def resolve_bases(bases):
    """The bases with each non-class that has __mro_entries__ replaced by the tuple it
    returns (List[int] -> list).  Returns the same tuple object if nothing changed."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    # The metaclass must be a subclass of the metaclasses of all bases; pick the most
    # derived one, or fail if they are unrelated.
    for base in bases:
        candidate = type(base)
        if issubclass(meta, candidate):
            continue
        if issubclass(candidate, meta):
            meta = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return meta


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with these bases
    and keywords (metaclass= among them or not)."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(namespace) fills the body."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


def get_original_bases(cls, /):
    """The bases of cls as written in the class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None

# --- DynamicClassAttribute ---------------------------------------------------------------------

class DynamicClassAttribute:
    """A property for instances that is invisible on the class: looking it up on the class
    raises AttributeError, so that the metaclass's __getattr__ answers there instead (enum
    uses this shape for member attributes)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Without an explicit doc, the getter's docstring serves (and a new getter's
        # replaces it later: see getter()).
        self.overwrite_doc = doc is None
        self.__doc__ = getattr(fget, '__doc__', None) if doc is None else doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    @staticmethod
    def _use(accessor, complaint, *args):
        if accessor is None:
            raise AttributeError(complaint)
        return accessor(*args)

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._use(self.fget, 'unreadable attribute', instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()      # on the class: let the metaclass's __getattr__ answer

    def __set__(self, instance, value):
        self._use(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        self._use(self.fdel, "can't delete attribute", instance)

    def _copy(self, fget, fset, fdel, doc):
        new = type(self)(fget, fset, fdel, doc)
        new.overwrite_doc = self.overwrite_doc
        return new

    def getter(self, fget):
        doc = (fget.__doc__ if self.overwrite_doc else None) or self.__doc__
        return self._copy(fget, self.fset, self.fdel, doc)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Mark a generator function as a coroutine (kept for old code; returns func unchanged
    when it is already a coroutine function)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & 0x1a0 == 0x20:   # generator function
        func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | 0x100)
    return func

# --- GenericAlias and UnionType ----------------------------------------------------------------
# Both are the core's: list[int] and int | str.

GenericAlias = type(list[int])


def _annotation_repr(obj):
    # How an argument shows inside an alias (collections.abc's callable aliases use it):
    # builtins by name, other classes with their module, ... as '...'.
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)

UnionType = type(int | str)
