# dict: insertion order through deletions, views and their set operations, errors, subclasses.
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = "back"
print(d)
print(list(d.keys()), list(d.values())[:3], list(d.items())[:2])
print(d.popitem(), d.pop(1), d.pop(99, "default"), d.setdefault(5), d.setdefault(42, "new"))
print(list(reversed(d)))

k = {"a": 1, "b": 2, "c": 3}.keys()
print(k & {"b", "z"}, sorted(k - {"a"}), sorted(k | {"q"}), k ^ {"a", "x"} == {"b", "c", "x"})
print({"a": 1}.items() <= {"a": 1, "b": 2}.items(), ("a", 1) in {"a": 1}.items())
print({"x": 1} | {"y": 2}, dict(a=1, b=2) == {"b": 2, "a": 1})
e = {"x": 1}
e |= [("y", 2)]
e.update(z=3)
print(e)

def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

show(lambda: {}["missing"])
show(lambda: {}.popitem())
show(lambda: dict([(1, 2, 3)]))
show(lambda: {[]: 1})
show(lambda: hash({}))

def mutate():
    m = {1: 1, 2: 2}
    for key in m:
        m[key + 10] = 0
show(mutate)

class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value

dd = Default()
print(dd["x"], dd["y"], dd["x"], dd)
print(dict.fromkeys("abc", 0), Default.fromkeys([1]))
self_ref = {}
self_ref["me"] = self_ref
print(self_ref)
print(dict(zip("abc", range(3))), {i: str(i) for i in range(3)})
