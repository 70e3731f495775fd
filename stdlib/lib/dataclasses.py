"""Data classes: a class decorator that writes __init__, __repr__, __eq__ and friends from
the class's annotated fields.

    @dataclass
    class Point:
        x: int
        y: int = 0

Steps of @dataclass (see _process_class):
  1. Collect the fields: those of dataclass bases (in MRO order), then each annotation of
     this class in order.  ClassVar annotations are not fields; InitVar ones are passed to
     __init__ and __post_init__ but not stored.  `_: KW_ONLY` makes later fields
     keyword-only.
  2. Check the defaults (no mutable list/dict/set defaults; no field without a default after
     one with a default, among the positional ones).
  3. Generate the methods.  __init__ (and the frozen __setattr__) is written as Python source
     and compiled with exec, so that it has the real parameter list and Python's own error
     messages ("__init__() missing 1 required positional argument: 'y'").  The others are
     closures over the list of fields.
"""

import copy
import sys
import types
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to (or deleting) a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    """The type of MISSING: "no default given" (None is a valid default)."""

MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'

# In a generated __init__, the default of a parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: `_: KW_ONLY` in a dataclass body makes the fields after it
    keyword-only."""

KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    # What an annotation in a dataclass body declared: a real field, a class variable, or
    # an init-only variable.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

# The attribute names a dataclass gets.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # This will not print nicely for typing constructs, but it's good enough.
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)

# --- Field -------------------------------------------------------------------------------------

class Field:
    """One field of a dataclass (fields() returns these).  Create them with field()."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A descriptor used as a default learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


_EMPTY_METADATA = types.MappingProxyType({})


class _DataclassParams:
    """The decorator's arguments, kept as cls.__dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field further than `name: type = default` can:

    default / default_factory: the default value, or a zero-argument function making it
      (for mutable defaults); give at most one.
    init, repr, compare: whether the field is a parameter of __init__, shown by __repr__,
      and used by __eq__ and the ordering methods.
    hash: whether it enters __hash__ (None: same as compare).
    metadata: a mapping stored read-only on the Field, for third-party use.
    kw_only: make this field keyword-only in __init__."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)

# --- Inspecting annotations --------------------------------------------------------------------

def _is_classvar(annotation):
    typing = sys.modules.get('typing')
    if typing is not None:
        if annotation is typing.ClassVar:
            return True
        if getattr(annotation, '__origin__', None) is typing.ClassVar:
            return True
    return False


def _string_names(annotation, names):
    # A string annotation (from __future__ import annotations) naming ClassVar/InitVar,
    # bare or subscripted, possibly through a module: "ClassVar[int]", "typing.ClassVar".
    text = annotation.strip()
    head = text.split('[', 1)[0].strip()
    return head in names


def _field_kind(annotation, cls):
    if _is_classvar(annotation) or (isinstance(annotation, str) and
                                    _string_names(annotation, ('ClassVar', 'typing.ClassVar'))):
        return _FIELD_CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar) or (
            isinstance(annotation, str) and
            _string_names(annotation, ('InitVar', 'dataclasses.InitVar'))):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(annotation):
    return annotation is KW_ONLY or (isinstance(annotation, str) and
                                     _string_names(annotation, ('KW_ONLY',
                                                                'dataclasses.KW_ONLY')))


def _get_field(cls, name, annotation, default_kw_only):
    """The Field for one annotation of the class body."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A __slots__ entry is not a default.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _field_kind(annotation, cls)

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        # (kw_only does not apply to class variables)
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    # Mutable defaults would be shared by every instance: refuse unhashable ones.
    if f._field_type is _FIELD and f.default is not MISSING and \
            f.default.__class__.__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f

# --- Generating methods ------------------------------------------------------------------------

def _compile_function(name, params, body, namespace, qualname):
    """Make a function from a parameter list and body lines (exec'd source: the function
    gets Python's argument handling and messages)."""
    source = 'def %s(%s):\n%s\n' % (name, ', '.join(params),
                                   '\n'.join('    ' + line for line in body) or '    pass')
    scope = {}
    exec(source, namespace, scope)
    fn = scope[name]
    fn.__qualname__ = '%s.%s' % (qualname, name)
    return fn


def _make_init(cls, all_fields, frozen, has_post_init):
    """__init__(self, <positional fields>, *, <keyword-only fields>)."""
    namespace = {'MISSING': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}
    params = ['self']
    kw_params = []
    body = []
    seen_default = False
    for f in all_fields:
        if not f.init:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            text = f.name
            if not f.kw_only and seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        elif f.default_factory is not MISSING:
            text = f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
            seen_default = seen_default or not f.kw_only
        else:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            text = f'{f.name}=__dataclass_dflt_{f.name}__'
            seen_default = seen_default or not f.kw_only
        (kw_params if f.kw_only else params).append(text)
    if kw_params:
        params.append('*')
        params.extend(kw_params)

    def assign(name, value_expr):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value_expr})'
        return f'self.{name} = {value_expr}'

    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_factory_{f.name}__'] = f.default_factory
            make = f'__dataclass_factory_{f.name}__()'
            if f.init:
                body.append(assign(f.name, f'{make} if {f.name} is '
                                           f'__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'))
            else:
                body.append(assign(f.name, make))
        elif f.init:
            body.append(assign(f.name, f.name))
        elif f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            body.append(assign(f.name, f'__dataclass_dflt_{f.name}__'))
    if has_post_init:
        init_vars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'self.{_POST_INIT_NAME}({init_vars})')
    return _compile_function('__init__', params, body, namespace, cls.__qualname__)


