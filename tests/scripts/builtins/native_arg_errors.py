# Argument errors of natives follow the calling convention of their CPython counterparts.
import math
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except TypeError as e:
        print(src, '!!', e)
for s in ["(1).to_bytes(1, 'big', 3)", "[].__getitem__()", "'a'.startswith()", "math.comb(5)", "math.prod([1,2], 3)",
          "[].__getitem__(1, 2)", "{}.__getitem__()", "(1).__add__()", "(1).__add__(1, 2)", "'a'.__getitem__()",
          "[].__len__(1)", "'a'.endswith()", "'a'.find()", "'a'.count()", "'a'.index()", "'a'.split(1, 2, 3)",
          "'a'.replace('a')", "math.sqrt()", "math.pow(1)", "math.log()", "math.gcd(1, x=2)", "math.isclose(1)",
          "math.isclose(1, 2, 3)", "divmod(1)", "pow()", "round()", "[].insert(1)", "[].pop(1, 2)", "{}.get()",
          "{}.pop()", "{}.setdefault()", "''.join()", "''.encode(1, 2, 3)", "int.from_bytes()", "[].sort(1)",
          "sorted()", "min()", "sum()", "sum([], 1, 2)", "isinstance(1)", "getattr(1)", "setattr(1, 2)", "hasattr(1)",
          "iter()", "next()", "abs()", "len()", "len(1, 2)", "hash()", "id()", "repr()", "chr()", "ord()", "format()",
          "vars(1, 2)", "dir(1, 2)", "input(1, 2)", "open()", "print(1, x=2)", "range()", "zip(x=1)", "enumerate()",
          "bytes(1, 2, 3, 4)", "str(1, 2, 3, 4)", "int(1, 2, 3)", "float(1, 2)", "list(1, 2)", "tuple(1, 2)", "dict(1, 2)",
          "set(1, 2)", "frozenset(1, 2)", "bool(1, 2)", "type(1, 2)", "object(1)", "slice()",
          "[].append()", "[].extend()", "[].index()", "[].count()", "[].remove()", "{}.update(1, 2)", "set().add()",
          "(1).bit_length(1)", "(1.0).hex(1)", "'a'.upper(1)", "'a'.center()", "'a'.ljust()", "'a'.zfill()",
          "'a'.expandtabs(1, 2)", "'a'.splitlines(1, 2)", "'a'.strip(1, 2)", "'{}'.format_map()", "'a'.partition()",
          "b'a'.decode(1, 2, 3)", "b'a'.hex(1, 2, 3)", "bytearray().append()", "math.floor()", "math.factorial()",
          "math.atan2(1)", "math.hypot(x=1)", "math.fsum()", "math.dist(1)", "math.isqrt()", "math.ldexp(1)",
          "math.copysign(1)", "math.perm()", "math.perm(1, 2, 3)", "math.trunc()", "math.log(1, 2, 3)"]:
    t(s)
