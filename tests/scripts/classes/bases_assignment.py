# Assigning to __bases__: the MRO of the class and its subclasses is recomputed, with CPython's
# checks and messages.
class A:
    def who(self): return "A"
    def __add__(self, o): return "A.add"
class B:
    def who(self): return "B"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), d + 1, D.__mro__)
C.__bases__ = (B,)
print(d.who(), C.__bases__, D.__mro__, C.__base__)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
C.__bases__ = (A, B)
print(d.who(), d + 1, [k.__name__ for k in D.__mro__])
for bad in [(), [A], (1,), (D,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in D.__mro__], A.__subclasses__(), B.__subclasses__())
