"""Reference counting and the cycle collector, watched through weak references.

minipy (like CPython) frees an object the moment its last reference goes: a weak reference
answers None right after `del`.  Objects that refer to each other in a cycle keep their counts
above zero, so only the cycle collector (gc.collect(), or automatically after enough
allocations) frees them.  Run it with `minipy examples/refcount_and_cycles.py` or `python3`:
the output is the same.
"""
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return f"Node({self.name!r})"


def report(what, ref):
    print(f"{what:<45} -> {ref()}")


gc.disable()          # so that only our own gc.collect() call frees cycles

a = Node("a")
print("references to a:", sys.getrefcount(a) - 1, "(getrefcount's own argument not counted)")
b = a
print("after b = a:", sys.getrefcount(a) - 1)
ref_a = weakref.ref(a, lambda r: print("   callback: a was freed"))
del b
report("del b (a still referenced)", ref_a)
del a
report("del a (the last reference)", ref_a)

x, y = Node("x"), Node("y")
x.peer, y.peer = y, x                     # a reference cycle
weakref.finalize(x, print, "   finalize: x was freed")
ref_x = weakref.ref(x)
del x, y
report("del x, y (the cycle keeps both alive)", ref_x)
found = gc.collect()   # how many depends on the layout: minipy counts the instance dicts too
report("gc.collect() (frees the cycle)", ref_x)
gc.enable()
