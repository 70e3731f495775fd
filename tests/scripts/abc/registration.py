# abc: virtual subclasses through register and __subclasshook__, cache invalidation by later
# registrations, __instancecheck__ with a lying __class__, the deprecated decorators,
# update_abstractmethods and the cache token.
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractclassmethod
    def unit(cls):
        ...

    @abc.abstractstaticmethod
    def kind():
        ...

    @abc.abstractproperty
    def sides(self):
        ...


print(sorted(Shape.__abstractmethods__), Shape.unit.__isabstractmethod__,
      isinstance(Shape.__dict__['kind'], staticmethod))
try:
    Shape()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0].split(' without')[0])


class Plain:
    pass


class Child(Plain):
    pass


token = abc.get_cache_token()
print(issubclass(Plain, Shape), isinstance(Child(), Shape))
Shape.register(Plain)
print(abc.get_cache_token() != token, issubclass(Plain, Shape), issubclass(Child, Shape),
      isinstance(Child(), Shape), Shape.register(Plain) is Plain, Shape.register(Shape))
try:
    Plain.register = None
    abc.ABC.register(5)
except TypeError as e:
    print('TypeError', e)


class Base(abc.ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)


class Other:
    pass


print(issubclass(Other, Base))
Derived.register(Other)          # registering with a subclass makes Other a Base too
print(issubclass(Other, Base), issubclass(Other, Derived))


class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, '__len__') or NotImplemented
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance('', Sized))


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'


try:
    issubclass(int, Bad)
except AssertionError as e:
    print('AssertionError', e)
try:
    issubclass(5, Shape)
except TypeError as e:
    print('TypeError', e)


class Liar:
    @property
    def __class__(self):
        return Plain


print(isinstance(Liar(), Shape))


class Partial(Shape):
    def area(self):
        return 1


print(sorted(Partial.__abstractmethods__))
Partial.unit = classmethod(lambda cls: 'm')
Partial.kind = staticmethod(lambda: 'poly')
Partial.sides = 4
print(sorted(abc.update_abstractmethods(Partial).__abstractmethods__), Partial().area())
print(abc.update_abstractmethods(Plain) is Plain)
Shape._abc_registry_clear()
Shape._abc_caches_clear()
print(issubclass(Plain, Shape))
