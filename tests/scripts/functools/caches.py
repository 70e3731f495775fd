# functools: lru_cache (maxsize, typed, cache_info, cache_clear, eviction order), cache,
# cached_property.
from functools import lru_cache, cache, cached_property

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print(square(2), square(3), square(2), square(4), square(3))
print(calls)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
square.cache_clear()
print(square.cache_info())
print(square.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)


@lru_cache(maxsize=None)
def unbounded(x, y=1):
    return x + y


for i in range(5):
    unbounded(i)
    unbounded(i, y=1)
    unbounded(i)
print(unbounded.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(('typed', x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)

# Unhashable arguments fail the way dict lookups do.
try:
    square([1])
except TypeError as e:
    print('TypeError:', e)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        "The area, computed once."
        print('computing area')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area)
print(c.area)
print('area' in c.__dict__)
del c.area
print(c.area)
c.area = 100
print(c.area)
print(Circle.area.__doc__, Circle.area.attrname)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print('TypeError:', e)
