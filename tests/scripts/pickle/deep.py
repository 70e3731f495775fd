# Deeply nested values: the writer recurses (two Python frames per level, as deep as CPython's C
# pickler allows within a few levels) and reports CPython's RecursionError; the reader does not recurse.
import pickle, sys
for depth in (100, 300, 600, 900):
    x = []
    for _ in range(depth):
        x = [x]
    try:
        d = pickle.dumps(x)
        y = pickle.loads(d)
        print(depth, len(d), 'ok')
    except RecursionError as e:
        print(depth, 'RecursionError', e)
print(sys.getrecursionlimit())
