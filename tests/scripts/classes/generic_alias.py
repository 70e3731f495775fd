# PEP 585 generic aliases of the builtin classes (list[int]) and PEP 560 __mro_entries__.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list["x"], set[frozenset[int]])
alias = list[int]
print(alias.__origin__, alias.__args__, alias.__parameters__, alias == list[int], alias != list[str])
print(hash(alias) == hash(list[int]), type(alias).__name__, alias([1, 2]), alias.append, type(alias()))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList.__mro__, MyList([1]) + [2])
for check in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
class Local:
    pass
print(list[Local], dict[Local, tuple[Local, ...]])

# A class that computes its own bases.
class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class FromStand(Stand(), metaclass=type):
    pass
print(FromStand.__bases__, len(FromStand.__orig_bases__), FromStand(a=1))
class BadEntries:
    def __mro_entries__(self, bases): return [int]
try:
    class Nope(BadEntries()): pass
except TypeError as e:
    print("TypeError:", e)
