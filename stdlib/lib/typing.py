"""Support for type hints: the names used in annotations (Any, Optional, Union, List,
Dict, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, ...) and a few runtime
helpers (cast, get_type_hints, get_origin, get_args, overload, NewType).

At runtime annotations are only recorded, never enforced, so the job of this module is that
every ordinary annotation evaluates, prints like CPython's (typing.List[int],
typing.Optional[str], ~T) and answers the introspection functions.

The pieces:
  _SpecialForm        Any-like markers subscripted with their own rules (Union, Optional,
                      ClassVar, Final, Literal, Annotated, ...).
  _SpecialGenericAlias  the unsubscripted aliases of real classes (List is list, Iterable is
                      collections.abc.Iterable); isinstance() works with them.
  _GenericAlias       a subscripted alias (List[int], Box[T]); substitution of type
                      variables happens in its __getitem__.
  Generic, Protocol   bases for user generics and structural types.

minipy does not apply __mro_entries__ when creating classes yet, so `class Box(Generic[T])`
would call type(Generic[T]) as a metaclass.  The alias classes here accept that call and
create the class themselves (see _AliasBase.__new__ and _class_from_alias_bases).
"""

import collections.abc
import functools
import operator
import sys
import types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)

# --- Helpers -----------------------------------------------------------------------------------

def _annotation_repr(obj):
    """How typing shows an object inside brackets: builtins by bare name, other classes as
    module.Name, ... as '...', None as NoneType's name."""
    if isinstance(obj, type) and not isinstance(obj, _AliasBase):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _as_type_argument(arg):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _checked_type_argument(arg, msg):
    """Check that arg can appear in an annotation; return it converted."""
    arg = _as_type_argument(arg)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final, Generic, Protocol):
        raise TypeError(f'{arg!s} is not valid as type argument')
    if isinstance(arg, (type, TypeVar, ForwardRef, _AliasBase, ParamSpec, types.UnionType,
                        types.GenericAlias)):
        return arg
    if arg in (Any, NoReturn, Never, Self, LiteralString, TypeAlias) or arg is ...:
        return arg
    if not callable(arg) and not isinstance(arg, _SpecialForm):
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


def _type_variables_in(args):
    """The type variables in args, in first-seen order (looking inside aliases)."""
    params = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in params:
                params.append(arg)
        elif isinstance(arg, (list, tuple)):
            for p in _type_variables_in(arg):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(arg, '__parameters__', ()) if not isinstance(arg, type) or \
                    isinstance(arg, _AliasBase) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    """arg with its type variables replaced from mapping."""
    if isinstance(arg, (TypeVar, ParamSpec)) and arg in mapping:
        return mapping[arg]
    if isinstance(arg, _AliasBase) and getattr(arg, '__parameters__', ()):
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    return arg


def _class_from_alias_bases(name, bases, namespace, **kwds):
    """Class creation with PEP 560 applied by hand: bases that are not classes are replaced
    by what their __mro_entries__ returns, the original bases are kept in __orig_bases__,
    and the metaclass is chosen from the resolved bases."""
    resolved = types.resolve_bases(bases)
    if resolved is not bases:
        namespace = dict(namespace)
        namespace.setdefault('__orig_bases__', bases)
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type
        for base in resolved:
            base_meta = type(base)
            if issubclass(base_meta, meta):
                meta = base_meta
            elif not issubclass(meta, base_meta):
                raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                                'a (non-strict) subclass of the metaclasses of all its bases')
    if hasattr(meta, '__prepare__') and meta is not type:
        prepared = meta.__prepare__(name, resolved, **kwds)
        prepared.update(namespace)
        namespace = prepared
    return meta(name, resolved, namespace, **kwds)


def _looks_like_class_creation(args, kwds):
    return (len(args) == 3 and isinstance(args[0], str) and isinstance(args[1], tuple)
            and isinstance(args[2], dict))


