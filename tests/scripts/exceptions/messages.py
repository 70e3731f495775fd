# CPython's messages for the common errors raised by the language and the builtin types.
def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

not_callable = (1, 2)
none_obj, half, letter = None, 1.5, "a"
cases = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: 1 // 0, lambda: 1.0 / 0, lambda: 1.5 % 0, lambda: divmod(1, 0),
    lambda: 2 ** -1 % 0, lambda: 0 ** -1, lambda: [][1], lambda: [1][-2], lambda: {}[1], lambda: {}["key"],
    lambda: "abc"[9], lambda: (1,)[5], lambda: range(3)[5], lambda: int("x"), lambda: int("12", 1),
    lambda: float("q"), lambda: "a" + 1, lambda: 1 + "a", lambda: [] + (), lambda: "a" * "b", lambda: -"a",
    lambda: ~1.5, lambda: None.x, lambda: [].x, lambda: len(1), lambda: not_callable(), lambda: none_obj(),
    lambda: [1, 2, 3].index(9), lambda: "abc".index("z"), lambda: next(iter([])), lambda: int(None),
    lambda: [] < 1, lambda: {} < {}, lambda: {}.pop(1), lambda: set().pop(), lambda: [].pop(), lambda: [].remove(1),
    lambda: chr(-1), lambda: ord("ab"), lambda: {[]: 1}, lambda: hash([]), lambda: {1, 2, []},
    lambda: undefined_name, lambda: (1, 2).append, lambda: "x".foo(), lambda: 1 .bar, lambda: int.baz,
    lambda: [1, 2][half], lambda: "abc"[letter], lambda: {}.fromkeys(1), lambda: list(1), lambda: tuple(None),
    lambda: iter(5), lambda: sum(["a", "b"]), lambda: sorted([1, "a"]), lambda: min([]), lambda: max(1),
    lambda: "{}".format(), lambda: "{0}{1}".format(1), lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%d" % (1, 2),
    lambda: bytes("abc"), lambda: b"a" + "b", lambda: "a" < b"a", lambda: int("9" * 5000) if False else 0,
    lambda: [1, 2, 3][::0], lambda: list(range(3)).insert(), lambda: (lambda x: x)(), lambda: dict(a=1)["b"],
    lambda: {"a": 1}.__getitem__("b"), lambda: frozenset().add, lambda: 10 ** 10 ** 10 if False else 0,
    lambda: round(1.5, "a"), lambda: abs("a"), lambda: pow(2, 0.5, 3), lambda: [].sort(key=1),
    lambda: "x".join([1]), lambda: "abc".split(""), lambda: "a".center(1, "xy"), lambda: int.from_bytes(1),
    lambda: (1).to_bytes(1, "big") and (300).to_bytes(1, "big"), lambda: bytearray(-1), lambda: b"abc".decode("nope"),
    lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"), lambda: memoryview if False else object().__dict__,
    lambda: setattr(object(), "a", 1), lambda: exec("x ="), lambda: eval("1 +"), lambda: compile("x", "f", "nope"),
    lambda: __import__("no_such_module_here"),
]
for case in cases:
    show(case)

def unbound():
    print(local_var)
    local_var = 1
show(unbound)
def free_var():
    def inner():
        return captured
    inner_result = inner
    del_me = 1
    return inner_result
def make_closure_error():
    def inner():
        return y
    y = 1
    del y
    return inner()
show(make_closure_error)
def recursion(n):
    return recursion(n + 1)
show(lambda: recursion(0))
class Uncomparable: pass
show(lambda: Uncomparable() < Uncomparable())
show(lambda: sorted([Uncomparable(), Uncomparable()]))
show(lambda: Uncomparable() + 1)
show(lambda: 1 - Uncomparable())
show(lambda: Uncomparable()[0])
show(lambda: Uncomparable()())
show(lambda: len(Uncomparable()))
show(lambda: iter(Uncomparable()))
show(lambda: Uncomparable().attr)
