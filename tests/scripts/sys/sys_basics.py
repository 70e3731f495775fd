# The sys module: argv, path, modules, version information, limits, streams, exc_info, and the
# recursion limit.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.version_info[0], sys.version_info.major, sys.version_info >= (3, 0), type(sys.version).__name__, len(sys.version_info))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux") or sys.platform, sys.implementation.name != "")
print(sys.float_info.max > 1e308, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0 if hasattr(sys, "int_info") else True, sys.hash_info.width if hasattr(sys, "hash_info") else 64)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(200 < depth(0) <= 500)
sys.setrecursionlimit(1000)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x"), lambda: sys.setrecursionlimit(-5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.stdout.write("written directly\n"))
sys.stdout.writelines(["a", "b\n"]) if hasattr(sys.stdout, "writelines") else print("ab")
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding.lower().replace("-", ""), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, v, type(tb).__name__)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getdefaultencoding(), sys.flags.optimize if hasattr(sys, "flags") else 0)
print(sys._getframe().f_code.co_name, type(sys.getswitchinterval()).__name__)
print(isinstance(sys.executable, str), sys.prefix is not None)
sys.path.append("/nonexistent")
print(sys.path[-1])
sys.path.pop()
old_stdout = sys.stdout
class Capture:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s); return len(s)
    def flush(self): pass
cap = Capture()
sys.stdout = cap
print("captured", 1)
sys.stdout = old_stdout
print(cap.data)
sys.stderr.write("to stderr\n")
def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v, file=sys.stderr)
sys.excepthook = hook
print(sys.__excepthook__ is not hook)
raise RuntimeError("handled by the custom hook")