class _AliasBase:
    """Base of every alias object.  If one is used as a base class (so that minipy calls
    its type as a metaclass), the class is created properly instead."""

    def __new__(cls, *args, **kwds):
        if _looks_like_class_creation(args, kwds):
            return _class_from_alias_bases(*args, **kwds)
        return object.__new__(cls)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

# --- Special forms -----------------------------------------------------------------------------

class _SpecialForm(_AliasBase):
    """A typing marker with its own subscription rule (Union, Optional, ClassVar, ...)."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _bare(name, doc):
    # A special form that cannot be subscripted (NoReturn, Never, Self, ...).
    def getitem(self, parameters):
        raise TypeError(f'{self} is not subscriptable')
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: every type is compatible with Any."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


NoReturn = _bare('NoReturn', 'Special type indicating functions that never return.')
Never = _bare('Never', 'The bottom type, a type that has no members.')
Self = _bare('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _bare('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _bare('TypeAlias', 'Special form for marking type aliases.')


def _single_arg_form(name, doc, check_msg):
    def getitem(self, parameters):
        item = _checked_type_argument(parameters, f'{self} accepts only single type.')
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


ClassVar = _single_arg_form('ClassVar', 'Special type construct to mark class variables.',
                            'ClassVar accepts only single type.')
Final = _single_arg_form('Final', 'Special typing construct to indicate final names.',
                         'Final accepts only single type.')
TypeGuard = _single_arg_form('TypeGuard', 'Special typing form used to annotate the return '
                             'type of a user-defined type guard function.', '')
Required = _single_arg_form('Required', 'A special typing construct to mark a key of a '
                            'total=False TypedDict as required.', '')
NotRequired = _single_arg_form('NotRequired', 'A special typing construct to mark a key of '
                               'a TypedDict as potentially missing.', '')
Unpack = _single_arg_form('Unpack', 'Type unpack operator.', '')


def _flatten_union(args):
    flat = []
    for arg in args:
        if isinstance(arg, _UnionGenericAlias):
            flat.extend(arg.__args__)
        elif isinstance(arg, types.UnionType):
            flat.extend(arg.__args__)
        else:
            flat.append(arg)
    unique = []
    for arg in flat:
        if arg not in unique:
            unique.append(arg)
    return tuple(unique)


def _union_getitem(self, parameters):
    """Union type; Union[X, Y] means either X or Y.  Nested unions are flattened,
    duplicates dropped, and a union of one type is that type."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_checked_type_argument(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters)

_union_getitem.__name__ = 'Union'
Union = _SpecialForm(_union_getitem)


def _optional_getitem(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _checked_type_argument(parameters, f'{self} requires a single type.')
    return Union[arg, type(None)]

_optional_getitem.__name__ = 'Optional'
Optional = _SpecialForm(_optional_getitem)


def _literal_getitem(self, parameters):
    """Literal[v1, v2, ...]: the value is one of the given literals."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if not any(c == v and type(c) is type(v) for v in values):
                values.append(c)
    return _LiteralGenericAlias(self, tuple(values))

_literal_getitem.__name__ = 'Literal'
Literal = _SpecialForm(_literal_getitem)


def _concatenate_getitem(self, parameters):
    """Concatenate[X, P]: used with Callable and ParamSpec."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)

_concatenate_getitem.__name__ = 'Concatenate'
Concatenate = _SpecialForm(_concatenate_getitem)


class Annotated:
    """Annotated[T, x, ...]: the type T with context-specific metadata x (T for type
    checkers; the metadata is for other tools)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _checked_type_argument(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass {}.Annotated'.format(cls.__module__))


# --- Type variables ----------------------------------------------------------------------------

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _variance_mark(variable):
    # How a type variable's repr starts: + covariant, - contravariant, ~ invariant.
    if variable.__covariant__:
        return '+'
    return '-' if variable.__contravariant__ else '~'


class TypeVar(_AliasBase):
    """Type variable: T = TypeVar('T'), constrained TypeVar('S', str, bytes), or bounded
    TypeVar('N', bound=int).  Printed as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_checked_type_argument(t, msg) for t in constraints)
        self.__bound__ = _checked_type_argument(bound, 'Bound must be a type.') if bound is not None \
            else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class TypeVarTuple(_AliasBase):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_AliasBase):
    """P.args of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs(_AliasBase):
    """P.kwargs of a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(_AliasBase):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__, self.__bound__ = name, bound
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    # P.args and P.kwargs, for annotating *args and **kwargs.
    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __repr__(self):
        return _variance_mark(self) + self.__name__

