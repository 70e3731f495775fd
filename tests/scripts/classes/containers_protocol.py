# Container and iteration protocols implemented in Python and used by builtins and the VM.
class Store:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __contains__(self, k): print("contains", k); return k in self.d
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __setitem__(self, k, v): print("setitem", k, v); self.d[k] = v
    def __delitem__(self, k): print("delitem", k); del self.d[k]
s = Store()
s["a"] = 1
s[1, 2] = 5
print(s["a"], "a" in s, "b" in s, "b" not in s, len(s), bool(s))
del s["a"]
print(s[1, 2], s[(1, 2)])
try:
    s["zz"]
except KeyError as e:
    print("KeyError", e)
s["n"] = 0
s["n"] += 5        # getitem then setitem
print(s.d)

class Slicer:
    def __getitem__(self, k): return k
sl = Slicer()
print(sl[1:2], sl[::2], sl[1:2, 3], sl[...], sl[:, None])

# Iteration through __getitem__ (the old sequence protocol).
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), sorted(Seq(), reverse=True), [x for x in Seq()])
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "done"), type(it).__name__)
a, b, c = Seq()
print(a, b, c)

# The iterator protocol.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], *Countdown(3), max(Countdown(5)))
print(dict(zip(Countdown(3), "abc")), tuple(enumerate(Countdown(2))), set(Countdown(3)) == {0, 1, 2})
for x in Countdown(2):
    print("loop", x)
class IterReturnsNonIterator:
    def __iter__(self): return 5
try:
    iter(IterReturnsNonIterator())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in IterReturnsNonIterator(): pass
except TypeError as e:
    print("TypeError:", e)
class NotIterable: pass
for expr in ["iter(NotIterable())", "list(NotIterable())", "next(NotIterable())", "len(NotIterable())",
             "NotIterable()[0]", "1 in NotIterable()", "reversed(NotIterable())"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
try:
    for _ in NotIterable(): pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = NotIterable()
except TypeError as e:
    print("TypeError:", e)
try:
    del NotIterable()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()[0] = 1
except TypeError as e:
    print("TypeError:", e)

# __reversed__, __length_hint__ and a __next__ that raises something else.
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class SeqLen:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(SeqLen())))
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    list(Boom())
except ValueError as e:
    print("ValueError:", e)

# iter(callable, sentinel).
values = [1, 2, 3, 0, 4]
print(list(iter(lambda: values.pop(0), 0)), values)

# __call__.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, **kw): return (self.n + x, rest, kw)
add = Adder(10)
print(add(1), add(1, 2, k=3), callable(add), callable(Adder), callable(1), list(map(Adder(1), [1, 2])))

# Context managers.
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer", True), CM("inner") as w:
    print("body", w)
    raise ValueError("inner error")
print("after with")
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
try:
    with CM("noswallow"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
class OnlyEnter:
    def __enter__(self): pass
for obj in [1, OnlyEnter()]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
