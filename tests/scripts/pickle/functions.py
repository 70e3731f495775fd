# Functions, classes, methods and descriptors are pickled by reference (module + qualified name,
# or getattr(owner, name) for bound and builtin methods); the bytes must be python3's.
import functools
import operator
import os
import pickle


class A:
    def m(self):
        return 'm'

    @classmethod
    def c(cls):
        return 'c'

    @staticmethod
    def s():
        return 's'

    class Nested:
        def deep(self):
            return 'deep'


def top(x):
    return x * 2


a = A()
for x in [top, A, A.Nested, A.Nested.deep, os.path.join, a.m, A.c, A.s, A.m, [].append,
          operator.itemgetter(1), {}.get, str.upper, 'ab'.upper, object.__init__, len, max, print,
          zip, range, int.from_bytes, dict.fromkeys]:
    for p in range(6):
        try:
            d = pickle.dumps(x, p)
        except Exception as e:
            print(p, type(e).__name__, e)
            continue
        back = pickle.loads(d)
        print(p, d.hex(), type(back).__name__, getattr(back, '__name__', ''))
print(pickle.loads(pickle.dumps(a.m, 4))(), pickle.loads(pickle.dumps(A.Nested.deep, 2))(A.Nested()),
      pickle.loads(pickle.dumps(top))(21))
# functools.partial round-trips (its state has no keywords dict in minipy, so no byte check).
part = pickle.loads(pickle.dumps(functools.partial(max, 10), 4))
print(part(3, 20), part(1))
