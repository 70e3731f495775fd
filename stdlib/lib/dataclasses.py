"""dataclasses: generate the boilerplate methods of a class from its annotated fields.

    @dataclass
    class Point:
        x: int
        y: int = 0

@dataclass works in three stages:

  1. gather the fields (_gather_fields): those inherited from dataclass bases, in MRO order,
     then one per annotation of the class body.  ClassVar annotations are not fields;
     InitVar ones are parameters of __init__ (passed on to __post_init__) but not stored;
     `_: KW_ONLY` makes the following fields keyword-only;
  2. check them: no mutable defaults, no required positional parameter after one with a
     default, frozen and non-frozen classes not mixed in one hierarchy;
  3. add the methods (_add_methods).  The ones that handle every field -- __init__, the
     comparisons, __hash__ -- are compiled from generated source, so they run as fast as
     hand-written ones and __init__ has the real signature (and Python's own argument
     errors); __repr__ and the frozen __setattr__/__delattr__ are closures.
"""

import copy
import sys
import types
from reprlib import recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assignment to, or deletion of, a field of a frozen dataclass instance."""


# ---- markers -----------------------------------------------------------------------------------

class _MISSING_TYPE:
    """The type of MISSING, the marker for "no default" (None being a legitimate default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: an annotation `_: KW_ONLY` makes the later fields keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryDefault:
    # The default value, in a generated __init__'s signature, of a parameter whose field has a
    # default_factory: "call the factory".
    def __repr__(self):
        return '<factory>'


_CALL_FACTORY = _FactoryDefault()


class _FieldRole:
    # What an annotation declared: a stored field, a class variable, or an init-only
    # variable.  The names show in Field reprs.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldRole('_FIELD')
_FIELD_CLASSVAR = _FieldRole('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldRole('_FIELD_INITVAR')

_FIELDS_ATTRIBUTE = '__dataclass_fields__'
_PARAMS_ATTRIBUTE = '__dataclass_params__'


class InitVar:
    """InitVar[T] annotates an init-only pseudo-field: a parameter of __init__ that goes to
    __post_init__ and is not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return cls(type)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % shown


# ---- Field ---------------------------------------------------------------------------------------

# The attributes of a Field, in the order its repr lists them.
_FIELD_SETTINGS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                   'compare', 'metadata', 'kw_only')
_NO_METADATA = types.MappingProxyType({})


def _settings_text(obj, names):
    return ','.join(['%s=%r' % (name, getattr(obj, name)) for name in names])


class Field:
    """One field of a dataclass, as fields() returns it.  Made by field(); the decorator
    fills in name and type."""

    __slots__ = _FIELD_SETTINGS + ('_field_type',)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only

    @recursive_repr()
    def __repr__(self):
        return 'Field(%s,_field_type=%s)' % (_settings_text(self, _FIELD_SETTINGS),
                                             self._field_type)

    def __set_name__(self, owner, name):
        # A descriptor given as the default learns its name like any class attribute.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    @property
    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING


_PARAM_SETTINGS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')


class _DataclassParams:
    """The decorator's options, stored on the class as __dataclass_params__."""
    __slots__ = _PARAM_SETTINGS

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for name, value in zip(_PARAM_SETTINGS, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, name, value)

    def __repr__(self):
        return '_DataclassParams(%s)' % _settings_text(self, _PARAM_SETTINGS)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond what `name: type = default` says.

    default, default_factory  the default value, or a function of no arguments making one
                              (for mutable values); not both
    init, repr, compare       whether the field is an __init__ parameter, shown by __repr__,
                              and taken into account by == and the ordering methods
    hash                      whether it enters __hash__ (None: as compare says)
    metadata                  a mapping kept, read-only, on the Field for other tools
    kw_only                   make the field a keyword-only parameter of __init__"""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- reading annotations --------------------------------------------------------------------------

def _names_one_of(text, names):
    # A string annotation (from __future__ import annotations) whose head is one of names:
    # "ClassVar[int]", "typing.ClassVar", "InitVar[str]".
    return text.split('[', 1)[0].strip() in names


def _role_of(annotation):
    typing = sys.modules.get('typing')
    if typing is not None and (annotation is typing.ClassVar
                               or getattr(annotation, '__origin__', None) is typing.ClassVar):
        return _FIELD_CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    if isinstance(annotation, str):
        if _names_one_of(annotation, ('ClassVar', 'typing.ClassVar')):
            return _FIELD_CLASSVAR
        if _names_one_of(annotation, ('InitVar', 'dataclasses.InitVar')):
            return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and _names_one_of(annotation,
                                                         ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _field_for(cls, name, annotation, kw_only_default):
    """The Field described by one annotation of the class body (and its class attribute)."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        spec = value
    else:
        # A slot descriptor (from __slots__) is not a default value.
        spec = field(default=MISSING if isinstance(value, types.MemberDescriptorType) else value)
    spec.name, spec.type = name, annotation
    spec._field_type = role = _role_of(annotation)
    if role is not _FIELD and spec.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if role is _FIELD_CLASSVAR:
        spec.kw_only = False
    elif spec.kw_only is MISSING:
        spec.kw_only = kw_only_default
    # Every instance would share a mutable default; unhashable ones are refused.
    if role is _FIELD and type(spec.default).__hash__ is None:
        raise ValueError(f'mutable default {type(spec.default)} for field {name} is not '
                         f'allowed: use default_factory')
    return spec


def _gather_fields(cls, kw_only):
    """name -> Field for every field of cls, inherited ones first; also checks the frozen
    flags of dataclass bases against the class's own (returned as the second item, a
    (any frozen base, all bases frozen) pair, or None without dataclass bases)."""
    gathered = {}
    frozen_flags = []
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get(_FIELDS_ATTRIBUTE)
        if inherited is None:
            continue
        gathered.update((spec.name, spec) for spec in inherited.values())
        frozen_flags.append(getattr(base, _PARAMS_ATTRIBUTE).frozen)

    annotations = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been '
                                'specified')
            marker_seen = kw_only = True
            continue
        spec = _field_for(cls, name, annotation, kw_only)
        gathered[name] = spec
        # The class keeps a plain default as its attribute; a Field object must not stay.
        if isinstance(getattr(cls, name, None), Field):
            if spec.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if not frozen_flags:
        return gathered, None
    return gathered, (any(frozen_flags), all(frozen_flags))


# ---- generated source --------------------------------------------------------------------------

def _compile(cls, name, parameters, body_lines, namespace):
    """Define function `name` from its parameter list and body lines, with `namespace` as
    its globals, and give it a qualified name inside cls."""
    body = '\n'.join(['    ' + line for line in body_lines]) or '    pass'
    source = 'def %s(%s):\n%s\n' % (name, ', '.join(parameters), body)
    scope = {}
    exec(source, namespace, scope)
    function = scope[name]
    function.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return function


class _InitWriter:
    # Builds the source of __init__: the parameter list (positional, then `*` and the
    # keyword-only ones) and one statement per stored field, then the __post_init__ call.

    def __init__(self, frozen, slots):
        self.frozen = frozen
        self.slots = slots
        self.namespace = {'_CALL_FACTORY': _CALL_FACTORY, '_object': object}
        self.positional = ['self']
        self.keyword = []
        self.body = []
        self.after_default = False

    def parameter(self, spec):
        text = spec.name
        if spec.default_factory is not MISSING:
            text += '=_CALL_FACTORY'
        elif spec.default is not MISSING:
            self.namespace['_default_' + spec.name] = spec.default
            text += '=_default_' + spec.name
        elif not spec.kw_only and self.after_default:
            raise TypeError(f'non-default argument {spec.name!r} follows default argument')
        if spec.kw_only:
            self.keyword.append(text)
        else:
            self.positional.append(text)
            self.after_default = self.after_default or spec._has_default

    def store(self, name, expression):
        if self.frozen:
            # Frozen classes refuse normal assignment: go around their __setattr__.
            self.body.append('_object.__setattr__(self, %r, %s)' % (name, expression))
        else:
            self.body.append('self.%s = %s' % (name, expression))

    def value_of(self, spec):
        # The expression giving the initial value of a stored field (None: leave unset).
        if spec.default_factory is not MISSING:
            self.namespace['_factory_' + spec.name] = spec.default_factory
            made = '_factory_%s()' % spec.name
            if not spec.init:
                return made
            return '%s if %s is _CALL_FACTORY else %s' % (made, spec.name, spec.name)
        if spec.init:
            return spec.name
        if spec.default is not MISSING and self.slots:
            # Without slots the class attribute supplies the default; with slots there is
            # no such attribute, so the instance must get the value.
            self.namespace['_default_' + spec.name] = spec.default
            return '_default_' + spec.name
        return None

    def build(self, cls, specs, post_init):
        for spec in specs:
            if spec.init:
                self.parameter(spec)
        for spec in specs:
            if spec._field_type is _FIELD:
                expression = self.value_of(spec)
                if expression is not None:
                    self.store(spec.name, expression)
        if post_init:
            passed = [spec.name for spec in specs if spec._field_type is _FIELD_INITVAR]
            self.body.append('self.__post_init__(%s)' % ', '.join(passed))
        parameters = self.positional + (['*'] + self.keyword if self.keyword else [])
        return _compile(cls, '__init__', parameters, self.body, self.namespace)


def _tuple_source(prefix, names):
    # "(self.a, self.b,)": the trailing comma keeps a single field a tuple.
    return '(%s)' % ''.join(['%s.%s,' % (prefix, name) for name in names])


def _comparison(cls, name, operator, names):
    # __eq__, __lt__, ...: compare the field tuples, for instances of exactly the same class.
    body = ['if other.__class__ is self.__class__:',
            '    return %s %s %s' % (_tuple_source('self', names), operator,
                                     _tuple_source('other', names)),
            'return NotImplemented']
    return _compile(cls, name, ['self', 'other'], body, {})


def _hash_method(cls, names):
    return _compile(cls, '__hash__', ['self'],
                    ['return hash(%s)' % _tuple_source('self', names)], {})


def _repr_method(cls, names):
    @recursive_repr()
    def __repr__(self):
        shown = ', '.join(['%s=%r' % (name, getattr(self, name)) for name in names])
        return '%s(%s)' % (self.__class__.__qualname__, shown)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _frozen_methods(cls, names):
    names = frozenset(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        method.__qualname__ = '%s.%s' % (cls.__qualname__, method.__name__)
    return __setattr__, __delattr__


# ---- the signature docstring -------------------------------------------------------------------

def _annotation_text(annotation):
    # An annotation as inspect.signature writes it.
    if isinstance(annotation, str):
        return repr(annotation)
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    text = repr(annotation)
    return text[len('typing.'):] if text.startswith('typing.') else text


def _signature_doc(cls, specs):
    # "Point(x: int, y: int = 0)": the docstring of a dataclass written without one.
    positional, keyword = [], []
    for spec in specs:
        if not spec.init:
            continue
        text = '%s: %s' % (spec.name, _annotation_text(spec.type))
        if spec.default_factory is not MISSING:
            text += ' = <factory>'
        elif spec.default is not MISSING:
            text += ' = %r' % (spec.default,)
        (keyword if spec.kw_only else positional).append(text)
    if keyword:
        positional += ['*'] + keyword
    return '%s(%s)' % (cls.__name__, ', '.join(positional))


# ---- the decorator -------------------------------------------------------------------------------

def _hash_action(unsafe_hash, eq, frozen, explicit_hash):
    """What to do about __hash__: 'add' one, make it 'none' (unhashable), 'keep' what the
    class has, or 'refuse' (unsafe_hash with a __hash__ of the class's own)."""
    if unsafe_hash:
        return 'refuse' if explicit_hash else 'add'
    if not eq or explicit_hash:
        return 'keep'
    return 'add' if frozen else 'none'


def _put(cls, name, value):
    """Add a generated method unless the class defines that name itself.  Returns True when
    the class already had it (the method was not added)."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _add_methods(cls, options, specs):
    init, repr, eq, order, unsafe_hash, frozen, match_args, slots = options
    stored = [spec for spec in specs if spec._field_type is _FIELD]
    init_specs = [spec for spec in specs if spec._field_type is not _FIELD_CLASSVAR]
    compared = [spec.name for spec in stored if spec.compare]

    if init:
        _put(cls, '__init__',
             _InitWriter(frozen, slots).build(cls, init_specs, hasattr(cls, '__post_init__')))
    if repr:
        _put(cls, '__repr__', _repr_method(cls, [spec.name for spec in stored if spec.repr]))
    if eq:
        _put(cls, '__eq__', _comparison(cls, '__eq__', '==', compared))
    if order:
        for name, operator in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                               ('__ge__', '>=')):
            if _put(cls, name, _comparison(cls, name, operator, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for method in _frozen_methods(cls, [spec.name for spec in stored]):
            if _put(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # A __hash__ = None that Python put there because the class defines __eq__ is not "own".
    explicit_hash = not (own_hash is MISSING or (own_hash is None and '__eq__' in cls.__dict__))
    action = _hash_action(unsafe_hash, eq, frozen, explicit_hash)
    if action == 'refuse':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if action == 'add':
        hashed = [spec.name for spec in stored
                  if (spec.compare if spec.hash is None else spec.hash)]
        cls.__hash__ = _hash_method(cls, hashed)
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = _signature_doc(cls, init_specs)
        except (TypeError, ValueError, AttributeError):
            pass
    if match_args:
        _put(cls, '__match_args__',
             tuple([spec.name for spec in init_specs if spec.init and not spec.kw_only]))


def _with_slots(cls, frozen, weakref_slot):
    """A new class like cls but with __slots__ for its fields (a class cannot gain slots
    once created)."""
    names = tuple([spec.name for spec in fields(cls)])
    namespace = dict(cls.__dict__)
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(getattr(base, '__slots__', ()))
    slots = tuple([name for name in names if name not in taken])
    if weakref_slot and '__weakref__' not in taken:
        slots += ('__weakref__',)
    namespace['__slots__'] = slots
    for name in names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    replacement = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        replacement.__qualname__ = qualname
    if frozen:
        # The frozen methods compare with the class they were made for: make them again.
        replacement.__setattr__, replacement.__delattr__ = _frozen_methods(replacement, names)

        def __getstate__(self):
            return [getattr(self, name) for name in names]

        def __setstate__(self, state):
            for name, value in zip(names, state):
                object.__setattr__(self, name, value)
        replacement.__getstate__ = __getstate__
        replacement.__setstate__ = __setstate__
    return replacement


def _make_dataclass_of(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                       slots, weakref_slot):
    setattr(cls, _PARAMS_ATTRIBUTE, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    gathered, base_frozen = _gather_fields(cls, kw_only)
    if base_frozen is not None:
        any_frozen, all_frozen = base_frozen
        if any_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS_ATTRIBUTE, gathered)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    _add_methods(cls, (init, repr, eq, order, unsafe_hash, frozen, match_args, slots),
                 list(gathered.values()))
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc = sys.modules.get('abc')
    if abc is not None and hasattr(cls, '__abstractmethods__'):
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Class decorator writing __init__, __repr__, __eq__ (and, on request, ordering,
    __hash__, frozenness, __slots__) from the class's annotated fields.

    Use it bare (@dataclass) or with options (@dataclass(order=True, frozen=True)):
    init/repr/eq generate those methods; order adds < <= > >=; unsafe_hash forces a
    __hash__; frozen makes field assignment raise FrozenInstanceError; match_args sets
    __match_args__; kw_only makes every field keyword-only; slots rebuilds the class with
    __slots__ (weakref_slot adds a __weakref__ slot)."""
    def decorate(cls):
        return _make_dataclass_of(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                                  kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


# ---- functions on dataclasses --------------------------------------------------------------------

def fields(class_or_instance):
    """The Fields of a dataclass (or of its instance), without pseudo-fields, in order."""
    try:
        specs = getattr(class_or_instance, _FIELDS_ATTRIBUTE)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([spec for spec in specs.values() if spec._field_type is _FIELD])


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTRIBUTE)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS_ATTRIBUTE)


def _convert(value, dataclass_result):
    # The recursion behind asdict()/astuple(): dataclass instances become what
    # dataclass_result makes of their (converted) fields; lists, tuples (named ones included)
    # and dicts are rebuilt with converted contents; anything else is deep-copied.
    if _is_instance(value):
        return dataclass_result(value)
    again = lambda item: _convert(item, dataclass_result)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return type(value)(*[again(item) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(again(item) for item in value)
    if isinstance(value, dict):
        return type(value)((again(key), again(item)) for key, item in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of the dataclass instance obj as a new dict (dict_factory builds it from
    (name, value) pairs), converting nested dataclasses and containers recursively."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_mapping(instance):
        return dict_factory([(spec.name, _convert(getattr(instance, spec.name), as_mapping))
                             for spec in fields(instance)])
    return as_mapping(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of the dataclass instance obj as a tuple (made by tuple_factory),
    converting nested dataclasses and containers recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_values(instance):
        return tuple_factory([_convert(getattr(instance, spec.name), as_values)
                              for spec in fields(instance)])
    return as_values(obj)


def replace(obj, /, **changes):
    """A new instance like the dataclass instance obj, with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for spec in getattr(obj, _FIELDS_ATTRIBUTE).values():
        if spec._field_type is _FIELD_CLASSVAR:
            continue
        if not spec.init:
            if spec.name in changes:
                raise ValueError(f'field {spec.name} is declared with init=False, it cannot '
                                 f'be specified with replace()')
        elif spec.name not in changes:
            if spec._field_type is _FIELD_INITVAR and spec.default is MISSING:
                raise ValueError(f'InitVar {spec.name!r} must be specified with replace()')
            changes[spec.name] = getattr(obj, spec.name)
    return obj.__class__(**changes)


def _field_declaration(item):
    # (name, type, Field or MISSING) from one entry of make_dataclass's `fields`.
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return item
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass called cls_name.  Each entry of `fields` is a name, a
    (name, type) pair or a (name, type, Field) triple; the other options are @dataclass's."""
    from keyword import iskeyword
    body = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        name, annotation, spec = _field_declaration(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
        if spec is not MISSING:
            body[name] = spec

    def fill(class_namespace):
        class_namespace.update(body)
        class_namespace['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
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
