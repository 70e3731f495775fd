# Import forms, assert, del, global statements at module level, exceptions with causes.
import imppkg.sub.mod
import imppkg.sub.mod as m
from imppkg.sub import mod as m2, name
from imppkg.sub.mod import *
print(imppkg.sub.mod is m, m is m2, name, imppkg.top, imppkg.sub.mod_value, exported)
try:
    hidden
except NameError as e:
    print(e)
try:
    from imppkg.sub import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert no msg:", repr(e))

x = 1
del x
try:
    x
except NameError as e:
    print(e)

def raiser():
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
try:
    raiser()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise OSError("first")
    except OSError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(repr(e.__context__))

def reraise():
    try:
        raise IndexError("again")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)

try:
    try:
        raise TypeError("t")
    except (KeyError, TypeError) as e:
        print("tuple match", type(e).__name__)
        raise
except Exception as e:
    print("outer", type(e).__name__)

s = 0
for i in range(3):
    s += i
else:
    s += 100
print(s)
