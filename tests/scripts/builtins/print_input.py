# print (sep, end, file, flush) and input (prompt, lines from stdin, EOF).
import sys
print()
print(1, 2, 3)
print(1, 2, sep="-", end="!\n")
print("a", "b", sep=None, end=None)
print("no newline", end="")
print(" <- continued")
print(*[1, 2, 3], sep="")
print(*"abc", sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("", end="")
print(None, True, 1.5, [1, "a"], {"k": (1,)}, sep=" | ")

class Collector:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("x", 1, sep="+", end="$", file=c)
print("y", file=c, flush=True)
print(file=c)
print(c.parts)

class Str:
    def __str__(self): return "custom str"
print(Str(), [Str()] == [Str()])
for kwargs in [{"sep": 1}, {"end": 2}, {"file": 1}, {"foo": 2}, {"file": object()}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("file=None means stdout", file=None)

name = input("Your name? ")
print("hello", repr(name))
print(repr(input()), repr(input("")))
rest = []
try:
    while True:
        rest.append(input())
except EOFError as e:
    print("EOFError:", repr(str(e)), rest)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError:", e)
