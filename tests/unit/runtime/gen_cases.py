#!/usr/bin/env python3
"""Produces the expected results of the runtime unit-test snippets with CPython.

Usage: python3 tests/unit/runtime/gen_cases.py            (regenerates every cases/*.inc)

Each cases/<topic>.txt holds one Python snippet per line (blank lines and lines starting with
'#' are skipped). A snippet is statements separated by ';'; its result is the repr of the last
expression, or the exception it raises. This script runs each snippet under python3 and writes
cases/<topic>.inc, a C++ table {snippet, expected} that <topic>_test.cpp includes and checks
with mini_eval.cpp, which evaluates the same snippet through minipy's runtime.

Lines of the form `@gen <name> <seed> <count>` expand into generated snippets (random operation
sequences on sets, dicts, sorts), with a fixed seed so the tables are reproducible.

The helper classes below are mirrored natively in mini_eval.cpp; keep both in sync.
"""
import operator
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# --- the prelude shared with mini_eval.cpp ----------------------------------------------------


class Cmp:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Cmp({self.n!r})"

    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        if self.n < 0 or other.n < 0:
            raise ValueError("boom")
        return self.n < other.n

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.n == other.n

    def __hash__(self):
        return hash(self.n)


class Collide:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Collide({self.n!r})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.n == other.n

    def __hash__(self):
        return 42


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        i = operator.index(i)
        if i < 0 or i >= self.n:
            raise IndexError("Seq index out of range")
        return i * 10

    def __len__(self):
        return self.n


class NoLen:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        i = operator.index(i)
        if i < 0 or i >= self.n:
            raise IndexError("Seq index out of range")
        return i * 10


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k + "!"


class Missing(dict):
    def __missing__(self, key):
        return key * 2


class Rev:
    def __reversed__(self):
        return iter("rev")


class MyList(list):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


_calls = 0


def counted_neg(x):
    global _calls
    _calls += 1
    return -x


def ncalls():
    global _calls
    n, _calls = _calls, 0
    return n


def lcg_set(seed, n, span):
    """n pseudo-random add/discard/pop operations on a set (the same generator as mini_eval.cpp)."""
    s = set()
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        k = (x >> 33) % span
        op = (x >> 20) % 10
        if op < 6:
            s.add(k)
        elif op < 9:
            s.discard(k)
        elif s:
            s.pop()
    return list(s)


PRELUDE = {k: v for k, v in globals().items()
           if k in ("Cmp", "Collide", "Seq", "NoLen", "Mapping", "Missing", "Rev", "MyList", "MySet",
                    "MyFrozen", "counted_neg", "ncalls", "lcg_set")}

# --- running snippets --------------------------------------------------------------------------


def run(snippet):
    import ast
    tree = ast.parse(snippet)
    env = dict(PRELUDE)
    env["__builtins__"] = __builtins__
    last = None
    try:
        body = tree.body
        if body and isinstance(body[-1], ast.Expr):
            exec(compile(ast.Module(body=body[:-1], type_ignores=[]), "<case>", "exec"), env)
            last = eval(compile(ast.Expression(body[-1].value), "<case>", "eval"), env)
        else:
            exec(compile(tree, "<case>", "exec"), env)
        return "OK " + repr(last)
    except Exception as e:  # noqa: BLE001 - every exception is a result
        text = str(e)
        return f"ERR {type(e).__name__}" + (f": {text}" if text else "")


# --- generated snippets --------------------------------------------------------------------------


def gen_setops(rng, count):
    """Random add/discard/remove/pop sequences on sets of ints; the result is the iteration order."""
    out = []
    for _ in range(count):
        span = rng.choice([8, 20, 64, 300, 5000, 1 << 40])
        lo = -span if rng.random() < 0.3 else 0
        s = set()
        stmts = ["s = set()"]
        for _ in range(rng.randint(1, 60)):
            r = rng.random()
            k = rng.randint(lo, span)
            if r < 0.6:
                stmts.append(f"s.add({k})")
                s.add(k)
            elif r < 0.85:
                stmts.append(f"s.discard({k})")
                s.discard(k)
            elif s:
                stmts.append("s.pop()")
                s.pop()
        stmts.append("list(s)")
        out.append("; ".join(stmts))
    return out


