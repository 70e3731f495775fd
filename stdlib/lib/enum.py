"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify.

How `class Color(Enum): RED = 1` becomes an enumeration:

1. EnumType.__prepare__ hands the class body an _EnumDict.  Its __setitem__ sorts every
   assignment: plain values become members (in order), auto() values are filled in by
   _generate_next_value_, and descriptors (functions, properties), dunder names and the few
   allowed _sunder_ names stay ordinary class attributes.  A member name given twice is an
   error.
2. EnumType.__new__ builds the class from the non-member names, then makes each member: an
   object created by the member type's __new__ (object, int, str, ... or a __new__ written in
   the class body), given _value_, _name_ and then __init__(*value).  A member whose value
   equals an earlier one's is an alias: the name maps to the earlier member.
3. The class's __new__ becomes Enum.__new__, which *finds* members (Color(1) looks the value
   up in _value2member_map_, then asks _missing_) instead of making new ones.

Flags add bitwise operators; a value that combines several flags gets a "pseudo-member"
named 'A|B', made on demand by Flag._missing_ and cached.

Printed forms follow CPython 3.11, which produces this project's expected test output:
repr <Color.RED: 1>, str 'Color.RED', and IntEnum/StrEnum/IntFlag print as plain values.
`x in SomeEnum` follows 3.12 (answers by member or value; 3.11 raised TypeError).
"""

import sys
import builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary', 'STRICT',
    'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str',
    'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name', 'show_flag_values',
]

# The base classes are looked at while they themselves are being created; until then the
# names exist with the value None.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None

# --- Name and value helpers --------------------------------------------------------------------

def _dunder_name(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _sunder_name(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _mangled_private(cls_name, name):
    # _Color__secret: a mangled private name, never a member.
    prefix = '_' + cls_name.lstrip('_') + '__'
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _acts_as_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _one_bit(num):
    return num != 0 and num & (num - 1) == 0


def _set_bits_low_first(num):
    """The set bits of a non-negative int, lowest first (12 -> 4, 8)."""
    while num:
        low = num & -num
        yield low
        num ^= low


def _calling_module(depth):
    # The __name__ of the module `depth` frames up from the caller, if it can be told.
    try:
        return sys._getframe(depth).f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None


def show_flag_values(value):
    return list(_set_bits_low_first(value))


def _twos_complement_text(num, width=None):
    """Binary with an explicit sign bit, negative numbers in two's complement:
    10 -> '0b0 1010', -11 -> '0b1 0101'.  `width` pads the digits with the sign bit."""
    bits = num.bit_length()
    if num >= 0:
        sign, digits = '0b0', (builtins.bin(num)[2:] if num else '0')
    else:
        sign = '0b1'
        digits = builtins.bin(num & ((1 << bits) - 1))[2:].rjust(bits, '0') if bits else '1'
    if width is not None and len(digits) < width:
        digits = digits.rjust(width, sign[-1])
    return '%s %s' % (sign, digits)

# --- Member markers ----------------------------------------------------------------------------

class _NotChosen:
    # The value of an auto() not filled in yet (its repr is the text CPython shows).
    def __repr__(self):
        return '_auto_null'

_NOT_CHOSEN = _NotChosen()


class auto:
    """A member value to be chosen by _generate_next_value_ (1, 2, 3... for Enum; powers of
    two for Flag; the lower-cased name for StrEnum)."""

    def __init__(self, value=_NOT_CHOSEN):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


class member:
    """Makes the wrapped value a member even if it would not be one (a function, say)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps the wrapped value an ordinary class attribute."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """The `name` and `value` attributes of members.  On a member it reads the member; on
    the class it finds a member of the same name if there is one (so an enum may have
    members called `name` or `value`), else raises AttributeError."""

    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            members = getattr(ownerclass, '_member_map_', {})
            if self.name in members:
                return members[self.name]
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r'
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)

# --- Attributes of members that cannot hold them -----------------------------------------------
# Workaround: minipy gives instances of str/tuple/bytes subclasses no __dict__ yet, so the
# attributes of such members (_value_, _name_, anything __init__ sets) live in this table,
# keyed by id (members live as long as their class).  Only classes whose members need it get
# these two methods.

_stray_attributes = {}


def _setattr_anywhere(self, name, value):
    try:
        object.__setattr__(self, name, value)
    except AttributeError:
        _stray_attributes.setdefault(id(self), {})[name] = value


def _getattr_from_table(self, name):
    try:
        return _stray_attributes[id(self)][name]
    except KeyError:
        raise AttributeError('%r object has no attribute %r'
                             % (type(self).__name__, name)) from None


_accepts_attributes = {}


def _needs_attribute_table(member_type):
    if member_type is object:
        return False
    known = _accepts_attributes.get(member_type)
    if known is None:
        probe = type('probe', (member_type,), {})
        try:
            obj = member_type.__new__(probe)
            obj.attr = 1
            known = True
        except (AttributeError, TypeError):
            known = False
        _accepts_attributes[member_type] = known
    return not known

# --- The class body namespace ------------------------------------------------------------------

_SUNDER_NAMES = frozenset([
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
])


class _EnumDict(dict):
    """The namespace of an enum's class body.  Remembers which names are members, in
    order, and fills in auto() values as they are assigned."""

    def __init__(self, cls_name=None, next_value=None):
        super().__init__()
        self._cls_name = cls_name
        self._generate_next_value = next_value
        self._member_names = {}        # ordered set of member names
        self._last_values = []
        self._ignore = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if self._is_member(key, value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._fill_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        elif isinstance(value, nonmember):
            value = value.value
        elif key == '__order__':
            key = '_order_'
        super().__setitem__(key, value)

    def _is_member(self, key, value):
        """Decide whether `key = value` in the class body defines a member (and check the
        reserved names on the way)."""
        if self._cls_name is not None and _mangled_private(self._cls_name, key):
            return False
        if _sunder_name(key):
            if key not in _SUNDER_NAMES and not key.startswith('_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_used:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                clash = set(names) & set(self._member_names)
                if clash:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
                self._ignore = names
            return False
        if _dunder_name(key):
            return False
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore or isinstance(value, nonmember):
            return False
        if isinstance(value, member):
            return True
        return not _acts_as_descriptor(value)

    def _next_value(self, key):
        self._auto_used = True
        return self._generate_next_value(key, 1, len(self._member_names),
                                         self._last_values[:])

    def _fill_auto(self, key, value):
        # auto() alone, or among the items of a tuple value.
        if isinstance(value, auto):
            if value.value is _NOT_CHOSEN:
                value.value = self._next_value(key)
            return value.value
        if type(value) is tuple and any(isinstance(v, auto) for v in value):
            items = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _NOT_CHOSEN:
                        v.value = self._next_value(key)
                    v = v.value
                items.append(v)
            return tuple(items)
        return value

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

# --- EnumType ----------------------------------------------------------------------------------

class EnumType(type):
    """The metaclass of enumerations: creates the members, and gives enum classes their
    container behaviour (iteration, len, `in`, lookup by name with [], by value with ())."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._refuse_extending(cls, bases)
        member_type, first_enum = metacls._mixins_of(cls, bases)
        next_value = getattr(first_enum, '_generate_next_value_', None)
        return _EnumDict(cls, next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple or not isinstance(classdict, _EnumDict):
            return super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        ignore = set(classdict._ignore) | {'_ignore_'}
        member_values = {name: classdict[name] for name in classdict._member_names
                         if name not in ignore}
        bad = set(member_values) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in sorted(bad)))
        member_type, first_enum = metacls._mixins_of(cls, bases)
        make_member, custom_new, use_args = metacls._member_factory(classdict, member_type,
                                                               first_enum)
        order = classdict.get('_order_')

        # The class namespace: everything that is not a member, plus the bookkeeping.
        ns = {k: v for k, v in classdict.items()
              if k not in member_values and k not in ignore and k != '_order_'}
        ns.update(
            _new_member_=make_member,
            _use_args_=use_args,
            _member_names_=[],
            _member_map_={},
            _value2member_map_={},
            _unhashable_values_=[],
            _member_type_=member_type,
            _value_repr_=metacls._value_shower_of(cls, bases),
        )
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases
                                          if isinstance(b, type))
        if is_flag or (Flag is None and cls == 'Flag'):
            ns.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                      _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
        if custom_new:
            # The class body's __new__ makes the members; keep it for subclasses.
            ns['__new_member__'] = ns.pop('__new__')
        if _needs_attribute_table(member_type):
            ns.setdefault('__setattr__', _setattr_anywhere)
            ns.setdefault('__getattr__', _getattr_from_table)

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        for name, value in member_values.items():
            metacls._make_member(enum_class, name, value)

        metacls._settle_printing(enum_class, classdict, bases, member_type, first_enum)
        if Enum is not None:
            # From now on, calling the class looks members up.
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if Flag is not None and issubclass(enum_class, Flag):
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                # Members defined out of value order list in definition order.
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order is not None:
            metacls._verify_order(enum_class, order)
        return enum_class

    def __init__(cls, *args, **kwds):
        # (type.__init__ takes no keywords such as boundary=)
        super().__init__(*args[:3])

    # -- Creating the class ------------------------------------------------------------------

    @staticmethod
    def _settle_printing(enum_class, classdict, bases, member_type, first_enum):
        """ReprEnum subclasses (IntEnum, StrEnum, IntFlag) print like their data type; other
        enums keep the Enum methods even when mixed with a data type whose methods would
        otherwise come first in the MRO.  Flags keep Flag's operators ahead of int's."""
        decided = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in decided:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                decided.add('__format__')
            if '__str__' not in decided:
                to_str = member_type.__str__
                if to_str is object.__str__:
                    to_str = member_type.__repr__
                type.__setattr__(enum_class, '__str__', to_str)
                decided.add('__str__')
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in decided:
                continue
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in decided:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])

    @staticmethod
    def _verify_order(enum_class, order):
        """_order_ lists the canonical members in definition order (a check for code that
        must also run on old Pythons)."""
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        members = enum_class._member_map_
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        kept = []
        for name in order:
            if name in members:
                if name not in enum_class._member_names_:
                    continue                      # an alias
                if is_flag and not _one_bit(members[name]._value_):
                    continue
            kept.append(name)
        if kept != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, kept))

    @staticmethod
    def _make_member(enum_class, name, value):
        """Make the member `name` from its value (or find the member it is an alias of) and
        record it in the class."""
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)            # a tuple-valued enum gets the whole tuple
        if enum_class._use_args_:
            new_member = enum_class._new_member_(enum_class, *args)
        else:
            new_member = enum_class._new_member_(enum_class)
        if not hasattr(new_member, '_value_'):
            if enum_class._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    error = TypeError('_value_ not set in __new__, unable to create it')
                    error.__cause__ = exc
                    raise error
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = enum_class
        new_member.__init__(*args)
        new_member._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _one_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # An equal value makes this name an alias of the earlier member.
        existing = None
        try:
            existing = enum_class._value2member_map_.get(value)
        except TypeError:
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is not None:
            new_member = existing
        elif not is_flag or _one_bit(value):
            # Canonical members are the ones iteration shows (for flags: single bits).
            enum_class._member_names_.append(name)

        # The member becomes a class attribute, unless an enum.property of that name is
        # inherited (`name`, `value`): the property finds members in _member_map_.
        inherited = None
        for base in enum_class.__mro__[1:]:
            if name in base.__dict__:
                inherited = base.__dict__[name]
                break
        if not isinstance(inherited, property):
            type.__setattr__(enum_class, name, new_member)
        enum_class._member_map_[name] = new_member
        try:
            enum_class._value2member_map_.setdefault(value, new_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @classmethod
    def _refuse_extending(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _mixins_of(mcls, class_name, bases):
        """(member type, the enum class to inherit from) for an enum with these bases."""
        if not bases:
            return object, Enum
        mcls._refuse_extending(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._data_type_of(class_name, bases) or object, first_enum

    @classmethod
    def _data_type_of(mcls, class_name, bases):
        """The data type members are instances of (int for IntEnum...), or None: the first
        class in each base's MRO that has a __new__ of its own, or an enum's data type."""
        found = set()
        for chain in bases:
            plain_mixin = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif ('__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__
                      or base.__new__ is not object.__new__):
                    found.add(plain_mixin or base)
                    break
                elif plain_mixin is None:
                    plain_mixin = base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _value_shower_of(mcls, class_name, bases):
        """The function that shows member values in repr(): the data type's __repr__ (None:
        builtin repr)."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _member_factory(mcls, classdict, member_type, first_enum):
        """(the function that makes members, whether the class body wrote it, whether it
        takes the member value as arguments)."""
        make = classdict.get('__new__')
        custom = first_enum is not None and make is not None
        if make is None:
            skip = (None, None.__new__, object.__new__, Enum.__new__)
            for attr in ('__new_member__', '__new__'):
                for source in (member_type, first_enum):
                    candidate = getattr(source, attr, None)
                    if not any(candidate is s for s in skip):
                        make = candidate
                        break
                if make is not None:
                    break
            else:
                make = object.__new__
        use_args = not (first_enum is None or make is object.__new__
                        or (Enum is not None and make is Enum.__new__))
        return make, custom, use_args

    # -- The enum class as a container ----------------------------------------------------------

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Color(1) finds a member by value; Enum('Color', 'RED GREEN') creates a new enum
        class (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._build_functional(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__',
                 '__init_subclass__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(object.__dir__(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        # Reached only when normal lookup failed: a member hidden behind an inherited
        # attribute of the same name.  (Dunder lookups never mean members.)
        member = None if _dunder_name(name) else cls._member_map_.get(name)
        if member is None:
            raise AttributeError(name)
        return member

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        """A read-only mapping of every member name (aliases too) to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _build_functional(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API.  `names` is a string of names ('RED GREEN' or 'RED,GREEN'),
        a sequence of names, a sequence of (name, value) pairs, or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._mixins_of(class_name, bases)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, values[:])
                values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names or ():
            if isinstance(item, str):
                body[item] = names[item]
            else:
                body[item[0]] = item[1]
        if module is None:
            module = _calling_module(3)
        if module is None:
            def refuse(self, proto):
                raise TypeError('%r cannot be pickled' % self)
            body['__reduce_ex__'] = refuse
            body['__module__'] = '<unknown>'
        else:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum made of a module's constants that pass `filter` (used by stdlib modules
        to turn integer constants into enums)."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new = cls(name, members, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new


EnumMeta = EnumType


def _member_with_value(cls, value):
    # The member whose value is `value`, or None.  Unhashable values are searched for.
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        return None


def _ask_missing(cls, value):
    # No member has this value: give the class's _missing_ hook a chance, and report
    # failure the way CPython does (a ValueError, chained to any error of the hook).
    failure = None
    try:
        answer = cls._missing_(value)
    except Exception as error:
        failure, answer = error, None
    if isinstance(answer, cls):
        return answer
    ejecting = Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
    if ejecting and isinstance(answer, int):
        return answer
    invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if answer is None and failure is None:
        raise invalid
    if failure is None:
        failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                            'valid member' % (cls.__name__, answer))
    if not isinstance(failure, ValueError):
        failure.__context__ = invalid
    raise failure

# --- Enum --------------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and list the members as class attributes.

        class Color(Enum):
            RED = 1
            GREEN = 2

    Color.RED, Color(1) and Color['RED'] are the same member; list(Color) gives the
    members in definition order."""

    def __new__(cls, value):
        # Members already exist: calling the class (Color(1), unpickling) looks one up.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        # Not a hashable value of a member: search, then ask _missing_.
        found = _member_with_value(cls, value)
        if found is not None:
            return found
        return _ask_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value that can be incremented,
        or `start` for the first member."""
        for previous in reversed(last_values):
            try:
                return previous + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        """Hook for values that are not member values: return a member, or None."""
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        if self._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                     'value'}
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_'))
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name.startswith('_') or name in self._member_map_:
                    continue
                if isinstance(obj, Enum):
                    continue
                names.add(name)
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # `name` and `value` are enum properties (see `property` above): on the class they
    # give way to members that happen to be called name or value.
    name = property(lambda self: self._name_, doc="The member's name, as in the class body.")
    value = property(lambda self: self._value_, doc="The member's value.")


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (only repr() shows the
    enum)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        new = str.__new__(cls, text)
        new._value_ = text
        return new

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)

