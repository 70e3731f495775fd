# gc: the module's interface and the cycle collector behind it.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.garbage, gc.callbacks, len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked('text'), gc.is_tracked([]), gc.is_tracked(None))
x, y = [1], {'k': 'v'}
print(sorted(map(id, gc.get_referents([x, y]))) == sorted([id(x), id(y)]), gc.get_referents(1, 2.5))
print(gc.is_finalized(object()), gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(), lambda: gc.collect('a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)

# The collector frees reference cycles, finalizers included.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("finalized", self.name)


gc.collect()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print("cycle dropped")
print(gc.collect() > 0)
cycle = [1]
cycle.append(cycle)
del cycle
print(gc.collect() > 0, gc.collect())
