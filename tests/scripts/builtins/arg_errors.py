# Argument-count and keyword errors of builtin functions and methods, in the wording CPython uses
# for each calling convention (no arguments, one argument, positional-only, keywords).
tests = ["[].append()", "[].append(1, 2)", "[].append(x=1)", "[].clear(1)", "[].clear(x=1)", "globals(1)", "globals(x=1)",
 "len(x=1)", "[].insert(1)", "[].insert(1,2,3)", "[].insert(1, x=2)", "[].pop(1,2)", "{}.get()", "{}.get(1,2,3)",
 "getattr(1, 'a', 2, 3)", "divmod(1)", "int.from_bytes()", "int.from_bytes(b'', 'big', 1, 2)", "int.from_bytes(b'', foo=1)",
 "int.from_bytes(b'', 'big', byteorder='big')", "'a'.split(1,2,3)", "'a'.split(foo=1)", "sorted([], 1)", "sorted([], foo=1)",
 "sum([], 1, 2)", "sum([], foo=1)", "sum(iterable=[])", "round()", "round(1, 2, 3)", "round(number=1, foo=2)", "pow()", "pow(1)",
 "pow(1,2,3,4)", "int.to_bytes()", "'a'.encode(1,2,3)", "'{}'.format_map()", "open()",
 "[].sort(1)", "[].sort(foo=1)", "[].index()", "enumerate()", "enumerate([], 1, 2)", "enumerate(foo=1)",
 "zip(foo=1)", "range()", "range(1,2,3,4)", "range(x=1)", "print(file=1, x=2)", "min()", "max(foo=1)", "min(1, key=1, default=2)",
 "iter()", "iter(1,2,3)", "next()", "next(1,2,3)", "dict.fromkeys()", "str.maketrans()", "int(1, 2, 3)", "int(x=1)", "float(1, 2)", "str(1, 2, 3, 4)", "str(foo=1)",
 "bool(1, 2)", "list(1, 2)", "list(x=1)", "tuple(x=1)", "set(x=1)", "set(1, 2)", "dict(1, 2)", "type(1, 2, 3, 4)", "object(1)", "slice()", "slice(1,2,3,4)",
 "isinstance()", "hash(1, 2)", "id()", "chr()", "ord(1, 2)", "vars(1, 2)", "dir(1, 2)", "repr(x=1)", "format()", "format(1, 2, 3)", "bin()", "abs(1, 2)",
 "callable(1, 2)", "eval()", "exec()", "compile()", "compile('', '', 'exec', foo=1)", "setattr(1)", "delattr(1)", "hasattr(1)", "input(1, 2)",
 "all()", "any(1, 2)", "map()", "filter()", "filter(1)", "reversed()", "reversed(1, 2)", "reversed(seq=1)", "issubclass(1, 2, 3)", "locals(1)",
 "'a'.join()", "'a'.replace('a')", "{}.setdefault()", "{}.pop()", "{}.update(1, 2)", "{}.keys(1)", "[].count()", "(1).bit_length(1)", "'a'.upper(1)",
 "'a'.upper(x=1)", "[].copy(x=1)", "'a'.center()", "'a'.zfill()", "[].extend()", "[].remove()", "set().add()", "set().union(x=1)", "object.__new__()",
 "super(1, 2, 3)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "int.__add__(1)", "(1).__add__()", "[].__len__(1)",
 "type.__call__()", "bytes(1, 2, 3, 4)", "bytearray(foo=1)", "frozenset(1, 2)", "open('x', foo=1)"]
for t in tests:
    try:
        eval(t)
        print(t, "OK")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
