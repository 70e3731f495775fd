import copy, copyreg
class P:
    def __init__(self, x): self.x = x
p = P([1, 2])
print(p.__reduce_ex__(2)[0] is copyreg.__newobj__)
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1][:2])
q = copy.deepcopy(p); print(q.x, q.x is p.x)
print(copyreg._reconstructor(P, object, None).__class__.__name__)
class L(list):
    pass
l = L([1, 2]); l.tag = 'x'
r = l.__reduce_ex__(1); print(r[0].__name__, r[1:])
m = copyreg._reconstructor(*l.__reduce_ex__(1)[1]); print(m, type(m).__name__)
print(int.__flags__ & (1 << 9), L.__flags__ & (1 << 9), list.__flags__ & (1 << 10))
class S:
    __slots__ = ('a',)
try:
    S().__reduce_ex__(1)
except TypeError as e:
    print(e)
try:
    print(int.__reduce_ex__(3, 1))
except TypeError as e:
    print(e)
