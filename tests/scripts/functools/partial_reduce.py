# partial.__reduce__ gives (type, (func,), (func, args, keywords, __dict__ or None)) with the
# keywords dict even when it is empty, as CPython; pickles are python3's bytes, and pickling,
# copying and __setstate__ keep working.
import copy
import pickle
from functools import partial


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


class P(partial):
    pass


def show(p):
    cls, args, state = p.__reduce__()
    print(cls.__name__, args[0] is f, state[0] is f, state[1:])


p = partial(f)
show(p)
show(partial(f, 1, a=2))
show(P(f, b=3))
q = partial(f, 2)
q.x = 1
show(q)
r = partial(f)
r.__setstate__((f, (5,), None, None))
print(r.keywords)
show(r)

for obj in (partial(abs), partial(max, 1, key=abs), partial(f), P(f, 1, k=2), q):
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        if obj.func is not f:
            print(proto, data.hex())
        back = pickle.loads(data)
        print(' ', type(back).__name__, back.args, back.keywords, back.__dict__, back(-7))
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(' copies', c.args, c.keywords, d.args, d.keywords, d.__dict__, d(-8))
