# enum: functional API module, flag inversion and boundaries, _missing_ failures, members named
# name/value.
import enum
C = enum.Enum('C', 'RED GREEN')
print(C.__module__, C.RED, repr(C.GREEN), list(C))
class F(enum.Flag):
    A = 1
    B = 2
    C = 4
print(~F.A, ~(F.A | F.B), F(3), F(0), repr(~F.C))
class I(enum.IntFlag):
    X = 1
    Y = 2
print(~I.X, I(8), repr(I(9)))
try:
    F(8)
except ValueError as e:
    print(e)
class M(enum.Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return 5
try:
    M(2)
except TypeError as e:
    print(e, repr(e.__context__))
print(enum.STRICT, enum.KEEP, repr(enum.FlagBoundary.EJECT), list(enum.FlagBoundary))
print(M.A.name, M.A.value, M.name if False else '', F.A.name)
class N(enum.Enum):
    name = 1
    value = 2
print(N.name, N.value, N.name.name, N.value.value)
