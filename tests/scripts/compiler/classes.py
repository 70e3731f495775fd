# Class bodies: __module__, __qualname__, __doc__, __classcell__/super(), decorators, mangling.
def deco(tag):
    def wrap(obj):
        obj.tag = tag
        return obj
    return wrap

@deco("cls")
class Base:
    "Base doc"
    kind = "base"
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return cls()
    @property
    def prop(self):
        return self.kind

class Child(Base):
    kind = "child"
    def hello(self):
        return "Child+" + super().hello()
    def cls(self):
        return __class__.__name__

print(Base.__doc__, Base.tag, Base.__qualname__, Base.__module__)
print(Child().hello(), Child().cls(), Child.make().prop)

class Private:
    __secret = 1
    def get(self):
        return self.__secret
    def __dunder__(self):
        return "dunder"
print(Private().get(), Private._Private__secret, hasattr(Private, "__secret"), Private().__dunder__())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta" + str(kw)
        return super().__new__(mcls, name, bases, ns)

class WithMeta(metaclass=Meta, flag=1):
    pass
print(WithMeta.created_by)

class Annotated:
    x: int = 1
    y: str
print(Annotated.__annotations__, Annotated.x)

def func_ann(a: int, b: "str" = "s", *c: float, d: list, **e: dict) -> None:
    pass
print(func_ann.__annotations__)

def outer():
    class Local:
        def method(self):
            pass
    return Local
print(outer().__qualname__, outer().method.__qualname__)

class Nested:
    class Inner:
        def f(self):
            return [x for x in range(2)]
print(Nested.Inner.__qualname__, Nested.Inner.f.__qualname__, Nested.Inner().f())

def documented():
    "function doc"
print(documented.__doc__, (lambda: 0).__doc__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)

class SuperInMethodClosure(Base):
    def hello(self):
        def inner():
            return super(SuperInMethodClosure, self).hello()
        return inner() + "|" + str(__class__ is SuperInMethodClosure)
print(SuperInMethodClosure().hello())
