# PEP 479 (StopIteration inside a generator becomes RuntimeError), generator expressions and
# their scoping, and generators as lazy pipelines.
def leaks_stop():
    yield 1
    raise StopIteration("boom")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__cause__ is e.__context__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    next(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

def stop_async():
    yield 1
    raise StopAsyncIteration
try:
    list(stop_async())      # only StopIteration is converted in plain generators
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through", repr(e))

def returns_early():
    yield 1
    return
    yield 2
print(list(returns_early()))

# Generator expressions.
squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]), sorted(c for c in "bca"))
print(list((i, j) for i in range(3) for j in range(i)), dict((k, k * 2) for k in "ab"))
# The first iterable is evaluated at once, the rest lazily.
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g = (y for x in [1] for y in x)
try:
    next(g)
except TypeError as e:
    print("TypeError on first next:", e)
x = "outer"
g = (x for _ in range(2))
print(list(g))
def scope():
    n = 10
    return list(n + i for i in range(3))
print(scope())
class Klass:
    values = [1, 2]
    doubled = [v * 2 for v in values]
    total = sum(v for v in values)
print(Klass.doubled, Klass.total)

# Pipelines.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
evens = (n for n in numbers() if n % 2 == 0)
print(list(take(5, evens)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(list(zip(fib(), "abc")), list(map(lambda p: p * 2, take(4, fib()))))
def lines():
    for text in ["a b", "", "c"]:
        yield text
words = (w for line in lines() for w in line.split())
print(list(words))

# A generator raising inside a for loop cleans up its frame.
def raiser():
    yield 1
    raise ValueError("inside")
try:
    for v in raiser():
        print("value", v)
except ValueError as e:
    print("ValueError:", e)
