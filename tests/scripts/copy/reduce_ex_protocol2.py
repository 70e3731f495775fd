# object.__reduce_ex__(protocol >= 2), object.__getstate__ and the builtin types' reduce methods,
# as CPython: (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems).
import copy
import copyreg


def show(r):
    parts = []
    for i, p in enumerate(r):
        if i == 0:
            parts.append(getattr(p, '__name__', repr(p)))
        elif i >= 3:
            parts.append(type(p).__name__ if p is not None else 'None')
        else:
            parts.append(repr(p))
    print('(' + ', '.join(parts) + ')')


class A:
    def __init__(self):
        self.x = 1


class B:
    __slots__ = ('a', 'b', '__private')


class C(B):
    __slots__ = ('c',)


class L(list):
    pass


class D(dict):
    pass


class N:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __getnewargs__(self):
        return (1, 2)


class NE:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


class G:
    def __getstate__(self):
        return 'S'


class R:
    def __reduce__(self):
        return 'R!'


class S(set):
    pass


b = B()
b.a = 5
c = C()
c.c = 'see'
c.b = 'bee'
l = L([1, 2])
l.z = 3
d = D(a=1)
s = S([1])
s.q = 1
for o in [A(), b, c, l, d, N(), NE(), object(), G(), 5, 'text', (1, 2), 2.5]:
    show(o.__reduce_ex__(2))
    show(o.__reduce_ex__(4))
print(list(l.__reduce_ex__(2)[3]), list(d.__reduce_ex__(3)[4]))
print(A().__getstate__(), b.__getstate__(), c.__getstate__(), object().__getstate__(), l.__getstate__())
print(R().__reduce_ex__(2), R().__reduce_ex__(0), R().__reduce__())
print(A.__reduce_ex__ is object.__reduce_ex__, '__getstate__' in object.__dict__, '__reduce__' in object.__dict__)
print(s.__reduce_ex__(2), set([1]).__reduce__(), frozenset([2]).__reduce_ex__(4))
print(bytearray(b'ab').__reduce_ex__(4), bytearray(b'ab').__reduce__(), bytearray(b'ab').__reduce_ex__(2),
      bytearray().__reduce_ex__(4))


class BadNA:
    def __getnewargs__(self):
        return [1]


class BadNE:
    def __getnewargs_ex__(self):
        return (1,)


class BadNE2:
    def __getnewargs_ex__(self):
        return ([1], {})


class BadNE3:
    def __getnewargs_ex__(self):
        return ((1,), [])


class BadNE4:
    def __getnewargs_ex__(self):
        return 5


for o in [BadNA(), BadNE(), BadNE2(), BadNE3(), BadNE4(), lambda: 0]:
    try:
        o.__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    object().__reduce_ex__('x')
except TypeError as e:
    print(e)

# copy's general path follows these recipes.
for o in [A(), c, l, d, N(), s]:
    func, args, state, listitems, dictitems = (tuple(o.__reduce_ex__(4)) + (None,) * 5)[:5]
    y = func(*args)
    if state is not None:
        if isinstance(state, tuple):
            state, slots = state
            for k, v in slots.items():
                setattr(y, k, v)
        if state:
            y.__dict__.update(state)
    if listitems is not None:
        y.extend(listitems)
    if dictitems is not None:
        for k, v in dictitems:
            y[k] = v
    print(type(y).__name__, getattr(y, '__dict__', None), [getattr(y, n, None) for n in ('a', 'b', 'c')],
          list(y) if isinstance(y, (list, dict, set)) else '')
cc = copy.copy(c)
print(cc.b, cc.c, hasattr(cc, 'a'))
dl = copy.deepcopy(l)
print(dl, dl.z, type(dl).__name__)
