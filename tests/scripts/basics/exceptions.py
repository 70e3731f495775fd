def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    if n == 4:
        return undefined_name
    if n == 5:
        return "a" + 1
    if n == 6:
        return None.attr
    if n == 7:
        return int("x")
    return n


for i in range(9):
    try:
        print(i, risky(i))
    except (ValueError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e, e.args)
    except LookupError as e:
        print(i, "lookup", type(e).__name__, e)
    except Exception as e:
        print(i, "other", type(e).__name__, e)
    else:
        print(i, "no error")
    finally:
        print(i, "finally")


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise MyError(42, "custom")
except MyError as e:
    print(e, e.code, e.args, repr(e))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__)


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for x in gen_finally():
    print("got", x)
    break


def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise


try:
    reraiser()
except ValueError as e:
    print("reraised", e)


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


print(returns_in_finally())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("fin", i)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise StopIteration
except Exception as e:
    print(repr(e))
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.errno, e.filename)
print(repr(KeyError("k")), str(KeyError("k")), repr(ValueError()), str(ValueError(1, 2)))
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
print(issubclass(KeyError, LookupError), ZeroDivisionError.__mro__)
try:
    raise ExceptionGroup if False else TypeError("x")
except TypeError as e:
    print(e.__traceback__ is not None, e.with_traceback(None) is e)
