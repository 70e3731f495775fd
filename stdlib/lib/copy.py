"""Generic (shallow and deep) copying operations.

copy(x) makes a new object of the same kind sharing x's contents; deepcopy(x) copies the
contents too, recursively.  deepcopy keeps a memo dict (id of original -> copy) so that shared
and cyclic structures come out shared and cyclic in the copy.

How an object is copied, in order:
  1. immutable atoms (numbers, strings, tuples of them for copy, functions, classes) are
     returned as they are;
  2. the builtin containers have their own routines (list, dict, set, tuple, ...);
  3. a class's __copy__() / __deepcopy__(memo) decides for itself;
  4. copyreg.dispatch_table, then the class's own __reduce_ex__/__reduce__, give a recipe
     (callable, args, state, listitems, dictitems) that _reconstruct follows;
  5. plain instances (classes that keep object's reduce methods) are rebuilt directly:
     cls.__new__(cls), then their __dict__ and __slots__ state, then list/dict items for
     subclasses of list and dict.
"""

import builtins
import copyreg
import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error   # backward compatibility


def _is_plain(cls):
    """True when cls takes object's default reduction (so step 5 applies)."""
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return False
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not getattr(object, '__reduce__', None):
        return False
    return True


def _get_state(x, cls):
    """The default state of an instance: its __dict__ (or None), plus a dict of the slot
    values that are set, as object.__reduce_ex__ reports them in CPython."""
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(
            object, '__getstate__', None):
        return getstate()
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state

# --- Shallow copy ------------------------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)

    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif _is_plain(cls):
        return _copy_plain(x, cls)
    else:
        rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce__', None):
        return x.__reduce__()
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    raise Error('un(shallow)copyable object of type %s' % cls)


def _new_instance(cls):
    # Builtin types take no part in the default protocol (CPython: "cannot pickle").
    if cls.__module__ == 'builtins' and cls not in (object,):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return cls.__new__(cls)


def _copy_plain(x, cls):
    y = _new_instance(cls)
    state = _get_state(x, cls)
    if state is not None:
        _set_state(y, state)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            y[key] = value
    elif isinstance(x, set):
        y.update(x)
    return y


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


# (complex only where the interpreter has it.)
_complex = (builtins.complex,) if hasattr(builtins, 'complex') else ()

for t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range,
          slice, property, types.BuiltinFunctionType, type(Ellipsis),
          type(NotImplemented), types.FunctionType, types.CodeType) + _complex:
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
# A bound method copies to the same method of the same object.
d[types.MethodType] = lambda x: getattr(x.__self__, x.__func__.__name__)
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t

# --- Deep copy ---------------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None and not isinstance(x, type):
                y = copier(memo)
            else:
                reductor = copyreg.dispatch_table.get(cls)
                if reductor:
                    rv = reductor(x)
                elif _is_plain(cls):
                    rv = None
                else:
                    rv = _reduce(x, cls)
                if rv is None:
                    y = _deepcopy_plain(x, cls, memo)
                elif isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _deepcopy_plain(x, cls, memo):
    y = _new_instance(cls)
    memo[id(x)] = y
    state = _get_state(x, cls)
    if state is not None:
        _set_state(y, deepcopy(state, memo))
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo))
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) for item in x)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
          bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
          types.FunctionType, property) + _complex:
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y

d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we check for
    # it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y

d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y

d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y

d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset([deepcopy(item, memo) for item in x])

d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)

d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    # Copy of a bound method: the same function bound to a copy of the instance.
    # (Looked up by name: minipy cannot construct method objects directly yet.)
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)

d[types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have to assure that possibly temporary
    objects are kept alive by referencing them.  We store a reference at the id of the memo,
    which should normally not be used unless someone tries to deepcopy the memo itself..."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]

# --- Reconstruction from a reduce tuple --------------------------------------------------------

def _set_state(y, state):
    if hasattr(y, '__setstate__') and getattr(type(y), '__setstate__', None) is not getattr(
            object, '__setstate__', None):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
