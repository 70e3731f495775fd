"""copyreg: registries that the copy (and pickle) machinery consults.

* dispatch_table maps a class to a "reductor": a function that takes an instance and returns the
  reduce tuple (callable, args[, state, ...]) describing how to rebuild it.  copy.copy() and
  copy.deepcopy() look here before asking the object's own __reduce_ex__.
* The extension registry gives (module, name) pairs small integer codes, which pickle can write
  instead of the names.
* __newobj__ / __newobj_ex__ are the standard "make a blank instance" reconstructors, and
  _slotnames() lists the __slots__ whose values form an object's state.
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function the reductor for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is accepted for old callers; it is only checked, never stored.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object could serve as a reconstructor (kept for compatibility)."""
    if not callable(object):
        raise TypeError('constructors must be callable')


# complex numbers are rebuilt from their two parts by calling complex (CPython registers the
# same reductor, so pickles of complex numbers match byte for byte).
def _reduce_complex(number):
    return complex, (number.real, number.imag)


dispatch_table[complex] = _reduce_complex


# ---- reconstructors --------------------------------------------------------------------------

def __newobj__(cls, *args):
    """Rebuild step of protocol 2: a fresh instance from cls.__new__, __init__ not run."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """As __newobj__, passing keyword arguments to cls.__new__ as well."""
    return cls.__new__(cls, *args, **kwargs)


# ---- protocols 0 and 1 ----------------------------------------------------------------------
# Before protocol 2 an instance is rebuilt from its first builtin base: the builtin part is
# made from a plain base instance (`state`), the rest comes back through __setstate__ or the
# instance dict.

_HEAP_TYPE_FLAG = 1 << 9           # Py_TPFLAGS_HEAPTYPE: the class was made by Python code


def _reconstructor(cls, base, state):
    """Rebuild step of protocols 0 and 1: an instance of cls whose builtin part is state."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(obj, state)
    return obj


def _builtin_base(cls):
    for candidate in cls.__mro__:
        if not candidate.__flags__ & _HEAP_TYPE_FLAG:
            return candidate
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols below 2."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        builtin_part = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        builtin_part = base(self)
    slots_without_getstate = (type(self).__getstate__ is object.__getstate__
                              and getattr(self, "__slots__", None))
    if slots_without_getstate:
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    rest = self.__getstate__()
    recipe = (_reconstructor, (cls, base, builtin_part))
    return recipe + (rest,) if rest else recipe


# ---- slot names ------------------------------------------------------------------------------

def _mangled(owner, name):
    # A slot spelled `__x` inside class body `_Foo` is stored as `_Foo__x`: the class name loses
    # its leading underscores; a class named only of underscores leaves the name alone.
    if not name.startswith('__') or name.endswith('__'):
        return name
    prefix = owner.__name__.lstrip('_')
    return '_' + prefix + name if prefix else name


def _declared_slots(owner):
    declared = owner.__dict__.get('__slots__', ())
    if isinstance(declared, str):
        return [declared]
    return list(declared)


def _slotnames(cls):
    """Names of the slots, over cls and its bases, that hold instance state (so neither
    __dict__ nor __weakref__), mangled as stored.  The list is cached on cls as
    __slotnames__ when the class allows it."""
    cached = cls.__dict__.get('__slotnames__')
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, '__slots__'):
        for owner in cls.__mro__:
            for slot in _declared_slots(owner):
                if slot not in ('__dict__', '__weakref__'):
                    found.append(_mangled(owner, slot))
    try:
        cls.__slotnames__ = found
    except (AttributeError, TypeError):
        pass  # built-in or otherwise read-only class: just do not cache
    return found


# ---- extension codes -------------------------------------------------------------------------
#
# Codes 1..0x7fffffff map one to one to (module, qualified name) keys.  Both directions are kept,
# plus a cache of the objects already looked up by code (for unpickling).

_extension_registry = {}      # (module, name) -> code
_inverted_registry = {}       # code -> (module, name)
_extension_cache = {}         # code -> object


def _check_code(code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    return code


def add_extension(module, name, code):
    """Give (module, name) the extension code `code`."""
    code = _check_code(code)
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return  # registering the same pair twice is harmless
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s'
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s'
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Forget the code of (module, name); the pair must be registered with exactly that code."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Drop the cached code -> object lookups."""
    _extension_cache.clear()
