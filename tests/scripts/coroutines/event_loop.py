# A tiny hand-written event loop driving coroutines with coro.send(None): awaitables with
# __await__, tasks that sleep by yielding, results through StopIteration.
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield self
        return self.ticks

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        tick = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                awaited = coro.send(None)
                print(f"tick {tick}: {name} waits on {type(awaited).__name__}")
                self.ready.append((name, coro))
            except StopIteration as e:
                print(f"tick {tick}: {name} finished with {e.value!r}")
                self.results[name] = e.value
            tick += 1
        return self.results

async def worker(name, ticks):
    slept = await Sleep(ticks)
    return f"{name} slept {slept}"

async def parent():
    a = await worker("child-a", 1)
    b = await worker("child-b", 2)
    return [a, b]

loop = Loop()
loop.spawn("w1", worker("w1", 2))
loop.spawn("p", parent())
loop.spawn("w2", worker("w2", 0))
print(loop.run())

# Coroutine objects.
async def compute(x):
    return x * 2
c = compute(1)
print(type(c).__name__, c.__name__, c.__qualname__, repr(c).startswith("<coroutine object compute at"))
print(c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value, c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = compute(2)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def thrower():
    try:
        await Sleep(5)
    except ValueError as e:
        print("coroutine caught", e)
        return "handled"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("injected"))
except StopIteration as e:
    print("result", e.value)
t = thrower()
t.send(None)
t.close()
print("closed while suspended", t.cr_frame)

async def nested_await():
    total = 0
    for i in range(3):
        total += await compute(i)
    return total
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(nested_await()))

# Awaiting things that are not awaitable.
class NoAwait: pass
class BadAwait:
    def __await__(self): return 5
class GenAwait:
    def __await__(self):
        yield from ()
        return "from generator __await__"
async def await_it(obj):
    return await obj
for obj in [NoAwait(), 5, BadAwait(), GenAwait()]:
    try:
        print(run(await_it(obj)))
    except TypeError as e:
        print("TypeError:", e)
def plain_gen():
    yield
try:
    run(await_it(plain_gen()))
except TypeError as e:
    print("TypeError:", e)
co = compute(3)
async def await_twice():
    a = await co
    b = await co
try:
    run(await_twice())
except RuntimeError as e:
    print("RuntimeError:", e)
