# Introspection builtins: type, isinstance, issubclass, id, hash, callable, getattr, setattr,
# hasattr, delattr, vars, dir, globals, locals, repr, str, ascii, format.
def t(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)

class C:
    cls_attr = 1
    def __init__(self): self.x = 1
    def method(self): pass
c = C()
for e in [
    "type(1)", "type('a')", "type(None)", "type(type)", "type(c)", "type()", "type(1, 2)",
    "isinstance(1, int)", "isinstance(True, int)", "isinstance(1, (str, int))", "isinstance(1)", "isinstance(1, 1)",
    "issubclass(bool, int)", "issubclass(int, (str, object))", "issubclass(int)", "issubclass(1, int)", "issubclass(C, object)",
    "id(c) == id(c)", "id(1) == id(2)", "id()", "hash(1)", "hash('a') == hash('a')", "hash((1, 2)) == hash((1, 2))",
    "hash(1.0) == hash(1)", "hash(-1)", "hash(2**61 - 1)", "hash(2**61)", "hash(0.5)", "hash(None) == hash(None)", "hash([])",
    "hash({})", "hash(set())", "hash(frozenset()) == hash(frozenset())", "hash(c) == hash(c)", "hash()", "hash(1, 2)",
    "callable(len)", "callable(C)", "callable(c)", "callable(c.method)", "callable(1)", "callable()", "callable(lambda: 0)",
    "getattr(1, 'real')", "getattr(1, 'nope')", "getattr(1, 'nope', 5)", "getattr(1, 2)", "getattr(1)", "getattr(c, 'x')",
    "getattr(C, 'cls_attr')", "getattr(c, 'method') == c.method", "getattr(1, 'a', 2, 3)",
    "hasattr(1, 'real')", "hasattr(1, 2)", "hasattr(c, 'x')", "hasattr(c, 'y')", "hasattr(1)",
    "setattr(c, 'y', 2)", "c.y", "setattr(1, 'x', 2)", "setattr(c, 1, 2)", "setattr(c)", "delattr(c, 'y')", "hasattr(c, 'y')",
    "delattr(c, 'y')", "delattr(1, 'real')", "delattr(c)",
    "vars(c)", "vars(1)", "vars(C)['cls_attr']", "vars(1, 2)", "sorted(vars(C))[:3]",
    "[n for n in dir(c) if not n.startswith('_')]", "dir(1)[:3]", "dir(1, 2)", "'append' in dir(list)",
    "repr('a')", "repr(\"it's\")", "repr('a\\nb\\x00')", "repr()", "repr(1.0)", "repr([1, 'a', None])", "repr(c)[:11]",
    "str(1)", "str(b'a', 'utf-8')", "str(b'a')", "str(1, 2)", "str()", "str(object='x')", "str(b'\\xff', 'utf-8', 'replace')",
    "ascii('é')", "ascii('a\\u1234\\U0001F600')", "ascii([1, 'ü'])",
    "format(3.14159, '.2f')", "format(5, 'b')", "format('a', '>3')", "format(1, 'z')", "format([1])", "format(1, 2)",
    "format(c, '')[:11]", "format(c, 'x')", "format()", "format(1234567, ',')", "format(0.5, '%')", "format(True, 'd')",
]:
    t(e)

print(globals() is globals(), "t" in globals(), globals()["__name__"])
def show_locals(a, b=2):
    local_var = a + b
    return sorted(locals().items())
print(show_locals(1))
def vars_no_args():
    v = 1
    return vars()
print(vars_no_args())
class Body:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Body.names)
x = 10
def closure():
    y = 5
    def inner():
        return x + y, sorted(locals())
    return inner()
print(closure())
print(isinstance(locals(), dict), locals() is globals())
