# try/except/else/finally in every combination, with return, break and continue inside the
# clauses, and the order in which the clauses run.
def returns_in_try():
    try:
        return "try"
    finally:
        print("finally after return")
print(returns_in_try())

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_swallows_exception())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(("body", i))
        finally:
            out.append(("fin", i))
    return out, i
print(loop_with_finally())

def break_in_finally():
    while True:
        try:
            raise ValueError
        finally:
            break
    return "swallowed by break"
print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())

def continue_and_break_in_except():
    seen = []
    for i in range(4):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            seen.append(e.args[0])
            if i == 2:
                break
    return seen
print(continue_and_break_in_except())

def return_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally after except return")
print(return_in_except())

def else_clause(fail):
    try:
        if fail:
            raise ValueError("failed")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
        return "else return"
    finally:
        print("finally")
    return "end"
print(else_clause(False), else_clause(True))

def exception_in_else():
    try:
        try:
            pass
        except ValueError:
            print("not reached")
        else:
            raise ValueError("from else")
    except ValueError as e:
        print("outer caught", e)
exception_in_else()

def exception_in_finally():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        print("caught", repr(e), "context", repr(e.__context__))
exception_in_finally()

def nested_handlers():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer handler", e)
nested_handlers()

def handler_order():
    for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), RuntimeError("r")]:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("lookup", type(e).__name__, isinstance(e, LookupError))
        except ArithmeticError as e:
            print("arith", type(e).__name__)
        except Exception as e:
            print("other", type(e).__name__)
handler_order()

def bare_except_and_reraise():
    try:
        try:
            raise ValueError("inner")
        except:
            print("bare except")
            raise
    except ValueError as e:
        print("re-raised", e)
bare_except_and_reraise()

def reraise_after_handling_other():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            try:
                raise KeyError("second")
            except KeyError:
                pass
            raise   # re-raises ValueError, the exception being handled here
    except ValueError as e:
        print("reraised", repr(e))
reraise_after_handling_other()

def name_unbound_after_except():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(name_unbound_after_except())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in generator_finally():
    print("got", v)
    break
print("after loop")

def with_and_finally():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return False
    try:
        with CM():
            return "returned through with"
    finally:
        print("outer finally")
print(with_and_finally())

def deep_unwind(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep_unwind(n - 1)
    finally:
        print("unwind", n)
try:
    deep_unwind(3)
except RuntimeError as e:
    print("caught", e)

import sys
try:
    raise IndexError("i")
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1], sys.exc_info()[2] is not None)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception() if hasattr(sys, "exception") and False else None)
