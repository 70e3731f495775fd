# Calls, unpacking, displays, subscripts, augmented assignment, f-strings, walrus, lambdas.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 9}))
print(f(1, *(2, 3), 4, c=5, **{"x": 1}, y=2))
args = (1,)
print(f(*args, c=1))

def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))

class O:
    def m(self, x, k=0):
        return x + k
    @staticmethod
    def s(x):
        return x * 2
o = O()
print(o.m(1), o.m(1, k=2), O.s(4), o.s(5), O.m(o, 3))

a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, *q] = "hi"
print(p, q)
first, second = second, first = 1, 2
print(first, second)
a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

print([1, *range(3), 2], (*"ab", 3), sorted({*"aba", "c"}), {"a": 1, **{"b": 2}, "c": 3})
print([1, 2, 3], (1, 2, (3, -4.5)), -5, {1: "x", 2: "y"})

lst = list(range(10))
print(lst[2:5], lst[::3], lst[-2:], lst[1:8:2])
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[0], lst[-1]
print(lst)
lst[2:4] += ["z"]
print(lst)
d = {"k": 1}
d["k"] += 5
d["n"] = d.get("n", 0) - 1
print(d)
class Box: pass
bx = Box()
bx.v = 10
bx.v //= 3
bx.v **= 2
print(bx.v)
del bx.v
print(hasattr(bx, "v"))
n = 7
n <<= 2; n |= 1; n ^= 3; n &= 0xff; n >>= 1; n %= 5; n -= 1; n *= 3; n /= 2
print(n)

w = 5
print(f"{w}", f"{w!r:>4}|", f"{'s'!s}{w:{'0'}{3}}", f"a{w+1}b{w*2}c", f"{3.14159:.2f}", f"{'x'!a}")
print((lambda *a, **k: (a, k))(1, z=2))
print((lambda x, /, y=1, *, z=2: x + y + z)(1))
print([y := 10, y + 1], y)
print([z for x in range(3) if (z := x * 2) > 0], z)
print(not 0, ~5, -(-3), +4, 2 ** -1, 7 // 2, -7 % 3, 1 < 2 <= 2 != 3)
print(1 if 0 else 2, [i for i in range(5) if i % 2 if i > 1])
print({k: v for k, v in zip("ab", "cd")}, {c for c in "hello"} == set("helo"))
print(sum(i * j for i in range(3) for j in range(3)))
print([(i, j) for i in range(3) for j in range(i)])
g = (x * x for x in range(4))
print(next(g), list(g))
print(__debug__, __name__)
t = 1, 2
print(t, type(t).__name__)
