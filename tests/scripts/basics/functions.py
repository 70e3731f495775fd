def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 9, "z": 0}))

def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def kw_only(*, x=1, y):
    return x, y

print(kw_only(y=2), kw_only(x=5, y=6))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
c(); c(10)
print(c(), c.__name__, c.__qualname__)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, b=2), list(map(lambda p: p[0], [(1, 2), (3, 4)])))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))

def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a, b):
    """Adds two numbers."""
    return a + b

print(add(2, 3))

def with_doc():
    """Docstring here."""

print(with_doc.__doc__, with_doc(), add.__doc__)
def defaults(x, lst=[]):
    lst.append(x)
    return lst
print(defaults(1), defaults(2), defaults.__defaults__)
print((lambda: 42).__name__, f.__code__.co_varnames, f.__code__.co_argcount)
def gen_fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = gen_fib()
print([next(g) for _ in range(10)])
print(callable(f), callable(3), type(f).__name__, type(len).__name__)
