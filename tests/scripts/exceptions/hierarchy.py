# The builtin exception hierarchy (exception groups aside) and the attributes of common classes.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)
               and "Group" not in n)
for n in names:
    cls = getattr(builtins, n)
    print(n, [k.__name__ for k in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
# OSError picks its subclass from errno.
for code in [2, 13, 17, 4, 32, 111, 999]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror, e.args)
print(type(OSError("just a message")).__name__, OSError("a", "b", "c").filename)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
print(NameError("n").args, AttributeError("a", name="x", obj=1).name if False else "", SyntaxError("s").msg)