# --- Aliases -----------------------------------------------------------------------------------

class _GenericAlias(_AliasBase):
    """A subscripted generic: List[int], Dict[str, T], Box[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _type_variables_in(self.__args__)
        self._inst = inst
        self._name = name
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        # Non-dunder attributes come from the origin (List[int].append is list.append).
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and
                                                  attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        object.__setattr__(self, attr, value)

    def _args_repr(self):
        if not self.__args__ or self.__args__ == ((),):
            return '()'
        return ', '.join(_annotation_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _annotation_repr(self.__origin__)
        return f'{name}[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_as_type_argument(a) for a in args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments "
                            f'for {self}; actual {len(args)}, expected {len(params)}')
        mapping = dict(zip(params, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        # Box(Generic[T]) inherits from Generic; List[int] as a base means list.
        if self.__origin__ in bases:
            return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __reduce__(self):
        # Pickled as the subscription that rebuilds it: typing.List[int] as
        # getitem(typing.List, int), a user generic's alias through its class.
        subscripted = globals()[self._name] if self._name else self.__origin__
        key = tuple(self.__args__)
        single = len(key) == 1 and not isinstance(key[0], tuple)
        return operator.getitem, (subscripted, key[0] if single else key)

    def __dir__(self):
        return sorted(set(object.__dir__(self)) |
                      {a for a in dir(self.__origin__) if not a.startswith('_')})


class _TypingEllipsisType:
    pass

_TypingEllipsis = _TypingEllipsisType()


class _SpecialGenericAlias(_AliasBase):
    """The unsubscripted alias of a class: List (list), Iterable (collections.abc.Iterable),
    ...  Subscripting it gives a _GenericAlias; isinstance() checks against the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name
        self.__module__ = 'typing'

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and
                                                  attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_checked_type_argument(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return False
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name


class _UnionGenericAlias(_GenericAlias):

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_annotation_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_annotation_repr(args[0])}]'
        return f'typing.Union[{", ".join(_annotation_repr(a) for a in args)}]'

    def copy_with(self, params):
        return Union[params]

    # A union is a set of alternatives: order and repetition do not matter, and `int | str`
    # (types.UnionType) is the same union as Union[int, str].
    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return frozenset(self.__args__) == frozenset(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(isinstance(alt, type) and issubclass(cls, alt) for alt in self.__args__)


class _LiteralGenericAlias(_GenericAlias):

    def _args_repr(self):
        return ', '.join(repr(a) for a in self.__args__)

    def __repr__(self):
        return f'typing.Literal[{self._args_repr()}]'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, meta...]: __origin__ is T, __metadata__ the rest."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _annotation_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _CallableGenericAlias(_GenericAlias):
    """Callable[[A, B], R] keeps its arguments flat: __args__ == (A, B, R)."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_annotation_repr(args[1])}]'
        if len(args) == 2 and isinstance(args[0], (ParamSpec,)):
            return f'typing.Callable[{_annotation_repr(args[0])}, {_annotation_repr(args[1])}]'
        params = ', '.join(_annotation_repr(a) for a in args[:-1])
        return f'typing.Callable[[{params}], {_annotation_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_as_type_argument(a) for a in args) + (_as_type_argument(result),)
        elif args is ... or isinstance(args, (ParamSpec, _GenericAlias)):
            params = (args, _as_type_argument(result))
        else:
            raise TypeError(f'Callable[args, result]: args must be a list. Got {args!s}')
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_checked_type_argument(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, params + (_TypingEllipsis,), name='Tuple')
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_checked_type_argument(p, msg) for p in params)
        return _GenericAlias(tuple, params, name='Tuple')


Hashable = _SpecialGenericAlias(collections.abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(collections.abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(collections.abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(collections.abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(collections.abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(collections.abc.Iterable, 1)
Iterator = _SpecialGenericAlias(collections.abc.Iterator, 1)
Reversible = _SpecialGenericAlias(collections.abc.Reversible, 1)
Sized = _SpecialGenericAlias(collections.abc.Sized, 0)
Container = _SpecialGenericAlias(collections.abc.Container, 1)
Collection = _SpecialGenericAlias(collections.abc.Collection, 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(collections.abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(collections.abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(collections.abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(collections.abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(collections.abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(collections.abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(collections.abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(collections.abc.MappingView, 1)
KeysView = _SpecialGenericAlias(collections.abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(collections.abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(collections.abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(collections.abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(collections.abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')


def _context_managers():
    import contextlib
    return (_SpecialGenericAlias(contextlib.AbstractContextManager, 1, name='ContextManager'),
            _SpecialGenericAlias(contextlib.AbstractAsyncContextManager, 1,
                                 name='AsyncContextManager'))


ContextManager, AsyncContextManager = _context_managers()

# --- Generic and Protocol ----------------------------------------------------------------------

class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) makes Box subscriptable
    (Box[int]) with the type variables of its bases as parameters."""
    __slots__ = ()
    _is_protocol = False

    def __new__(cls, *args, **kwds):
        if cls in (Generic, Protocol):
            raise TypeError(f'Type {cls.__name__} cannot be instantiated; '
                            'it can be used only as a base class')
        if super().__new__ is object.__new__ and cls.__init__ is not object.__init__:
            return super().__new__(cls)
        return super().__new__(cls, *args, **kwds)

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type_argument(p) for p in params)
        if cls in (Generic, Protocol):
            if not params and cls is not Tuple:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
            return _GenericAlias(cls, params)
        if not cls.__parameters__:
            raise TypeError(f'{cls!s} is not a generic class')
        if len(params) != len(cls.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(cls.__parameters__) else 'few'}"
                            f' arguments for {cls!s}; actual {len(params)}, expected '
                            f'{len(cls.__parameters__)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        gvars = None
        tvars = _type_variables_in(orig) if orig else ()
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError('Cannot inherit from Generic[...] multiple times.')
                gvars = base.__parameters__
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are "
                                f"not listed in Generic[{', '.join(map(str, gvars))}]")
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()
Generic.__mro_entries__ = None

