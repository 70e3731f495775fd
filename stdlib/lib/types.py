"""Names for the built-in types that have no builtin name, plus a few helpers
(SimpleNamespace, new_class, MappingProxyType, GenericAlias, DynamicClassAttribute).

Most names are found by asking an object of the kind for its type, as CPython's types.py does.
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


def _f():
    pass

FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]

CellType = type(_cell_factory())


def _g():
    yield 1

GeneratorType = type(_g())


async def _c():
    pass

_c = _c()
CoroutineType = type(_c)
_c.close()   # no "never awaited" warning


async def _ag():
    yield

_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    __slots__ = ('_slot',)

    def _m(self):
        pass

MethodType = type(_C()._m)
MemberDescriptorType = type(_C._slot)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del _f, _g, _c, _ag, _C, _cell_factory

# --- MappingProxyType --------------------------------------------------------------------------
# The builtin mappingproxy type (the type of a class's __dict__).  If the core cannot create
# instances of it from Python, a read-only view class written here stands in for it.

_native_mappingproxy = type(type.__dict__)
try:
    _native_mappingproxy({})
    MappingProxyType = _native_mappingproxy
except TypeError:
    class MappingProxyType:
        """Read-only proxy of a mapping."""
        __slots__ = ('_mapping',)
        __module__ = 'builtins'
        __qualname__ = 'mappingproxy'

        def __new__(cls, mapping):
            if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__') \
                    or isinstance(mapping, (list, tuple)):
                raise TypeError('mappingproxy() argument must be a mapping, not %s'
                                % type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, '_mapping', mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __or__(self, other):
            return self._mapping | other

        def __ror__(self, other):
            return other | self._mapping

        def __setattr__(self, name, value):
            raise AttributeError("'mappingproxy' object has no attribute %r" % name)

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __str__(self):
            return str(self._mapping)

        def __repr__(self):
            return 'mappingproxy(%r)' % (self._mapping,)

        __hash__ = None

    MappingProxyType.__name__ = 'mappingproxy'

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

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and the types of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls before __mro_entries__ rewrote them."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None

# --- DynamicClassAttribute ---------------------------------------------------------------------

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves like a property on instances, and raises AttributeError when
    looked up on the class, so that the metaclass's __getattr__ can answer instead (enum uses
    this for `name` and `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Mark a generator function as a coroutine (kept for old code; returns func unchanged
    when it is already a coroutine function)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func

# --- GenericAlias and UnionType ----------------------------------------------------------------
# list[int] and int | str.  When the core provides the native types, use them; otherwise these
# Python classes stand in (typing also uses them).

def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        # Only reachable from Callable's argument list.
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type: list[int] is GenericAlias(list, (int,))."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__unpacked__', False)

    @property
    def __parameters__(self):
        params = []
        for arg in self.__args__:
            for p in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) else ():
                if p not in params:
                    params.append(p)
            if type(arg).__name__ in ('TypeVar', 'ParamSpec') and arg not in params:
                params.append(arg)
        return tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        # Attributes not on the alias come from the origin (list[int].append is list.append).
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError(f"Too {'many' if len(items) > len(params) else 'few'} arguments"
                            f" for {self!r}; actual {len(items)}, expected {len(params)}")
        subst = dict(zip(params, items))
        new_args = []
        for arg in self.__args__:
            if arg in subst if not isinstance(arg, type) else False:
                new_args.append(subst[arg])
            elif isinstance(arg, GenericAlias) and arg.__parameters__:
                new_args.append(arg[tuple(subst[p] for p in arg.__parameters__)])
            else:
                new_args.append(arg)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')


class UnionType:
    """Represent a PEP 604 union type: int | str."""

    def __init__(self, args):
        flat = []
        for a in args:
            if a is None:
                a = NoneType
            parts = a.__args__ if isinstance(a, UnionType) else (a,)
            for p in parts:
                if p not in flat:
                    flat.append(p)
        self.__args__ = tuple(flat)

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


# Prefer the core's own types when it has them.
try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass
