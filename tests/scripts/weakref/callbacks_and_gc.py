# When weak references die and what their callbacks see: reference counting frees at once,
# cycles are found by gc.collect(); a failing callback is reported and ignored.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Node(%s)' % self.name

log = []
n = Node('a')
r1 = weakref.ref(n, lambda r: log.append(('first', r() is None)))
r2 = weakref.ref(n, lambda r: log.append(('second', r is r2)))
del n
print('refcount death:', log)

# a callback-less reference dies quietly; a reference that dies first never calls back
log.clear()
n = Node('b')
r3 = weakref.ref(n, lambda r: log.append('never'))
del r3
del n
print('dead reference, no callback:', log)

# cycles: the referent is garbage; callbacks of live references run during collection
log.clear()
a, b = Node('a'), Node('b')
a.peer, b.peer = b, a
watch = weakref.ref(a, lambda r: log.append('cycle member collected'))
del a, b
print('before collect:', log, watch() is not None)
found = gc.collect()
print('after collect:', log, watch(), found >= 2)

# a reference that is itself part of the garbage does not call back
log.clear()
c = Node('c')
c.self_ref = weakref.ref(c, lambda r: log.append('garbage callback'))
c.loop = c
del c
gc.collect()
print('garbage reference:', log)

# __del__ runs first and still sees its weak references; resurrection keeps them
saved = []
class Phoenix:
    def __del__(self):
        print('__del__: weakref alive =', phoenix_ref() is self)
        saved.append(self)
p = Phoenix()
phoenix_ref = weakref.ref(p, lambda r: print('phoenix callback'))
del p
print('resurrected:', phoenix_ref() is saved[0])
saved.clear()
print('after final release:', phoenix_ref())

# an exception in a callback goes to sys.unraisablehook (by default: printed to stderr) and the
# program goes on
import sys
def show_unraisable(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__,
          u.exc_traceback.tb_frame.f_code.co_name)
sys.unraisablehook = show_unraisable
def bad_callback(r):
    raise ValueError('callback failed')
n = Node('d')
r4 = weakref.ref(n, bad_callback)
del n
print('still running')
sys.unraisablehook = sys.__unraisablehook__

# getweakrefs order: the plain reference first, then the newest callback references
n = Node('e')
plain = weakref.ref(n)
cb1 = weakref.ref(n, print)
cb2 = weakref.ref(n, print)
print([r is plain for r in weakref.getweakrefs(n)], weakref.getweakrefs(n) == [plain, cb2, cb1])
print(n.__weakref__ is plain)

# a WeakValueDictionary used as a cache loses entries as soon as the values go
cache = weakref.WeakValueDictionary()
def load(name):
    node = cache.get(name)
    if node is None:
        node = Node(name)
        cache[name] = node
        print('loaded', name)
    return node
x = load('x'); y = load('x'); print(x is y, len(cache))
del x, y
print(len(cache)); load('x')