# Class attributes that do not count as protocol members.
_SPECIAL_NAMES = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__init_subclass__', '_abc_registry', '_abc_cache',
    '_abc_negative_cache', '_abc_negative_cache_version', '__match_args__',
])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


import abc as _abc


class _ProtocolMeta(_abc.ABCMeta):
    # isinstance() against a runtime-checkable protocol checks the attributes.
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                val = getattr(instance, attr, _sentinel)
                if val is _sentinel:
                    return False
                if callable(getattr(cls, attr, None)) and val is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and cls is not Protocol:
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
        return super().__subclasscheck__(other)


_sentinel = object()


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural types): a class with the protocol's
    methods is a virtual subclass.  isinstance() checks need @runtime_checkable."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A class that lists Protocol among its bases is a protocol; its plain subclasses
        # are not.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol or (isinstance(b, _GenericAlias) and
                                                     b.__origin__ is Protocol)
                                   for b in cls.__dict__.get('__orig_bases__', cls.__bases__))
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def _proto_hook(cls, other):
    # Structural issubclass() for runtime-checkable protocols.
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        return NotImplemented
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if isinstance(annotations, collections.abc.Mapping) and attr in annotations and \
                    issubclass(other, Generic) and other._is_protocol:
                break
        else:
            return NotImplemented
    return True

