# copyreg: dispatch_table, reconstructors, _slotnames (mangling, caching) and extension codes.
import copy
import copyreg


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_pt(p):
    print('reducing', p.x, p.y)
    return Pt, (p.x * 10, p.y * 10)


copyreg.pickle(Pt, reduce_pt)
q = copy.copy(Pt(1, 2))
print(q.x, q.y, Pt in copyreg.dispatch_table)
for bad in [(Pt, 3), (Pt, reduce_pt, 4)]:
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    copyreg.constructor(None)
except TypeError as e:
    print('TypeError:', e)


class Base:
    __slots__ = ('__hidden', 'shown', '__dict__', '__weakref__')


class _Under(Base):
    __slots__ = '__z'


class ___(Base):
    __slots__ = ('__w',)


print(copyreg._slotnames(Base), copyreg._slotnames(_Under), copyreg._slotnames(___))
print(_Under.__dict__['__slotnames__'], copyreg._slotnames(Pt), Pt.__slotnames__)
print(copyreg._slotnames(int))
o = copyreg.__newobj__(Pt)
print(type(o).__name__, vars(o))
print(copyreg.__newobj_ex__(list, ([1, 2],), {}))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
for args in [('mod', 'other', 240), ('mod', 'name', 241), ('m', 'n', 0), ('m', 'n', 2 ** 31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.remove_extension('mod', 'name', 241)
except ValueError as e:
    print('ValueError:', e)
copyreg.remove_extension('mod', 'name', 240)
copyreg.clear_extension_cache()
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
print(sorted(copyreg.__all__))
