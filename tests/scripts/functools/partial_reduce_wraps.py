# functools: partial (calls, repr, flattening, keywords), reduce, wraps/update_wrapper.
import functools
from functools import partial, reduce, wraps, update_wrapper


def power(base, exp=2, *, mod=None):
    "Raise base to exp."
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(3), cube(3, mod=5))
print(square.func is power, square.args, square.keywords)

p = partial(print, 'a', sep='-')
print(repr(p))
p('b', 'c')
p2 = partial(p, 'x', end='!\n')
print(repr(p2))
p2('y')
print(repr(partial(max, 1, 2)))
print(repr(partial(sorted, key=len)))
print(partial(int, base=16)('ff'))
print(list(map(partial(int, base=2), ['101', '111'])))

try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)

# Keywords given at call time override the stored ones.
print(partial(power, exp=3)(2, exp=5))

# partial objects have a __dict__.
square.note = 'hello'
print(square.note)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name: str) -> str:
    """Say hello."""
    return 'hello ' + name


print(greet('bob'))
print(greet.__name__, greet.__doc__, greet.__annotations__, greet.__qualname__)
print(greet.__wrapped__('raw'))
print(greet.__module__)


def plain():
    pass


def original():
    "orig doc"
original.custom = 42
update_wrapper(plain, original)
print(plain.__name__, plain.__doc__, plain.custom, plain.__wrapped__ is original)

update_wrapper(plain, original, assigned=('__doc__',), updated=())
print(functools.WRAPPER_UPDATES)
print('__module__' in functools.WRAPPER_ASSIGNMENTS)


class Counter:
    def __init__(self, func):
        update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *a):
        self.calls += 1
        return self.func(*a)


@Counter
def add(a, b):
    "Add two numbers."
    return a + b


print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__)
