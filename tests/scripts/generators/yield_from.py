# yield from: delegation of values, send, throw and close, the result of the subgenerator, and
# delegation to iterators that are not generators.
def inner():
    try:
        v = yield "i1"
        print("inner got", v)
        v = yield "i2"
        print("inner got", v)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "after throw"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer done"

o = outer()
print(next(o), o.send(1), o.throw(KeyError("k")), next(o))
try:
    next(o)
except StopIteration:
    print("outer finished")

o = outer()
next(o)
o.close()
print("closed", o.gi_frame)

o = outer()
next(o)
try:
    o.throw(ValueError("not handled inside"))
except ValueError as e:
    print("propagated", e)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], range(3, 5), "ab", (x * x for x in range(3)), {"k": 1})))

def sub():
    yield 1
    yield 2
    return 3
def deleg():
    x = yield from sub()
    yield x
print(list(deleg()))

def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right
t = tree(3)
leaves = []
try:
    while True:
        leaves.append(next(t))
except StopIteration as e:
    print(len(leaves), e.value)

# Delegating to an iterator without send/throw/close.
class Plain:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("plain done")
        return self.i
def over_plain():
    r = yield from Plain()
    yield ("result", r)
print(list(over_plain()))
p = over_plain()
next(p)
try:
    p.send("x")
except AttributeError as e:
    print("AttributeError:", e)
p = over_plain()
next(p)
try:
    p.throw(ValueError("into plain"))
except ValueError as e:
    print("thrown through plain:", e)
p = over_plain()
next(p)
p.close()
print("plain closed")

# throw() into a subgenerator that handles it and returns.
def handles_and_returns():
    try:
        yield 1
    except ValueError:
        return "handled"
def wraps():
    r = yield from handles_and_returns()
    yield r
w = wraps()
next(w)
print(w.throw(ValueError))

# close() propagates GeneratorExit into the subgenerator first.
def noisy_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner saw GeneratorExit")
        raise
def noisy_outer():
    try:
        yield from noisy_inner()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
n = noisy_outer()
next(n)
n.close()

# The subgenerator's StopIteration value when it returns a tuple or None.
def returns_tuple():
    yield
    return (1, 2)
def get_tuple():
    v = yield from returns_tuple()
    print("tuple result", v)
for _ in get_tuple():
    pass
def returns_none():
    return
    yield
def get_none():
    v = yield from returns_none()
    print("none result", v)
    yield "x"
print(list(get_none()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
