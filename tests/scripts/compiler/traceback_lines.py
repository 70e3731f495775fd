# The lines tracebacks show for exceptions raised inside multi-line constructs.
import sys


def report(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(f.__name__, type(e).__name__, lines)


def multiline_call():
    return max(
        1,
        undefined_name,
    )


def method_chain():
    s = "text"
    return (s
            .upper()
            .missing_method())


def binop():
    a = 1
    b = "x"
    return (a +
            b)


def subscript():
    d = {}
    return d[
        "key"
    ]


def nested():
    def inner():
        raise ValueError("inner")
    return [inner() for _ in range(1)]


def in_finally():
    try:
        pass
    finally:
        {}["k"]


def reraised():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    with CM():
        [][1]


def generator_throw():
    def g():
        yield 1
        yield 2
    it = g()
    next(it)
    it.throw(KeyError("thrown"))


for f in (multiline_call, method_chain, binop, subscript, nested, in_finally, reraised, in_with, generator_throw):
    report(f)


def uncaught():
    x = [1, 2,
         3]
    return x[
        10]


uncaught()
