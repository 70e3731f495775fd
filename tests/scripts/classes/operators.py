# Arithmetic, reflected, in-place and unary operator methods; conversions; rich comparisons.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __str__(self): return f"<{self.v}>"
    def __format__(self, spec): return f"N[{spec}]"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __sub__(self, o): return N(self.v - o)
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * o)
    def __rmul__(self, o): return N(o * self.v)
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, o): return "truediv"
    def __rtruediv__(self, o): return "rtruediv"
    def __floordiv__(self, o): return "floordiv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __mod__(self, o): return "mod"
    def __rmod__(self, o): return "rmod"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return "rpow"
    def __lshift__(self, o): return "lshift"
    def __rlshift__(self, o): return "rlshift"
    def __rshift__(self, o): return "rshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return "or"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __rxor__(self, o): return "rxor"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __index__(self): return self.v
    def __int__(self): return 99
    def __float__(self): return 1.5
    def __round__(self, n=None): return ("round", n)
    def __bool__(self): return self.v != 0

n = N(3)
print(repr(n), str(n), format(n, "xy"), f"{n:>5}", f"{n!r}", f"{n!s}", f"{n}", "%s %r" % (n, n))
print(n + 1, 1 + n, n - 1, 10 - n, n * 2, 2 * n, n + n)
print(n @ 1, 1 @ n, n / 1, 1 / n, n // 1, 1 // n, n % 1, 1 % n, divmod(n, 1), divmod(1, n))
print(n ** 2, 2 ** n, pow(n, 2, 5), n << 1, 1 << n, n >> 1, 1 >> n)
print(n & 1, 1 & n, n | 1, 1 | n, n ^ 1, 1 ^ n)
print(-n, +n, abs(n), ~n, int(n), float(n), round(n), round(n, 2), bool(n), bool(N(0)), not n)
print([10, 20, 30, 40, 50][n], hex(n), bin(n), oct(n), "abcdef"[n:], range(10)[n])
m = n
m += 5
print(m, m is n)
m -= 1     # no __isub__: falls back to __sub__ and rebinds
print(m, m is n)

# In-place operators on a class with only the binary method, and missing operators.
class OnlyAdd:
    def __add__(self, o): return "add"
x = OnlyAdd()
x += 1
print(x)
x = OnlyAdd()
for expr in ["x - 1", "1 - x", "x * 'a'", "-x", "+x", "~x", "abs(x)", "x @ x", "x ** 2", "pow(x, 2, 3)", "x < 1",
             "x >= x", "divmod(x, 1)", "x[0]", "len(x)", "x()", "iter(x)", "1 in x", "int(x)", "float(x)", "round(x)",
             "x // 2", "x % 2", "x << 1", "x & 1", "x | 1", "x ^ 1", "x / 2", "[1][x]", "hex(x)"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
for stmt in ["x -= 1", "x *= 2", "x @= 1", "x **= 2", "x //= 1", "x %= 1", "x <<= 1", "x >>= 1", "x &= 1",
             "x |= 1", "x ^= 1", "x /= 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "TypeError:", e)

# NotImplemented makes Python try the reflected method of the other operand.
class Left:
    def __add__(self, o): print("Left.__add__"); return NotImplemented
class Right:
    def __radd__(self, o): print("Right.__radd__"); return "right wins"
print(Left() + Right())
class Both:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print("TypeError:", e)
# A subclass's reflected method goes first.
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), 1 + Derived())

# Rich comparisons: reflection, defaults, and errors.
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq", self.v); return isinstance(o, Cmp) and self.v == o.v
    def __lt__(self, o): print("lt", self.v); return self.v < o.v
    def __le__(self, o): print("le", self.v); return self.v <= o.v
    def __gt__(self, o): print("gt", self.v); return self.v > o.v
    def __ge__(self, o): print("ge", self.v); return self.v >= o.v
    def __hash__(self): return hash(self.v)
a, b = Cmp(1), Cmp(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == 1, 1 == a)
print(sorted([b, a], key=lambda c: c.v)[0].v, len({a, Cmp(1)}), a in [b, a])
print(1 < a if False else "", max([Cmp(5), Cmp(7)]).v)
class NoEq:
    def __eq__(self, o): return NotImplemented
ne = NoEq()
print(NoEq() == NoEq(), NoEq() != NoEq(), ne == ne, ne != ne, ne in [ne])
for expr in ["NoEq() < NoEq()", "NoEq() >= 1", "1 < NoEq()", "[] < ()", "'a' < 1", "None > None"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
class Reflect:
    def __lt__(self, o): return "Reflect.lt"
    def __gt__(self, o): return "Reflect.gt"
print(1 < Reflect(), 1 > Reflect(), Reflect() < 1)
class SubCmp(Cmp):
    def __eq__(self, o): print("SubCmp.eq"); return True
print(Cmp(1) == SubCmp(1))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), sorted([OnlyLt(3), OnlyLt(1)])[0].v)

# Hashing: __eq__ without __hash__ makes instances unhashable; odd __hash__ results.
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self): return "a"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self): return 2 ** 100
class NegHash:
    def __hash__(self): return -1
print(hash(BigHash()) == hash(2 ** 100), hash(NegHash()), hash(True), hash(N))  if False else print(hash(BigHash()) == hash(2 ** 100), hash(NegHash()))

# Conversions that must return the right type.
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return 5
class BadIndex:
    def __index__(self): return "a"
class BadInt:
    def __int__(self): return "a"
class BadFloat:
    def __float__(self): return 1
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BadLen2:
    def __len__(self): return "x"
class BadFormat:
    def __format__(self, spec): return 1
for expr in ["repr(BadRepr())", "str(BadStr())", "[1][BadIndex()]", "int(BadInt())", "float(BadFloat())",
             "bool(BadBool())", "len(BadLen())", "len(BadLen2())", "format(BadFormat())", "f'{BadFormat()}'",
             "'%d' % BadIndex()", "range(BadIndex())"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool(), "yes" if LenBool() else "no")
