# __qualname__ (and __name__/__objclass__) of the methods and descriptors of builtin types:
# slot wrappers, method-wrappers, method/classmethod/static descriptors, getset and member
# descriptors; static methods of builtin types pickle as getattr(type, name).
import io
items = [object.__init__, object.__repr__, list.append, dict.fromkeys, str.join, int.__add__,
         [].append, (1).__add__, object().__init__, dict.__dict__['fromkeys'], list.__dict__['append'],
         int.from_bytes, str.maketrans, float.fromhex, bytes.fromhex, object.__new__, type.__call__,
         type.mro, object.__subclasshook__, object.__init_subclass__, list.__getitem__, [].__getitem__, list.__len__,
         dict.__getitem__, {}.get, "".upper, len, print, type.__dict__['__prepare__'], int.__dict__['from_bytes'],
         list.__class_getitem__, object.__reduce_ex__, BaseException.__init__, ValueError.__str__, Exception.with_traceback,
         int.real, type.__dict__['__name__'], type.__name__.__class__]
for f in items:
    print(type(f).__name__, getattr(f, '__qualname__', None), getattr(f, '__name__', None))
import collections, select, pickle, copy
class C:
    __slots__ = ('x',)
class E:
    class F:
        __slots__ = ('y',)
print(C.x.__qualname__, C.x.__name__, C.x.__objclass__.__name__, C.x.__doc__)
print(E.F.y.__qualname__, E.F.__init__.__qualname__)
print(int.real.__objclass__, repr(int.real.__doc__), (1).__add__.__objclass__)
print(repr(str.maketrans.__self__), str.maketrans.__qualname__, bytes.maketrans.__qualname__)
print([pickle.dumps(str.maketrans, p).hex() for p in range(6)])
print(pickle.loads(pickle.dumps(str.maketrans))('ab', 'cd'), copy.copy(str.maketrans) is str.maketrans)
print(str.maketrans('ab', 'xy'), ''.maketrans('a', 'b'), bytes.maketrans(b'a', b'b')[97:98])
print(collections.deque.append.__qualname__, collections.deque().append.__qualname__)
print(select.epoll.poll.__qualname__, select.epoll.fromfd.__qualname__)
print(type.__dict__['__dict__'].__qualname__, object.__dict__['__class__'].__qualname__)
class D: pass
print(D.__dict__['__dict__'].__qualname__, D.__dict__['__weakref__'].__qualname__)
print(C.__init__.__qualname__, C().__init__.__qualname__, C.__new__.__qualname__, list.__new__.__qualname__)
