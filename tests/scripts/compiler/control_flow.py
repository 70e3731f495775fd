# Loops, break/continue/else, and returns through try/finally, with and except blocks.
def loops():
    out = []
    for i in range(10):
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    else:
        out.append("no-break")
    n = 0
    while n < 3:
        n += 1
    else:
        out.append("while-else")
    for x in []:
        pass
    else:
        out.append("empty-else")
    return out
print(loops())

def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
print(break_in_finally())

def continue_in_finally():
    r = []
    for i in range(3):
        try:
            continue
        finally:
            r.append(i)
    return r
print(continue_in_finally())

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "suppress"

def ret_with():
    with CM("a") as a, CM("b") as b:
        return a + b
print(ret_with())

def loop_with():
    for i in range(3):
        with CM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(loop_with())

def suppress():
    with CM("suppress"):
        raise ValueError("x")
    return "after"
print(suppress())

def propagate():
    try:
        with CM("plain"):
            raise KeyError("k")
    except KeyError as e:
        return "caught " + repr(e)
print(propagate())

def ret_in_except():
    try:
        raise ValueError("v")
    except ValueError as e:
        return str(e)
    finally:
        print("finally after except")
print(ret_in_except())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")
print(nested_finally())

def for_return():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
print(for_return())

def exc_var_deleted():
    try:
        raise TypeError
    except TypeError as e:
        pass
    try:
        e
    except NameError:
        return "e deleted"
print(exc_var_deleted())

def handled_exception_restored():
    import sys
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return repr(sys.exc_info()[1])
print(handled_exception_restored())

def while_true():
    n = 0
    while True:
        n += 1
        if n == 4:
            return n
print(while_true())

def cond(x):
    return "a" if x else "b", x and "y", x or "z", not x
print(cond(0), cond(1))

def chained(a, b, c):
    return a < b < c, a == b == c, a < b > c
print(chained(1, 2, 3), chained(2, 2, 2), chained(1, 3, 2))

def is_none(x):
    if x is None:
        return "none"
    if x is not None and x in [1, 2, 3]:
        return "small"
    return "other"
print(is_none(None), is_none(2), is_none(9))
