"""Shallow and deep copies: copy.copy(x) and copy.deepcopy(x).

A shallow copy is a new container holding the same items; a deep copy copies the items
too, recursively.  deepcopy keeps a memo, id(original) -> copy, so an object reached twice
is copied once (shared structure stays shared) and cycles end.

How an object is copied, first rule that applies:
  1. atoms (numbers, strings, None, functions, classes, ...) are their own copies;
  2. builtin containers (list, dict, set, tuple, ...) have routines below;
  3. a class may define __copy__() and __deepcopy__(memo);
  4. copyreg.dispatch_table, then the class's own __reduce_ex__ / __reduce__, give a
     recipe (callable, args, state, list items, dict items) that _rebuild follows;
  5. plain instances (classes keeping object's reduce methods) are rebuilt directly:
     cls.__new__(cls), then their state -- __dict__ and __slots__ values, or whatever
     __getstate__ returns, handed to __setstate__ if defined -- then the items of list,
     dict and set subclasses.
(Step 5 does by itself what CPython does through object.__reduce_ex__, whose minipy version
does not return CPython's recipe yet.)
"""

import builtins
import copyreg
import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error   # the old name

# (complex and the like only where the interpreter has them)
_maybe = tuple(getattr(builtins, name) for name in ('complex',) if hasattr(builtins, name))

_ATOMS = frozenset((type(None), int, float, bool, str, bytes, type, range, slice, property,
                    types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                    types.FunctionType, types.CodeType) + _maybe)


def _object_reduce(name):
    return getattr(object, name, None)


def _uses_default_reduce(cls):
    """True when cls keeps object's pickling protocol (rule 5 applies)."""
    return (getattr(cls, '__reduce_ex__', None) is _object_reduce('__reduce_ex__') and
            getattr(cls, '__reduce__', None) is _object_reduce('__reduce__'))


def _recipe(x, cls):
    """The reduce tuple for rule 4."""
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if getattr(cls, '__reduce__', None) is not _object_reduce('__reduce__'):
        return x.__reduce__()
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is None:
        raise Error('un(shallow)copyable object of type %s' % cls)
    return reductor(4)

# --- Default state of plain instances ----------------------------------------------------------

def _default_state(x, cls):
    """What object.__getstate__ would give: the instance dict (None if empty), paired with
    a dict of the __slots__ values that are set."""
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_reduce('__getstate__'):
        return x.__getstate__()
    own = getattr(x, '__dict__', None) or None
    slots = {}
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    return (own, slots) if slots else own


def _apply_state(y, state):
    setstate = getattr(type(y), '__setstate__', None)
    if setstate is not None and setstate is not _object_reduce('__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _blank_instance(cls):
    # The builtin types do not take part in the default protocol (CPython: "cannot pickle").
    if cls.__module__ == 'builtins' and cls is not object:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return cls.__new__(cls)


def _rebuild_plain(x, cls, deep, memo):
    y = _blank_instance(cls)
    if deep:
        memo[id(x)] = y
    state = _default_state(x, cls)
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    item = (lambda v: deepcopy(v, memo)) if deep else (lambda v: v)
    if isinstance(x, list):
        y.extend(item(v) for v in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            y[item(key)] = item(value)
    elif isinstance(x, set):
        y.update(item(v) for v in x)
    return y


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    """Follow a reduce recipe; memo is None for a shallow copy."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y

# --- copy --------------------------------------------------------------------------------------

_SHALLOW = {
    list: list.copy,
    dict: dict.copy,
    set: set.copy,
    bytearray: bytearray.copy,
    tuple: lambda x: x,
    frozenset: lambda x: x,
    # A bound method copies to the same method of the same object.
    types.MethodType: lambda x: getattr(x.__self__, x.__func__.__name__),
}


def copy(x):
    """Shallow copy: a new object of the same kind whose contents are the same objects."""
    cls = type(x)
    if cls in _ATOMS or issubclass(cls, type):
        return x
    special = _SHALLOW.get(cls)
    if special is not None:
        return special(x)
    own = getattr(cls, '__copy__', None)
    if own is not None:
        return own(x)
    if cls not in copyreg.dispatch_table and _uses_default_reduce(cls):
        return _rebuild_plain(x, cls, False, None)
    recipe = _recipe(x, cls)
    if isinstance(recipe, str):
        return x            # a global name: the object is unique
    return _rebuild(x, None, *recipe)

# --- deepcopy ----------------------------------------------------------------------------------

def _deep_list(x, memo):
    y = []
    memo[id(x)] = y          # before the items, so cycles find it
    y.extend(deepcopy(item, memo) for item in x)
    return y


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_set(x, memo):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A cycle through a list inside the tuple may already have copied the tuple itself.
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(items, x)):
        return x             # nothing inside needed copying
    return tuple(items)


_DEEP = {
    list: _deep_list,
    dict: _deep_dict,
    set: _deep_set,
    tuple: _deep_tuple,
    frozenset: lambda x, memo: frozenset(deepcopy(item, memo) for item in x),
    bytearray: lambda x, memo: bytearray(x),
    types.MethodType: lambda x, memo: getattr(deepcopy(x.__self__, memo),
                                              x.__func__.__name__),
}


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: copies x and, recursively, everything it contains.  memo maps the ids of
    objects already copied to their copies."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMS or issubclass(cls, type):
        return x
    special = _DEEP.get(cls)
    if special is not None:
        y = special(x, memo)
    else:
        own = getattr(x, '__deepcopy__', None)
        if own is not None:
            y = own(memo)
        elif cls not in copyreg.dispatch_table and _uses_default_reduce(cls):
            y = _rebuild_plain(x, cls, True, memo)
        else:
            recipe = _recipe(x, cls)
            y = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)
    if y is not x:
        memo[key] = y
        # The memo is keyed by id: keep x alive as long as the memo, so that its id is not
        # reused by a temporary object during the copy.
        memo.setdefault(id(memo), []).append(x)
    return y