def _make_repr(cls, shown):
    names = [f.name for f in shown]

    @recursive_repr()
    def __repr__(self):
        parts = ', '.join('%s=%r' % (name, getattr(self, name)) for name in names)
        return '%s(%s)' % (self.__class__.__qualname__, parts)
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _values_getter(compared):
    names = [f.name for f in compared]

    def values(obj):
        return tuple(getattr(obj, name) for name in names)
    return values


def _make_eq(cls, compared):
    values = _values_getter(compared)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    __eq__.__qualname__ = f'{cls.__qualname__}.__eq__'
    return __eq__


def _make_order(cls, compared, name, test):
    values = _values_getter(compared)

    def compare(self, other):
        if other.__class__ is self.__class__:
            return test(values(self), values(other))
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = f'{cls.__qualname__}.{name}'
    return compare


def _make_hash(cls, hashed):
    values = _values_getter(hashed)

    def __hash__(self):
        return hash(values(self))
    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _make_frozen_methods(cls, all_fields):
    names = frozenset(f.name for f in all_fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines one itself.  True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _annotation_text(annotation):
    # How inspect.signature shows an annotation.
    if isinstance(annotation, str):
        return repr(annotation)
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    text = repr(annotation)
    return text[len('typing.'):] if text.startswith('typing.') else text


def _signature_text(cls, all_fields):
    # The docstring of a dataclass without one: "Point(x: int, y: int = 0)".
    parts = []
    kw = []
    for f in all_fields:
        if not f.init:
            continue
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += ' = %r' % (f.default,)
        (kw if f.kw_only else parts).append(text)
    if kw:
        parts.append('*')
        parts.extend(kw)
    return '%s(%s)' % (cls.__name__, ', '.join(parts))

# --- The decorator -----------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # 1. Fields from dataclass bases, the most basic first.
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = getattr(base, _PARAMS).frozen
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None \
                else all_frozen_bases and base_frozen

    # ... then this class's annotations, in order.
    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    kw_marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if kw_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been '
                                'specified')
            kw_marker_seen = True
            kw_only_now = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in own_fields:
        all_fields[f.name] = f
        # The class attribute keeps a plain default; a Field object (or a factory default)
        # must not stay on the class.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    # A Field left in the class namespace without an annotation is a mistake.
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    # Frozen and non-frozen dataclasses do not mix in one hierarchy.
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    # Whether the class defines __hash__ itself (a __hash__ = None implied by defining
    # __eq__ does not count).
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    field_list = list(all_fields.values())
    real_fields = [f for f in field_list if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, [f for f in field_list
                                            if f._field_type in (_FIELD, _FIELD_INITVAR)],
                                      frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in real_fields if f.repr]))
    compared = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, compared))
    if order:
        for name, test in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                           ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_order(cls, compared, name, test)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen_methods(cls, real_fields)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    # __hash__: the usual table (unsafe_hash, eq, frozen, explicit __hash__).
    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = _signature_text(cls, [f for f in field_list
                                                if f._field_type in (_FIELD, _FIELD_INITVAR)])
        except (TypeError, ValueError, AttributeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in field_list
                                 if f.init and not f.kw_only and f._field_type is _FIELD
                                 or (f.init and not f.kw_only
                                     and f._field_type is _FIELD_INITVAR)))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = sys.modules.get('abc')
    if abc is not None and hasattr(cls, '__abstractmethods__'):
        abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of the class with __slots__ for its fields (slots cannot be added to an
    existing class)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    slots = tuple(name for name in field_names if name not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        slots += ('__weakref__',)
    cls_dict['__slots__'] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        # The frozen __setattr__ refers to the old class; rebuild it for the new one.
        setter, deleter = _make_frozen_methods(new_cls, fields(new_cls))
        new_cls.__setattr__ = setter
        new_cls.__delattr__ = deleter

        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        new_cls.__getstate__ = __getstate__
        new_cls.__setstate__ = __setstate__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.  Used bare (@dataclass) or with
    options (@dataclass(frozen=True, order=True)): init, repr, eq add those methods; order
    adds <, <=, >, >=; unsafe_hash forces a __hash__; frozen makes assignment to fields
    raise FrozenInstanceError; match_args sets __match_args__; kw_only makes every field
    keyword-only; slots builds the class with __slots__."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    # @dataclass() or @dataclass(options): return the decorator.
    if cls is None:
        return wrap
    # @dataclass without parentheses.
    return wrap(cls)

# --- Functions on dataclasses ------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or instance (pseudo-fields excluded), in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursively: dataclasses inside
    become dicts too, lists, tuples and dicts are rebuilt, other values deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt from positional arguments.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively (like asdict)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class, with the fields in `changes` replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass named cls_name.  Each item of `fields` is a name, (name, type)
    or (name, type, Field)."""
    namespace = {} if namespace is None else namespace.copy()
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        import keyword
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        try:
            cls.__module__ = module
        except (AttributeError, TypeError):
            pass
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
