# Exception chaining: raise X from Y, raise X from None, implicit __context__, and the
# attributes that record them.
try:
    raise TypeError("a") from KeyError("b")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

for bad in [lambda: exec("raise 5"), lambda: exec("raise ValueError from 5"), lambda: exec("raise int"),
            lambda: exec("raise")]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)

# The context is set even across function calls and nested handlers.
def fails():
    raise OSError("disk")
def handler():
    try:
        fails()
    except OSError:
        raise LookupError("lookup failed")
try:
    handler()
except LookupError as e:
    print(repr(e), repr(e.__context__), e.__context__.__traceback__ is not None)

# Setting the attributes by hand.
e = ValueError("manual")
e.__cause__ = KeyError("cause")
print(e.__suppress_context__, repr(e.__cause__))
e.__context__ = IndexError("ctx")
print(repr(e.__context__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)

# A cycle in the context chain is cut when re-raising the same exception.
try:
    try:
        raise ValueError("loop")
    except ValueError as first:
        try:
            raise first
        except ValueError as again:
            print(again is first, again.__context__)
except Exception:
    pass

# args, str() and repr() of exceptions.
class E2(Exception):
    pass
print(repr(E2()), repr(E2(1)), repr(E2(1, 2)), str(E2()), str(E2(1)), str(E2(1, 2)), E2("x").args)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()), str(KeyError(1)))
err = Exception("x")
err.args = (1, 2)
print(err.args, str(err))
err.args = "ab"
print(err.args)
print(repr(StopIteration(5).value), StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
print(str(OSError(2, "No such file", "name.txt")), type(OSError(2, "x")).__name__)
print(ImportError("m", name="mod").name, NameError("n", name="nm").name if False else "", AttributeError("a").args)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason, ue.encoding)
print(e.with_traceback(None) is e, ValueError().__traceback__)

# add_note (PEP 678).
n = ValueError("with notes")
n.add_note("first note")
n.add_note("second note")
print(n.__notes__)
try:
    n.add_note(5)
except TypeError as err:
    print("TypeError:", err)

# assert statements.
try:
    assert 1 == 2, "one is not two"
except AssertionError as a:
    print("AssertionError:", a, a.args)
try:
    assert False
except AssertionError as a:
    print(repr(a))
try:
    assert [], ["a", "list", "message"]
except AssertionError as a:
    print(a.args)
assert True, "never evaluated" + 1
