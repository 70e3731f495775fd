# Generators: yield, yield from, send, throw, close, return values; coroutines driven by hand.
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y

g = gen()
print(next(g))
print(g.send(10))
try:
    g.send("end")
except StopIteration as e:
    print("stop", e.value)

def delegator():
    r = yield from gen()
    print("inner returned", r)
    yield "last"

d = delegator()
print(next(d), d.send(5))
print(d.send("R"))

def catcher():
    while True:
        try:
            v = yield
            print("value", v)
        except ValueError as e:
            print("caught", e)
        finally:
            print("loop finally")

c = catcher()
next(c)
c.send(1)
c.throw(ValueError("boom"))
c.close()

def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")

def outer():
    yield from sub()

o = outer()
print(next(o))
o.close()

def throw_through():
    try:
        yield from sub()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"

t = throw_through()
next(t)
print(t.throw(KeyError("k")))

def genexp_scope():
    xs = [1, 2, 3]
    return list(x + len(xs) for x in xs)
print(genexp_scope())

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return v * 2

async def coro():
    r = await Awaitable()
    return r + 1

co = coro()
print(co.send(None))
try:
    co.send(20)
except StopIteration as e:
    print("coroutine returned", e.value)

async def agen():
    for i in range(3):
        yield i

async def consume():
    out = []
    async for v in agen():
        out.append(v)
    out2 = [v async for v in agen()]
    return out, out2

cc = consume()
try:
    cc.send(None)
except StopIteration as e:
    print("async for:", e.value)

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

async def use_acm():
    async with ACM() as r:
        return r

u = use_acm()
try:
    u.send(None)
except StopIteration as e:
    print("async with:", e.value)
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
