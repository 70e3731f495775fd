# threading.excepthook and ExceptHookArgs: replacing the hook, what it receives, a failing hook.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def captured(fn):
    capture = Capture()
    real = sys.stderr
    sys.stderr = capture
    try:
        fn()
    finally:
        sys.stderr = real
    return "".join(capture.parts)


def normalized(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            filename = line.split('"')[1]
            if filename.endswith("threading.py") or filename == "<frozen threading>":
                line = '  File "<threading>", in ' + line.split(", in ")[1]
            elif filename.endswith("excepthook.py"):
                line = '  File "excepthook.py", in ' + line.split(", in ")[1]
        out.append(line)
    return "\n".join(out)


print(threading.excepthook is threading.__excepthook__)
received = []


def my_hook(args):
    received.append(args)


def fail():
    raise ValueError("from thread")


threading.excepthook = my_hook
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
args = received[0]
print(type(args).__name__, isinstance(args, tuple), len(args))
print(args.exc_type.__name__, repr(args.exc_value), args.exc_traceback is not None)
print(args.thread is t, args.thread.name)
print(args[0] is args.exc_type, args[1] is args.exc_value, args[3] is args.thread)
print(args.exc_traceback is args.exc_value.__traceback__)


# SystemExit is passed to the hook too (the default hook ignores it).
def leave():
    raise SystemExit(5)


t = threading.Thread(target=leave)
t.start()
t.join()
print(received[-1].exc_type.__name__)

# Building ExceptHookArgs by hand, and calling the default hook directly.
try:
    raise KeyError("k")
except KeyError:
    built = threading.ExceptHookArgs([*sys.exc_info(), None])
print(built.exc_type.__name__, built.thread)
text = captured(lambda: threading.__excepthook__(built))
print(normalized(text).replace(str(threading.get_ident()), "IDENT"))
built = threading.ExceptHookArgs([ValueError, ValueError("named thread"), None, t])
print(normalized(captured(lambda: threading.__excepthook__(built))))
silent = threading.ExceptHookArgs([SystemExit, SystemExit(1), None, t])
print(repr(captured(lambda: threading.__excepthook__(silent))))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)


# A hook that fails: its own exception is reported by sys.excepthook.
def broken_hook(args):
    raise RuntimeError("hook is broken")


threading.excepthook = broken_hook


def run_failing():
    t = threading.Thread(target=fail, name="victim")
    t.start()
    t.join()


print(normalized(captured(run_failing)))
threading.excepthook = threading.__excepthook__
print("end")
