# abc: ABC, ABCMeta, abstractmethod (and the deprecated abstractproperty & co), register,
# __subclasshook__, the "Can't instantiate abstract class" error.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod
from abc import abstractstaticmethod, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


print(sorted(Shape.__abstractmethods__))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print('TypeError:', str(e).replace('methods', 'method').split(' with')[0])


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


print(Square.__abstractmethods__, sorted(Half.__abstractmethods__))
print(Square(3).describe(), Square(2).perimeter())
try:
    Half()
except TypeError as e:
    # 3.11 and 3.12 word the rest differently.
    print('TypeError:', str(e).split(' with')[0], 'perimeter' in str(e))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        "the name"

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    name = 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


print(Impl.make().name, Impl.helper(), isinstance(Impl(), Base))


class Old(ABC):
    @abstractproperty
    def p(self):
        pass

    @abstractclassmethod
    def c(cls):
        pass

    @abstractstaticmethod
    def s():
        pass


print(sorted(Old.__abstractmethods__))


# Virtual subclasses.
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Circle:
    def draw(self):
        return 'circle'


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = get_cache_token()
print(Drawable.register(Circle) is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), get_cache_token() != token)
print(Drawable in Circle.__mro__)


@Drawable.register
class Line:
    pass


class Dashed(Line):
    pass


print(issubclass(Dashed, Drawable), isinstance(Dashed(), Drawable), issubclass(int, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Circle.register
except AttributeError as e:
    print('AttributeError:', e)


class Sub(Drawable):
    pass


try:
    Drawable.register(Drawable)
    print('self-register ok')
    Sub.register(Drawable)
except RuntimeError as e:
    print('RuntimeError:', e)


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('abc', HasLen))
print(isinstance(3, HasLen), isinstance({}, HasLen))


class Child(HasLen):
    pass


print(issubclass(list, Child))
try:
    issubclass(3, HasLen)
except TypeError as e:
    print('TypeError:', e)

# update_abstractmethods after filling in a method by hand.
class Partial(ABC):
    @abstractmethod
    def run(self):
        pass


class Done(Partial):
    pass


print(sorted(Done.__abstractmethods__))
Done.run = lambda self: 'ran'
update_abstractmethods(Done)
print(Done.__abstractmethods__, Done().run())
print(type(ABC), ABC.__slots__)


# Metaclass keyword arguments still reach __init_subclass__.
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append((cls.__name__, tag))


class P1(Plugin, tag='one'):
    pass


print(Plugin.registry)