# --- Flag --------------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member has: STRICT raises (Flag's
    default), CONFORM drops them, EJECT returns a plain int, KEEP keeps them (IntFlag's
    default)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags, combinable with |, & and ^ and invertible with ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far (1 for the first)."""
        if not count:
            return start if start is not None else 1
        highest = max(last_values)
        try:
            return 2 ** highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _set_bits_low_first(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the pseudo-member for a combination of flags, after applying
        the class's boundary rule to bits no member has."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _twos_complement_text(value, width),
                                    _twos_complement_text(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        multi_bit = value & ~cls._singles_mask_
        singles = value & cls._singles_mask_
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, builtins.bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        name = None
        if singles or multi_bit:
            parts = list(cls._iter_member_(singles))
            covered = 0
            for m in parts:
                covered |= m._value_
            if multi_bit:
                value = singles | multi_bit
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and m._value_ & value == m._value_:
                        parts.append(m)
                        covered |= m._value_
            unknown = value ^ covered
            if covered:
                name = '|'.join(m._name_ for m in parts)
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    name += '|%s' % cls._numeric_repr_(unknown)
        pseudo._name_ = name
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return builtins.bin(self._value_).count('1')

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, show(self._value_))
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        # The int to combine with: another member of this flag, or (for flags with a data
        # type, like IntFlag) a plain value of that type.
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # Computed once per member.  Flags that keep or eject unknown bits invert every
        # bit; the others invert within the bits their single-bit members cover.
        if self._inverted_ is None:
            keeps_all_bits = self._boundary_ in (EJECT, KEEP)
            bits = ~self._value_ if keeps_all_bits else self._singles_mask_ & ~self._value_
            self._inverted_ = type(self)(bits)
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""

# --- Decorators and checks ---------------------------------------------------------------------

def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias of another."""
    aliases = ['%s -> %s' % (name, m.name) for name, m in enumeration.__members__.items()
               if name != m.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration


class EnumCheck(StrEnum):
    """Conditions verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck conditions: @verify(UNIQUE, CONTINUOUS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (n, m.name)
                           for n, m in enumeration.__members__.items() if n != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [2 ** i for i in range(low.bit_length() - 1, high.bit_length() - 1)
                               if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(map(str, missing))))[:256])
            elif check is NAMED_FLAGS:
                canonical = [m.value for m in enumeration]
                missing_names = []
                missing_bits = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m.value < 0:
                        continue
                    unnamed = [b for b in _set_bits_low_first(m.value) if b not in canonical]
                    if unnamed:
                        missing_names.append(alias)
                        for b in unnamed:
                            missing_bits |= b
                if missing_names:
                    if len(missing_names) == 1:
                        what = 'alias %s is missing' % missing_names[0]
                    else:
                        what = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _one_bit(missing_bits):
                        bits = 'value 0x%x' % missing_bits
                    else:
                        bits = 'combined values of 0x%x' % missing_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (name, what, bits))
        return enumeration


def global_enum_repr(self):
    """repr as module.NAME (for enums exported into their module's namespace)."""
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _one_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    parts = []
    for part in self._name_.split('|'):
        parts.append(part if part[0].isdigit() else '%s.%s' % (module, part))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members into the module's namespace and make their repr
    name the module instead of the class."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
