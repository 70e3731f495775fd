# send(), throw() and close() on plain generators, the value of StopIteration, and the
# generator's state attributes.
def echo():
    received = yield "ready"
    while True:
        if received == "stop":
            return "stopped"
        received = yield f"got {received}"

g = echo()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else "")
print(next(g), g.send(1), g.send("two"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(g.gi_frame)
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)
try:
    g.send(1)
except StopIteration:
    print("send to exhausted")

fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("one")))
print(next(c))
print(c.throw(ValueError))
print(c.throw(ValueError, ValueError("three")) if False else next(c))
try:
    c.throw(KeyError("uncaught"))
except KeyError as e:
    print("propagated", e)
print(c.gi_frame)

def not_started():
    print("body never runs")
    yield
ns = not_started()
try:
    ns.throw(RuntimeError("at start"))
except RuntimeError as e:
    print("thrown at start:", e)
ns.close()

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup runs")
cl = cleanup()
next(cl)
cl.close()
cl.close()   # closing twice is harmless
print(list(cl))
cl2 = cleanup()
next(cl2)
del cl2      # the last reference goes: close() runs
print("after del")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value is dropped"
r = returns_on_exit()
next(r)
print(r.close())

def finally_returns():
    try:
        yield 1
    finally:
        return 5
fr = finally_returns()
next(fr)
try:
    fr.throw(ValueError)
except StopIteration as e:
    print("return in finally:", e.value)

def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = -1
        i += 1
ct = counter(3)
print(next(ct), next(ct), ct.send("reset"), next(ct), next(ct), next(ct, "end"))

def gen_name(): yield
gn = gen_name()
print(gen_name.__name__, gn.__name__, gn.__qualname__, type(gn).__name__, repr(gn).startswith("<generator object gen_name at"))
print(iter(gn) is gn, gn.gi_code.co_name, gn.gi_running)
gn.__name__ = "renamed"
print(gn.__name__)
