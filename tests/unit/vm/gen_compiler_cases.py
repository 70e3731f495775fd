#!/usr/bin/env python3
"""Generates the CPython-derived case tables of the compiler's unit tests.

    python3 tests/unit/vm/gen_compiler_cases.py     (writes the three .inc files)

compile_error_cases.inc: snippets that CPython's compiler (symbol table or code generator, not the
parser) rejects, with the message and location of the SyntaxError.

front_case_verdicts.inc: whether CPython compiles each snippet of tests/unit/front/cases (some are
parser tests that only the compiler rejects), and its message when it does not.

line_cases.inc: for snippets whose instructions raise exceptions on known lines, the line of every
call, binary operator, attribute load, subscript, comparison, attribute store and raise, per code
object, as CPython 3.11 compiles them. These are the lines tracebacks show, so minipy must agree.
"""
import ast
import dis
import os
import types

HERE = os.path.dirname(os.path.abspath(__file__))

# (minipy's parser reports "default 'except:' must be last" itself, with CPython 3.12's location, so
# that case is not here.)
ERROR_CASES = [
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x: int\n    global x",
    "def f(x):\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f():\n    print(x)\n    nonlocal x",
    "nonlocal x",
    "def f():\n    nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 1",
    "def f(a, *a): pass",
    "x = [(yield 1) for y in z]",
    "def f():\n    x = [(yield 1) for y in z]",
    "def f():\n    x = {(yield 1) for y in z}",
    "def f():\n    x = {(yield 1): 1 for y in z}",
    "def f():\n    x = ((yield 1) for y in z)",
    "def f():\n    x = [(yield from z) for y in z]",
    "return 1",
    "class C:\n    return 1",
    "yield 1",
    "class C:\n    yield 1",
    "x = yield from y",
    "await x",
    "def f():\n    await x",
    "def f():\n    yield\n    await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: (await x)",
    "break",
    "continue",
    "def f():\n  for x in y:\n    def g():\n      continue",
    "for x in y: pass\nelse: break",
    "while x:\n    pass\nelse:\n    continue",
    "async with a: pass",
    "def f():\n    async with a: pass",
    "def f():\n    async for x in y: pass",
    "async for x in y: pass",
    "class C:\n    [(y := 1) for x in z]",
    "def f():\n    class C:\n        [(y := 1) for x in z]",
    "[(x := 1) for x in z]",
    "[[(j := 1) for i in x] for j in y]",
    "[x for x in (y := [1])]",
    "[i for i in range(3) for j in (i := range(2))]",
    "def f():\n    [x async for x in y]",
    "def f():\n    x = [await z for y in q]",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield from x",
    "__debug__ = 1",
    "del __debug__",
    "x.__debug__ = 1",
    "def f(__debug__): pass",
    "def f(*, __debug__=1): pass",
    "f(__debug__=1)",
    "import __debug__",
    "from m import __debug__",
    "def __debug__(): pass",
    "class __debug__: pass",
    "for __debug__ in x: pass",
    "a, *b, *c = x",
    "a, *b, c, d, *e = 1",
    "*a = x",
    "f(a=1, a=2)",
    "f(a=1, b=2, **k, a=3)",
    "def f():\n  from m import *",
    "class C:\n  from m import *",
    "x = 1\nfrom __future__ import annotations",
    "def f():\n  from __future__ import annotations",
    "from __future__ import nope",
    "from __future__ import braces",
    "from __future__ import annotations, nope",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    "from __future__ import annotations\ndef f() -> (y := 1): pass",
    "from __future__ import annotations\nasync def f(x: await y): pass",
    "from __future__ import annotations\nclass C:\n    x: (yield from z)",
    "".join("    " * i + "for x%d in y:\n" % i for i in range(21)) + "    " * 21 + "pass\n",
    "def f():\n" + "".join("    " * (i + 1) + "while x%d:\n" % i for i in range(21)) + "    " * 22 + "pass\n",
]

