# threading.local: attributes private to each thread, subclasses with __init__, cleanup.
import threading

data = threading.local()
data.x = "main"
seen = []


def worker(n):
    seen.append(("before", n, hasattr(data, "x")))
    data.x = n
    data.y = n * 10
    threading.Event().wait(0.01)      # let the other threads set theirs
    seen.append(("after", n, data.x, data.y, sorted(data.__dict__)))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for entry in sorted(seen, key=repr):
    print(entry)
print("main still sees:", data.x, hasattr(data, "y"), data.__dict__)

try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(data), threading.local.__name__, threading.local.__module__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


# A subclass: __init__ runs once per thread with the constructor's arguments; class attributes,
# methods and properties work as usual.
class MyLocal(threading.local):
    kind = "class attribute"
    inits = []

    def __init__(self, color, size=1):
        MyLocal.inits.append(threading.current_thread().name)
        self.color = color
        self.size = size

    def describe(self):
        return f"{self.color}/{self.size}"

    @property
    def double(self):
        return self.size * 2


mine = MyLocal("red", size=3)
mine.size = 5
results = []


def use_mine():
    results.append((mine.describe(), mine.double, mine.kind))
    mine.color = "blue"
    results.append(mine.describe())


t = threading.Thread(target=use_mine, name="helper")
t.start()
t.join()
print(results)
print(mine.describe(), mine.double, mine.kind, MyLocal.inits)
try:
    mine.nothing
except AttributeError as e:
    print("AttributeError:", e)


class WithGetattr(threading.local):
    def __getattr__(self, name):
        return "computed " + name


g = WithGetattr()
g.real = 1
print(g.real, g.other)


# Properties with setters are honoured too.
class WithSetter(threading.local):
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2


w = WithSetter()
w.v = 4
print(w.v, w._v)

# A thread's data is dropped when it ends: a new thread starts empty even if it reuses the ident.
store = threading.local()
flags = []


def fill():
    flags.append(hasattr(store, "token"))
    store.token = object()


for _ in range(20):
    t = threading.Thread(target=fill)
    t.start()
    t.join()
print("fresh every time:", flags == [False] * 20)

# A dropped local frees its data in every thread still running (here: the main thread and a
# waiting worker), so creating many short-lived locals does not pile up storage.
class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


release = threading.Event()
holder_ready = threading.Event()
shared = []


def hold():
    for loc in shared:
        loc.obj = Tracked()
    holder_ready.set()
    release.wait()


for _ in range(50):
    loc = threading.local()
    loc.obj = Tracked()
    shared.append(loc)
t = threading.Thread(target=hold)
t.start()
holder_ready.wait()
print("alive with 50 locals in two threads:", Tracked.alive)
shared.clear()
del loc
print("alive after dropping the locals:", Tracked.alive)
release.set()
t.join()
