# Which builtin types expose __call__ in their __dict__, and __hash__ = None for unhashable ones.
import types, collections, functools
objs = [lambda: 0, len, [].append, str.join, dict.fromkeys, object.__init__, object().__str__,
        staticmethod(len), classmethod(len), type, functools.partial(len), (lambda: 0).__get__(1),
        property(), iter([]), map(len, []), object(), 1, None, types.SimpleNamespace()]
for o in objs:
    t = type(o)
    print(t.__name__, '__call__' in t.__dict__, callable(o))
for t in [list, dict, set, frozenset, bytearray, bytes, tuple, str, int, float, object, type, range,
          collections.deque, collections.OrderedDict, collections.defaultdict, types.SimpleNamespace,
          type(type.__dict__), type({}.keys()), type({}.items()), type({}.values()), property, types.MethodType,
          types.FunctionType, types.CodeType, types.ModuleType, BaseException]:
    h = t.__dict__.get('__hash__', 'absent')
    print(t.__name__, 'None' if h is None else ('absent' if h == 'absent' else 'slot'), t.__hash__ is None)
print(bytearray.__dict__['__hash__'] is None, '__call__' in type(lambda: 0).__dict__)
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(e)
