# exec, eval and compile: namespaces, modes, code objects, and errors.
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}), eval("  3"))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
g = {"v": 1}
loc = {}
exec("w = v + 1", g, loc)
print(loc, "w" in g)
exec("z_global = 5")
print(z_global)
def in_function():
    exec("hidden = 1")
    return "hidden" in locals(), eval("1 + 1")
print(in_function())
code = compile("2 * 3", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code))
code = compile("print('from exec', n)", "<exec>", "exec")
exec(code, {"n": 42})
code = compile("7 * 6", "<single>", "single")
exec(code)     # 'single' prints expression values like the REPL
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
print(eval("len('abc')", {}), eval("len", {"__builtins__": {"len": "shadowed"}}))
print(exec("1") is None, eval("None"), eval("[i * i for i in range(3)]"), eval("(lambda q: q + 1)(1)"))
src = """
def gen():
    yield from range(3)
result = list(gen())
"""
scope = {}
exec(src, scope)
print(scope["result"])
print(eval(b"1 + 1"), eval("\\n1\\n".replace("\\n", "\n").strip()))

def t(stmt):
    try:
        stmt()
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: eval("1 +"))
t(lambda: eval("x = 1"))
t(lambda: exec("x ="))
t(lambda: exec("return 1"))
t(lambda: exec("break"))
t(lambda: eval(1))
t(lambda: exec(1))
t(lambda: eval("undefined_thing"))
t(lambda: eval("1", []))
t(lambda: eval("1", {}, 1))
t(lambda: exec("1", 1))
t(lambda: compile("1", "f", "bad"))
t(lambda: compile("x =", "myfile.py", "exec"))
t(lambda: compile(1, "f", "exec"))
t(lambda: compile("1", "f"))
t(lambda: compile())
t(lambda: eval())
t(lambda: exec())
t(lambda: eval("1", None, None, None))
try:
    compile("a b", "named.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("def f():\n    x = 1\n  y = 2\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
