# e.__traceback__: the chain of tb_next entries, their line numbers and frames.
import sys

def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError:
        raise

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb).__name__, tb.tb_frame.f_code.co_filename.endswith(".py"))
        tb = tb.tb_next
    print(sys.exc_info()[2] is e.__traceback__)

# Each raise adds the current frame; catching and re-raising in another frame extends it.
def catcher():
    try:
        level3()
    except ValueError as e:
        return e
exc = catcher()
tb = exc.__traceback__
names = []
while tb:
    names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(names)

# with_traceback replaces it.
e = KeyError("k")
print(e.__traceback__)
try:
    raise e
except KeyError as caught:
    saved = caught.__traceback__
print(saved.tb_lineno, saved.tb_next)
e2 = RuntimeError("r").with_traceback(saved)
print(e2.__traceback__ is saved)
try:
    raise e2
except RuntimeError as caught:
    t = caught.__traceback__
    print(t.tb_lineno, t.tb_next is saved)

# Frame attributes reachable from a traceback.
def with_locals(a, b=2):
    c = a + b
    raise IndexError(c)
try:
    with_locals(1)
except IndexError as err:
    frame = err.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()), frame.f_lineno, frame.f_back is not None or True)
    print(frame.f_globals is globals(), frame.f_code.co_argcount, frame.f_code.co_varnames[:3])
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who_called():
    return sys._getframe(1).f_code.co_name
def caller_fn():
    return who_called()
print(caller_fn())