def gen_setalgebra(rng, count):
    """Set operators and methods between random int sets: the result order is CPython's."""
    ops = ["a | b", "a & b", "a - b", "a ^ b", "b - a", "a.union(b, c)", "a.intersection(b, c)",
           "a.difference(b, c)", "a.symmetric_difference(c)", "set(a)", "a.copy()",
           "frozenset(a) | b", "x = set(a); x |= b; x", "x = set(a); x &= b; x", "x = set(a); x -= b; x",
           "x = set(a); x ^= b; x", "x = set(a); x.update(b, c); x", "x = set(a); x.intersection_update(b, c); x",
           "x = set(a); x.difference_update(b, c); x", "x = set(a); x.symmetric_difference_update(list(b)); x",
           "a.union(list(b))", "a.intersection(list(b))", "a.difference(list(b))",
           "set(dict.fromkeys(a))", "x = set(a); x.update(dict.fromkeys(b)); x", "a <= b", "a < a | b",
           "a >= a & b", "a == set(a)", "a.isdisjoint(b)", "a.issubset(list(a) + [1000])", "a.issuperset(list(b))",
           "hash(frozenset(a)) == hash(frozenset(list(a)))", "hash(frozenset(a))"]
    out = []
    for _ in range(count):
        span = rng.choice([10, 40, 200, 1 << 33])
        sets = []
        for _ in range(3):
            n = rng.randint(0, 25)
            sets.append(sorted({rng.randint(-5, span) for _ in range(n)}, key=lambda _: rng.random()))
        a, b, c = (f"set({x!r})" for x in sets)
        out.append(f"a = {a}; b = {b}; c = {c}; {rng.choice(ops)}")
    return out


def gen_dictops(rng, count):
    """Random inserts, deletions, re-insertions, pops on dicts: the result is the item order."""
    out = []
    for _ in range(count):
        d = {}
        stmts = ["d = {}"]
        keyspace = rng.choice([5, 20, 100])
        strkeys = rng.random() < 0.4
        for _ in range(rng.randint(1, 80)):
            k = rng.randint(0, keyspace)
            key = repr(f"k{k}") if strkeys else repr(k)
            r = rng.random()
            if r < 0.55:
                v = rng.randint(0, 99)
                stmts.append(f"d[{key}] = {v}")
                d[eval(key)] = v
            elif r < 0.8:
                if eval(key) in d:
                    stmts.append(f"del d[{key}]")
                    del d[eval(key)]
                else:
                    stmts.append(f"d.pop({key}, None)")
            elif r < 0.9:
                stmts.append(f"d.setdefault({key}, 7)")
                d.setdefault(eval(key), 7)
            elif d:
                stmts.append("d.popitem()")
                d.popitem()
        stmts.append(rng.choice(["list(d.items())", "list(reversed(d))", "d", "list(d.values())",
                                 "d == dict(list(d.items())[::-1])"]))
        out.append("; ".join(stmts))
    return out


def gen_sorts(rng, count):
    """Sorting: stability with keys, reverse, duplicates, long runs, already-ordered input."""
    out = []
    for i in range(count):
        n = rng.choice([0, 1, 2, 5, 17, 64, 65, 200, 700])
        kind = i % 6
        if kind == 0:   # pairs sorted by their first item: stability shows in the second
            data = [(rng.randint(0, 5), j) for j in range(n)]
            rev = rng.random() < 0.5
            out.append(f"sorted({data!r}, key=lambda t: t[0], reverse={rev})")
        elif kind == 1:
            data = [rng.randint(-50, 50) for _ in range(n)]
            out.append(f"l = {data!r}; l.sort(reverse={rng.random() < 0.5}); l")
        elif kind == 2:   # ascending and descending runs
            data = list(range(n // 2)) + list(range(n, n // 2, -1)) + [rng.randint(0, n) for _ in range(n // 4)]
            out.append(f"sorted({data!r})")
        elif kind == 3:
            data = [f"s{rng.randint(0, 30)}" for _ in range(n)]
            out.append(f"sorted({data!r}, reverse=True)")
        elif kind == 4:   # key called once per item
            data = [rng.randint(0, 9) for _ in range(n)]
            out.append(f"ncalls(); l = {data!r}; l.sort(key=counted_neg); [l, ncalls()]")
        else:
            data = [(rng.randint(0, 3), rng.randint(0, 3)) for _ in range(n)]
            out.append(f"sorted({data!r})")
    return out


GENERATORS = {"setops": gen_setops, "setalgebra": gen_setalgebra, "dictops": gen_dictops, "sorts": gen_sorts}

# --- output ------------------------------------------------------------------------------------


def c_string(s):
    out = ['"']
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    out.append('"')
    return "".join(out)


def snippets_of(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@gen "):
            _, name, seed, count = line.split()
            yield from GENERATORS[name](random.Random(int(seed)), int(count))
        else:
            yield line


def main():
    for name in sorted(os.listdir(CASES)):
        if not name.endswith(".txt"):
            continue
        src = os.path.join(CASES, name)
        dst = os.path.join(CASES, name[:-4] + ".inc")
        rows = []
        for snippet in snippets_of(src):
            rows.append(f"{{{c_string(snippet)},\n {c_string(run(snippet))}}},")
        with open(dst, "w", encoding="utf-8") as f:
            f.write(f"// Generated by tests/unit/runtime/gen_cases.py from cases/{name} with "
                    f"Python {sys.version.split()[0]}. Do not edit.\n")
            f.write("\n".join(rows) + "\n")
        print(f"{dst}: {len(rows)} cases")


if __name__ == "__main__":
    main()
