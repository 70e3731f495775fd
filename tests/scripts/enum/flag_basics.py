# enum: Flag and IntFlag (auto powers of two, combinations and their reprs, membership,
# iteration, invert, boundaries), plus verify.
from enum import Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, Enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name, Perm.R in rw, Perm.X in rw, bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(~rw), repr(Perm(7)))
print(list(rw), list(Perm), len(rw), len(Perm(7)), Perm(6) is rw)
print(repr(rw & Perm.R), repr(rw ^ Perm.R), repr(Perm.R | Perm.R))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([m.value for m in Color], repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.BLUE))
print(repr(~Color.RED), Color(3), Color.WHITE.name, list(Color.__members__))
print(Color.GREEN in Color.WHITE, format(Color.RED), f'{Color.RED | Color.GREEN}')


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(repr(m), str(m), m == 3, m + 1, isinstance(m, int), format(m), repr(Mode(8)))
print(repr(Mode.READ | 8), repr(~Mode.READ), repr(Mode(0)), Mode.READ & 1, repr(m & Mode.EXEC))
print(list(m), Mode.WRITE in m, repr(Mode(7)))


@verify(UNIQUE)
class Ok(Enum):
    A = 1
    B = 2


try:
    @verify(CONTINUOUS)
    class Gappy(Enum):
        A = 1
        C = 3
        E = 5
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(UNIQUE)
    class Aliased(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
print(list(Ok))
