"""PEP 563: under `from __future__ import annotations`, annotations are their source text."""
from __future__ import annotations


def f(a: int, b: "str" = "x", *args: tuple[int, ...], c: list[Undefined] | None, **kw: dict[str, 'A']) -> Forward:
    pass


for k, v in f.__annotations__.items():
    print(k, repr(v))


class C:
    x: int = 1
    y: Later
    z: a.b[c:d, ::2] = 3
    (p): int = 4
    self_ref: C


print(C.__annotations__, C.x, C.p)

exprs = []


def g(
    v1: -1 + 2 * 3 ** -x,
    v2: (a + b) * c,
    v3: a ** b ** c,
    v4: (a ** b) ** c,
    v5: not a and b or c,
    v6: a if b else c,
    v7: lambda x, y=1, *z, w, **q: x,
    v8: lambda: 0,
    v9: [x * 2 for x in y if x],
    v10: {k: v for k, v in z},
    v11: {1, 2},
    v12: {},
    v13: {'a': 1, **b},
    v14: f(x, *y, k=1, **z),
    v15: (x for x in y),
    v16: f(x for x in y),
    v17: a < b <= c is not d not in e,
    v18: (),
    v19: (1,),
    v20: (1, 2),
    v21: a[1:2, 3],
    v22: 1 .real,
    v23: f"x{a!r:>{w}}y{{z}}",
    v24: b'\x00bytes',
    v25: 'it''s',
    v26: 1.5,
    v27: 1e999,
    v28: ~a | b & c ^ d << 1 >> 2,
    v29: a // b % c @ d,
    v32: ...,
    v33: a.b.c(d)[e],
    v34: -(-a),
    v35: +a,
    v36: (not a) + 1,
    v38: await_ if True else None,
):
    pass


for k, v in g.__annotations__.items():
    print(k, v)


def uses_later(x: Later) -> Later:
    return x


class Later:
    pass


print(uses_later(1), uses_later.__annotations__)