LINE_CASES = [
    "x = f(a,\n      b)\ny = g(\n    1)",
    "obj.method(\n    arg)\nobj.attr.method(\n    1,\n    2)",
    "r = (a\n     .b\n     .c())",
    "x = (a +\n     b *\n     c)",
    "x = [1,\n     f(),\n     g()]",
    "d = {'k':\n     f(1),\n     'j': g(2)}",
    "if (a.b and\n    c(1)):\n    d[1] = 2\nelif e < f:\n    raise g\nelse:\n    h.i = j",
    "while True:\n    n += f(n)\n    if n % 2 == 0:\n        break",
    "for i in range(\n        10):\n    total = total + i\nelse:\n    done()",
    "try:\n    f()\nexcept E as e:\n    g(e)\nelse:\n    h()\nfinally:\n    k()",
    "with a(1) as b, c(\n        2):\n    d(b)",
    "def f(x):\n    return x.y(\n        x.z)\nf(1)",
    "def f(a, b=g()):\n    def inner():\n        return a + b\n    return inner",
    "class C(B):\n    x = f(1)\n    def m(self):\n        return super().m() + self.v",
    "@dec(1)\n@other\ndef f():\n    pass",
    "l = [x * 2\n     for x in xs\n     if x > 0]",
    "g = (y.z\n     for y in ys)\ns = {k: v(1) for k, v in items}",
    "lam = lambda q: (q +\n                 1)",
    "def gen():\n    x = yield f()\n    yield from g(x)",
    "async def co():\n    await f()\n    async with g() as h:\n        await h.i()",
    "assert x.y, 'msg'\nassert f(\n    1) == 2",
    "a[1:2] = b[c]\ndel d.e\ndel f[g]",
    "x = a if b(1) else c.d",
    "t = 1 < a.b < c(2)",
    "def f(*args, **kwargs):\n    return g(*args,\n             **kwargs)",
    "raise ValueError(\n    'multi'\n    'line')",
    "s = f'{a.b}{c(1)!r}'",
    "import a.b\nfrom c import d\nx = a.b.c",
]

OPCLASS = {
    "CALL": "call", "CALL_FUNCTION_EX": "call", "CALL_KW": "call",
    "BINARY_OP": "binop",
    "LOAD_ATTR": "attr", "LOAD_METHOD": "attr",
    "BINARY_SUBSCR": "subscr", "BINARY_SLICE": "subscr",
    "COMPARE_OP": "compare", "IS_OP": "compare", "CONTAINS_OP": "compare",
    "STORE_ATTR": "storeattr",
    "RAISE_VARARGS": "raise",
}


def line_signature(src):
    co = compile(src, "t.py", "exec")
    entries = []

    def walk(c):
        items = []
        for ins in dis.get_instructions(c):
            cls = OPCLASS.get(ins.opname)
            if cls and ins.positions.lineno is not None:
                items.append(f"{cls}@{ins.positions.lineno}")
        entries.append((c.co_firstlineno, c.co_qualname, " ".join(items)))
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                walk(k)

    walk(co)
    entries.sort()
    return "".join(f"{q}:{l}|{s}\n" for l, q, s in entries)


def cstr(s):
    out = '"'
    for ch in s:
        if ch == "\n":
            out += "\\n"
        elif ch in '"\\':
            out += "\\" + ch
        else:
            out += ch
    return out + '"'


def front_cases():
    """CPython's verdict on every snippet of the front end's test corpus."""
    d = os.path.join(HERE, "..", "front", "cases")
    out = []
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        src = open(os.path.join(d, name), encoding="utf-8").read()
        try:
            compile(src, name, "exec")
            out.append((name, ""))
        except SyntaxError as e:
            out.append((name, e.msg))
    return out


def main():
    with open(os.path.join(HERE, "compile_error_cases.inc"), "w") as f:
        f.write("// Generated by gen_compiler_cases.py from CPython %s; do not edit.\n" % ".".join(map(str, __import__("sys").version_info[:3])))
        f.write("// {source, message, lineno, offset, end_lineno, end_offset}\n")
        for src in ERROR_CASES:
            ast.parse(src)   # must be a compiler error, not a parser error
            try:
                compile(src, "t.py", "exec")
            except SyntaxError as e:
                end_off = e.end_offset if e.end_offset is not None else 0
                f.write("{%s, %s, %d, %d, %d, %d},\n" % (cstr(src), cstr(e.msg), e.lineno, e.offset, e.end_lineno or 0, end_off))
            else:
                raise SystemExit("no error: " + repr(src))
    with open(os.path.join(HERE, "front_case_verdicts.inc"), "w") as f:
        f.write("// Generated by gen_compiler_cases.py from CPython %s; do not edit.\n" % ".".join(map(str, __import__("sys").version_info[:3])))
        f.write("// {file in tests/unit/front/cases, CPython's SyntaxError message or \"\" when it compiles}\n")
        for name, msg in front_cases():
            f.write("{%s, %s},\n" % (cstr(name), cstr(msg)))
    with open(os.path.join(HERE, "line_cases.inc"), "w") as f:
        f.write("// Generated by gen_compiler_cases.py from CPython %s; do not edit.\n" % ".".join(map(str, __import__("sys").version_info[:3])))
        f.write("// {source, per code object \"qualname:firstlineno|class@line ...\" sorted by line}\n")
        for src in LINE_CASES:
            f.write("{%s,\n %s},\n" % (cstr(src), cstr(line_signature(src))))


main()
