# async for, async with, async generators (asend/athrow/aclose) and async comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class AsyncRange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick()
        return self.i

class Session:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress

async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10

async def main():
    async for v in AsyncRange(3):
        print("async for", v)
    async with Session("db") as s:
        print("inside", s)
    async with Session("quiet", True):
        raise KeyError("suppressed")
    async for v in agen(3):
        print("agen", v)
    print([x async for x in agen(4)], {x async for x in AsyncRange(2)}, [x for x in range(2)])
    print([x async for x in agen(5) if x > 10])
    return "main done"
print(run(main()))

async def raising_body():
    async with Session("err"):
        raise ValueError("propagates")
try:
    run(raising_body())
except ValueError as e:
    print("ValueError:", e)

# An async generator's methods.
async def guarded():
    try:
        received = yield 1
        print("guarded received", received)
        yield 2
    except KeyError as e:
        print("guarded caught", repr(e))
        yield "after throw"
    finally:
        print("guarded finally")

async def drive():
    g = guarded()
    print(type(g).__name__, g.__aiter__() is g, g.__name__, repr(g).startswith("<async_generator object guarded"))
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    g = guarded()
    await g.__anext__()
    print(await g.athrow(KeyError("k")))
    await g.aclose()
    g = guarded()
    await g.aclose()    # never started: nothing runs
    print("aclose before start")
    return "drive done"
print(run(drive()))

async def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
async def close_it():
    g = ignores_close()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
run(close_it())

async def stop_iteration_inside():
    yield 1
    raise StopIteration
async def consume():
    try:
        async for _ in stop_iteration_inside():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
run(consume())

# Errors of the protocols.
async def bad_for():
    async for x in 5:
        pass
async def bad_with():
    async with 5:
        pass
class NoAnext:
    def __aiter__(self): return self
async def bad_anext():
    async for x in NoAnext():
        pass
class BadAenter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def bad_aenter():
    async with BadAenter():
        pass
for coro_fn in [bad_for, bad_with, bad_anext, bad_aenter]:
    try:
        run(coro_fn())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