_proto_hook = classmethod(_proto_hook)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __float__(self) -> float:
        pass


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __bytes__(self) -> bytes:
        pass


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abc.abstractmethod
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abc.abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abc.abstractmethod
    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
           SupportsAbs, SupportsRound):
    runtime_checkable(_p)
del _p

# --- NamedTuple and TypedDict ------------------------------------------------------------------

def _make_nmtuple(name, fields, module, defaults=()):
    fields = [(n, t) for n, t in fields]
    types_ = {n: _checked_type_argument(t, f'field {n} annotation must be a type') for n, t in fields}
    nm_tpl = collections.namedtuple(name, [n for n, t in fields], defaults=defaults,
                                    module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types_
    return nm_tpl


_RESERVED_NAMEDTUPLE_NAMES = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                                '_source'})
_CLASS_BODY_NAMES = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                             '__orig_bases__', '__doc__'})


def _namedtuple_from_class(typename, bases, ns):
    for base in bases:
        if not (base is NamedTuple or base is _NamedTuple or base is Generic or
                (isinstance(base, _GenericAlias) and base.__origin__ is Generic)):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
    annotations = ns.get('__annotations__', {})
    with_default = []
    for name in annotations:
        if name in ns:
            with_default.append(name)
        elif with_default:
            raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                            f"field{'s' if len(with_default) > 1 else ''} "
                            f"{', '.join(with_default)}")
    result = _make_nmtuple(typename, annotations.items(),
                           defaults=[ns[name] for name in with_default],
                           module=ns['__module__'])
    # The rest of the class body (methods, docstring) goes onto the namedtuple.
    for key, value in ns.items():
        if key in _RESERVED_NAMEDTUPLE_NAMES:
            raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
        if key not in _CLASS_BODY_NAMES and key not in result._fields:
            setattr(result, key, value)
    if ns.get('__doc__') is not None:
        try:
            result.__doc__ = ns['__doc__']
        except (AttributeError, TypeError):
            pass
    return result


class _NamedTupleMeta(type):
    # The metaclass of the class that `class P(NamedTuple)` really inherits from: it
    # builds a collections.namedtuple from the class body instead of a subclass.
    def __new__(cls, typename, bases, ns):
        return _namedtuple_from_class(typename, bases, ns)


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFactory(_AliasBase):
    """The object NamedTuple: NamedTuple('P', [('x', int), ('y', int)]) makes a
    namedtuple class with annotations; `class P(NamedTuple)` does the same from the
    annotations of the class body."""

    def __new__(cls, *args, **kwds):
        if _looks_like_class_creation(args, kwds):
            # (An interpreter without __mro_entries__ calls us as the metaclass.)
            name, bases, ns = args
            return _namedtuple_from_class(name, bases, ns)
        return object.__new__(cls)

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to '
                            'NamedTuple, not both')
        return _make_nmtuple(typename, fields, module=_caller_module())

    def __repr__(self):
        return '<function NamedTuple>'

    def __mro_entries__(self, bases):
        return (_NamedTuple,)


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    """The metaclass of TypedDict classes: creating one collects the annotations of its
    TypedDict bases and its body into __annotations__, __required_keys__ and
    __optional_keys__; the class itself is a dict subclass, and calling it makes a plain
    dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if base is not _TypedDict and base is not TypedDict and \
                    type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a '
                                'non-TypedDict base class')
        own = {key: _checked_type_argument(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); f0, f1, ... "
                                    'must be types')
               for key, tp in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            if type(base) is _TypedDictMeta and base is not _TypedDict:
                annotations.update(base.__annotations__)
                required.update(base.__required_keys__)
                optional.update(base.__optional_keys__)
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required or (origin is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        body.update(__annotations__=annotations, __required_keys__=frozenset(required),
                    __optional_keys__=frozenset(optional), __total__=total)
        return type.__new__(_TypedDictMeta, name, (dict,), body)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args[:3])

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class _TypedDictFactory(_AliasBase):
    """The object TypedDict: TypedDict('Movie', {'title': str}) or class Movie(TypedDict)."""

    def __new__(cls, *args, **kwds):
        if _looks_like_class_creation(args, kwds):
            name, bases, ns = args
            return _TypedDictMeta(name, bases, ns, **kwds)
        return object.__new__(cls)

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        elif kwargs:
            raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
        ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
        return _TypedDictMeta.__new__(_TypedDictMeta, typename, (), ns, total=total)

    def __repr__(self):
        return '<function TypedDict>'

    def __mro_entries__(self, bases):
        return (_TypedDict,)


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    """Check if an annotation is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)

