# enum: Enum members, reprs and strs, lookup by value and name, iteration, aliases, auto,
# unique, functional API, custom __new__/__init__, methods, _missing_, errors.
from enum import Enum, IntEnum, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED:>12}|')
print(Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.RED is Color(1))
print(list(Color), len(Color), list(reversed(Color)), Color.RED in Color)
print(Color.__members__, list(Color.__members__))
print(type(Color.RED), isinstance(Color.RED, Color), repr(Color), Color.RED.describe())
print(Color.default(), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print({Color.RED: 'r'}[Color.RED], sorted(Color, key=lambda c: -c.value))
print([c.name for c in Color], Color.RED.__class__.__name__)
for bad in [4, 'RED']:
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)
try:
    Color.RED.value = 3
except AttributeError:
    print('AttributeError: read-only value')


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), list(Shape.__members__))
try:
    unique(Shape)
except ValueError as e:
    print('ValueError:', e)


@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2


print(list(Mistake))


class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = 10
    WEST = auto()


print(list(Ordinal), Ordinal.WEST.value)


class Lower(StrEnum):
    ALPHA = auto()
    BETA = 'custom'


print(repr(Lower.ALPHA), str(Lower.ALPHA), Lower.BETA, Lower.ALPHA == 'alpha', Lower('custom'))
print(Lower.ALPHA.upper(), f'{Lower.BETA}!', isinstance(Lower.ALPHA, str))


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(repr(Num.TWO), str(Num.TWO), format(Num.TWO), f'{Num.THREE:03d}', Num.ONE + Num.TWO)
print(Num.TWO == 2, Num.ONE < Num.THREE, sorted([Num.THREE, Num.ONE]), int(Num.TWO), Num(3))
print(['a', 'b', 'c', 'd'][Num.TWO], max(Num), Num.TWO * 10, isinstance(Num.ONE, int))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(repr(Planet.VENUS), Planet((3.303e+23, 2.4397e6)))


class Coin(Enum):
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj

    PENNY = 1, 'penny'
    NICKEL = 5, 'nickel'
    DIME = 10, 'dime'


print(Coin(5), Coin.DIME.label, Coin.PENNY.value, [c.label for c in Coin])


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.__module__)
Pet = Enum('Pet', [('CAT', 'meow'), ('DOG', 'woof')])
print(Pet.DOG, Pet('meow'), repr(Pet.CAT))
Size = IntEnum('Size', {'S': 1, 'M': 2, 'L': 3})
print(Size.M + 1, list(Size))
Letters = Enum('Letters', 'A,B,C', start=10)
print(list(Letters))

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Reserved(Enum):
        _bad_ = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)


class Base(Enum):
    def hello(self):
        return 'hello from ' + self.name


class Child(Base):
    X = 1


print(Child.X.hello())


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = 'helper'
    helper = 'not a member'

    @property
    def is_first(self):
        return self is Weekday.MONDAY


print(list(Weekday), Weekday.MONDAY.is_first, hasattr(Weekday, 'helper'))


class WithNameMember(Enum):
    name = 'n'
    value = 'v'


print(WithNameMember.name, WithNameMember.value.value, WithNameMember.name.name)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
print(Color.RED.__reduce_ex__(2), enum.EnumMeta is enum.EnumType, type(Color).__name__)
