def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)


def delegator():
    r = yield from countdown(3)
    print("sub returned", r)
    yield "end"


print(list(delegator()))


def catcher():
    try:
        yield 1
    except ValueError as err:
        yield f"caught {err}"
    yield "after"


c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))


def closer():
    try:
        yield 1
    finally:
        print("closed")


cl = closer()
next(cl)
cl.close()
print(cl.gi_running if hasattr(cl, "gi_running") else "")
squares = (x * x for x in range(5))
print(sum(squares), list(squares))


def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    return [e * 10 for e in evens]


print(pipeline())


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(zip(countdown(3), "abc")), dict(enumerate(countdown(2))))


def infinite():
    i = 0
    while True:
        yield i
        i += 1


for v in infinite():
    if v > 3:
        break
print(v)