# --- Runtime helpers ---------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (a marker for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that val has typ; returns val."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return obj."""
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods: the decorated definitions are recorded
    (get_overloads) and replaced by a function that refuses to be called."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """Return all defined overloads for *func* as a sequence."""
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator marking methods and classes final (sets __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Decorator marking a method as overriding a base method (sets __override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int) makes a distinct name for a type (for type checkers); at
    runtime calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass an instance of NewType. Perhaps you were looking '
                        f'for: `{self.__name__} = NewType({self.__name__!r}, base type)`')

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ForwardRef(_AliasBase):
    """A string annotation, kept for evaluation later (get_type_hints does it)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        try:
            self.__forward_code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f'Forward reference must be an expression -- got {arg!r}')
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self          # a recursive type refers to itself: leave it unresolved
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            if module is not None:
                globalns = module.__dict__
        globalns = globalns if globalns is not None else (localns or {})
        localns = localns if localns is not None else globalns
        value = _as_type_argument(eval(self.__forward_code__, globalns, localns))
        return _eval_type(value, globalns, localns, recursive_guard | {self.__forward_arg__})

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__, self.__forward_module__) == \
            (other.__forward_arg__, other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = '' if self.__forward_module__ is None else \
            f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated, also inside aliases' arguments."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) else a,
                                globalns, localns, recursive_guard) for a in t.__args__)
        if args == t.__args__:
            return t
        return Union[args] if isinstance(t, _UnionGenericAlias) else t.copy_with(args)
    return t


def _resolve_hint(value, globalns, localns, is_class):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=not is_class, is_class=is_class)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (a class's include those of
    its bases), with string annotations evaluated and None turned into NoneType.
    Annotated, Required and NotRequired are stripped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            module_ns = getattr(sys.modules.get(base.__module__), '__dict__', {})
            if globalns is None and localns is None:
                # The class body's names first, then the module's.
                g, l = dict(vars(base)), module_ns
            else:
                g = module_ns if globalns is None else globalns
                l = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _resolve_hint(value, g, l, True)
    else:
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType)):
                return {}
            raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                target = obj
                while hasattr(target, '__wrapped__'):
                    target = target.__wrapped__
                globalns = getattr(target, '__globals__', {})
        if localns is None:
            localns = globalns
        for name, value in annotations.items():
            hints[name] = _resolve_hint(value, globalns, localns,
                                        isinstance(obj, types.ModuleType))
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


def _strip_annotations(t):
    """t without Annotated[...], Required[...] and NotRequired[...] wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments with all substitutions performed: get_args(Dict[int, str]) ==
    (int, str); for Callable[[int], str], ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()

# --- Aliases of plain types --------------------------------------------------------------------

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO (the methods are only declared)."""
    __slots__ = ()

    @property
    def mode(self) -> str:
        pass

    @property
    def name(self) -> str:
        pass

    def close(self) -> None:
        pass

    def read(self, n: int = -1):
        pass

    def readline(self, limit: int = -1):
        pass

    def write(self, s):
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()

    @property
    def encoding(self) -> str:
        pass
