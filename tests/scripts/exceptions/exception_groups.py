# Exception groups (PEP 654): construction rules, split/subgroup/derive, and the boxed traceback
# report of nested groups (except* is not supported by the compiler yet).
import sys
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__, eg.args)
beg = BaseExceptionGroup("beg", [ValueError(1)])
print(type(beg).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", 5),
            lambda: ExceptionGroup("x"), lambda: ExceptionGroup("x", {1: 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
match, rest = nested.split(ValueError)
print(repr(match), repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, TypeError))), nested.subgroup(OSError))
print(repr(nested.split((KeyError, TypeError))))
print(repr(eg.derive([KeyError(1)])), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup[int])
try:
    raise eg
except ExceptionGroup as e:
    print("caught", e)
def fail(i):
    raise ValueError(f"failure {i}")
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("several", errors + [ExceptionGroup("nested", [KeyError("k")])])
except ExceptionGroup:
    sys.excepthook(*sys.exc_info())
big = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
sys.excepthook(type(big), big, None)
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ExceptionGroup("with context", [TypeError("t")])
except ExceptionGroup:
    sys.excepthook(*sys.exc_info())
n = ExceptionGroup("notes", [ValueError(1)])
n.add_note("a note")
raise n
