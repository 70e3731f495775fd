# repr() of functions, methods, descriptors, classes, modules and iterators (addresses masked).
import sys
def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0x...")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): pass
def f(): pass
for obj in [len, print, [].append, int.__add__, str.upper, sys, C.m, C().m, C.s, C.c, C.__dict__["s"], C.__dict__["c"],
            C.p, f, lambda: 0, C, C(), int, type, object, None, NotImplemented, Ellipsis, (1).__add__, dict.fromkeys,
            {}.keys(), iter([]), iter(()), iter(range(1)), range(1, 5, 2), slice(1, 2), zip(), map(f, []),
            filter(None, []), enumerate([]), reversed([]), (x for x in []), super(C, C()), object.__init__, C.__init__,
            C().__init__, type.__dict__["mro"], int.__dict__["real"], sys.exit, property(),
            ExceptionGroup, ValueError("v"), KeyError(), list[int], C.__dict__["__dict__"], (1).bit_length]:
    print(mask(repr(obj)))
