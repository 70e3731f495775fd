"""copy: shallow and deep copies of Python objects.

copy(x) makes a new object of x's kind holding the same contents; deepcopy(x) copies the
contents as well, recursively.  A deep copy keeps a memo (id of an original -> its copy), so
that an object met twice is copied once and reference cycles terminate.

How an object gets copied, in order of precedence:

  immutable atoms           numbers, strings, None, functions, classes ...: the object itself
  builtin containers        list, dict, set, tuple ...: handled by the tables below
  __copy__ / __deepcopy__   the class's own methods, when it has them
  a reduce recipe           (callable, args, state, list items, dict items), the pickle
                            protocol: from copyreg.dispatch_table, or the class's __reduce_ex__
                            or __reduce__, or else the recipe object.__reduce_ex__(4) gives in
                            CPython, which _default_recipe() computes here (minipy's object
                            does not supply it).  _reconstruct() follows a recipe.
"""

import builtins
import copyreg
import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error      # the old name of the exception


_ATOMIC = frozenset([type(None), int, float, bool, str, bytes, type, range, slice, property,
                     types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                     types.FunctionType, types.CodeType]
                    + [getattr(builtins, name) for name in ('complex',)
                       if hasattr(builtins, name)])

_OBJECT_REDUCE_EX = object.__reduce_ex__
_OBJECT_REDUCE = getattr(object, '__reduce__', None)
_OBJECT_GETSTATE = getattr(object, '__getstate__', None)


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


# ---- recipes -----------------------------------------------------------------------------------

def _instance_state(x, cls):
    # What object.__getstate__() returns: the instance dict (None when empty); when __slots__
    # hold values too, the pair (dict or None, {slot: value}).
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _OBJECT_GETSTATE:
        return x.__getstate__()
    attributes = getattr(x, '__dict__', None) or None
    slot_values = {}
    for name in copyreg._slotnames(cls):
        try:
            slot_values[name] = getattr(x, name)
        except AttributeError:
            pass                             # an unset slot
    if slot_values:
        return attributes, slot_values
    return attributes


def _constructor_arguments(x, cls):
    # (args, kwargs) for cls.__new__, from __getnewargs_ex__ or __getnewargs__ if defined.
    if hasattr(cls, '__getnewargs_ex__'):
        pair = x.__getnewargs_ex__()
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError('__getnewargs_ex__ should return a tuple of length 2, not %r'
                            % (type(pair).__name__,))
        return pair
    if hasattr(cls, '__getnewargs__'):
        args = x.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r'
                            % (type(args).__name__,))
        return args, {}
    return (), {}


def _default_recipe(x, cls):
    """The recipe CPython's object.__reduce_ex__(4) produces: make a blank instance with
    cls.__new__ (given __getnewargs__ arguments), restore its state, refill its items."""
    if cls.__module__ == 'builtins' and cls is not object and not hasattr(cls, '__getnewargs__'):
        # Builtin types with no such protocol cannot be rebuilt this way.
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    state = _instance_state(x, cls)
    if isinstance(x, (set, frozenset)):
        # Sets reduce to a constructor call with their items.
        return cls, (list(x),), state
    args, kwargs = _constructor_arguments(x, cls)
    if kwargs:
        recipe = [copyreg.__newobj_ex__, (cls, args, kwargs), state]
    else:
        recipe = [copyreg.__newobj__, (cls,) + tuple(args), state]
    recipe.append(iter(x) if isinstance(x, list) else None)
    recipe.append(iter(x.items()) if isinstance(x, dict) else None)
    return tuple(recipe)


def _recipe_for(x, cls):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _OBJECT_REDUCE_EX:
        return x.__reduce_ex__(4)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _OBJECT_REDUCE:
        return x.__reduce__()
    if reduce_ex is None:
        raise Error('un(shallow)copyable object of type %s' % cls)
    return _default_recipe(x, cls)


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state is not None:
        y.__dict__.update(state)
    if slot_values is not None:
        for name, value in slot_values.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *more):
    # Follow a recipe.  memo is None for a shallow copy; for a deep copy the arguments, the
    # state and the items are deep-copied, and the new object enters the memo before its
    # state is set (its state may lead back to it).
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


# ---- copy ----------------------------------------------------------------------------------------

def _same(x):
    return x


_SHALLOW_COPIERS = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
    tuple: _same,
    frozenset: _same,
    # A bound method copies to the same method of the same object.
    types.MethodType: lambda method: getattr(method.__self__, method.__func__.__name__),
}


def copy(x):
    """A shallow copy of x: a new object of the same kind whose contents are the same
    objects as x's."""
    cls = type(x)
    copier = _SHALLOW_COPIERS.get(cls)
    if copier is not None:
        return copier(x)
    if _is_atomic(cls):
        return x
    own = getattr(cls, '__copy__', None)
    if own is not None:
        return own(x)
    recipe = _recipe_for(x, cls)
    if isinstance(recipe, str):
        return x            # the object is a named global: unique
    return _reconstruct(x, None, *recipe)


# ---- deepcopy ------------------------------------------------------------------------------------

def _deep_list(x, memo):
    y = memo[id(x)] = []          # in the memo before the items: they may refer back
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deep_dict(x, memo):
    y = memo[id(x)] = {}
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_set(x, memo):
    y = memo[id(x)] = set()
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # If an item led back to this tuple, the tuple was copied meanwhile: use that copy.
    if id(x) in memo:
        return memo[id(x)]
    for original, duplicate in zip(x, items):
        if original is not duplicate:
            return tuple(items)
    return x                      # nothing inside changed: the tuple can be shared


_DEEP_COPIERS = {
    list: _deep_list,
    dict: _deep_dict,
    set: _deep_set,
    tuple: _deep_tuple,
    frozenset: lambda x, memo: frozenset([deepcopy(item, memo) for item in x]),
    bytearray: lambda x, memo: bytearray(x),
    # The same method of a copy of the object.  (By name: minipy cannot construct method
    # objects directly yet.)
    types.MethodType: lambda method, memo: getattr(deepcopy(method.__self__, memo),
                                                   method.__func__.__name__),
}

_NOT_FOUND = []


def deepcopy(x, memo=None, _nil=_NOT_FOUND):
    """A deep copy of x: x and, recursively, everything it contains, copied.  memo maps the
    ids of the objects already copied to their copies (shared by recursive calls)."""
    if memo is None:
        memo = {}
    marker = id(x)
    earlier = memo.get(marker, _nil)
    if earlier is not _nil:
        return earlier
    cls = type(x)
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif _is_atomic(cls):
        y = x
    else:
        own = getattr(x, '__deepcopy__', None)
        if own is not None:
            y = own(memo)
        else:
            recipe = _recipe_for(x, cls)
            y = x if isinstance(recipe, str) else _reconstruct(x, memo, *recipe)
    if y is not x:
        memo[marker] = y
        # The memo is keyed by ids: keep the original alive as long as the memo, so its id
        # cannot be reused by another object during this copy.
        memo.setdefault(id(memo), []).append(x)
    return y
