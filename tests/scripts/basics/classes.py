class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    @property
    def upper(self):
        return self.name.upper()

    @classmethod
    def make(cls, name):
        return cls(name)

    @staticmethod
    def helper(x):
        return x * 2


class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        base = super().speak()
        return base + f" age {self.age}"


a = Animal("cat")
d = Dog.make("rex")
p = Puppy("bit", 1)
print(a, d, p, a.speak(), d.speak(), p.speak())
print(a.upper, Animal.count, Animal.helper(21), d.kingdom, isinstance(p, Animal), issubclass(Dog, Puppy))
print(Puppy.__mro__, Puppy.__bases__, Puppy.__name__, type(p) is Puppy)
print(hasattr(a, "name"), getattr(a, "nope", "default"), vars(p))
setattr(a, "legs", 4)
print(a.legs, a.__dict__)
del a.legs
print(hasattr(a, "legs"))


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __call__(self, scale):
        return self * scale


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v * 3, 2 * v, -v, v == Vector(1, 2), v != w, len(v), v[1], list(v), bool(Vector(0, 0)))
print(sorted([w, v]), v < w, {v: "a"}[Vector(1, 2)], v(10), max(v, w))
x, y = v
print(x, y)


class Counter:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is ValueError


with Counter() as c:
    c.n += 1
with Counter():
    raise ValueError("suppressed")
print("after with", c.n)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by, type(WithMeta).__name__)
Dyn = type("Dyn", (object,), {"f": lambda self: 42})
print(Dyn().f(), Dyn.__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v


t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)


class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True


class Sub(Base):
    pass


print(Sub.registered, Base.__subclasses__())


class Multi(Dog, Counter):
    pass


print([k.__name__ for k in Multi.__mro__])
print(repr(object())[:17], str(Animal)[:22], Animal.speak.__qualname__)
