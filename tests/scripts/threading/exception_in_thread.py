# An exception that escapes a thread's run() is reported on stderr in CPython's format, and the
# program goes on (exit status 0):
#
#   Exception in thread Thread-1 (fail):
#   Traceback (most recent call last):
#     File ".../threading.py", line N, in _bootstrap_inner
#       self.run()
#     File ".../threading.py", line N, in run
#       self._target(*self._args, **self._kwargs)
#     File "exception_in_thread.py", line N, in fail
#       raise ValueError("boom " + str(n))
#   ValueError: boom 1
#
# The two frames inside threading differ between interpreters (file name and line), so the
# report is captured and those two "File" lines are normalized before it goes to stderr.
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


def normalized(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            filename = line.split('"')[1]
            if filename.endswith("threading.py") or filename == "<frozen threading>":
                line = '  File "<threading>", in ' + line.split(", in ")[1]
        out.append(line)
    return "\n".join(out) + "\n"


def run_and_report(thread):
    capture = Capture()
    real = sys.stderr
    sys.stderr = capture
    try:
        thread.start()
        thread.join()
    finally:
        sys.stderr = real
    sys.stderr.write(normalized("".join(capture.parts)))
    sys.stderr.flush()


def fail(n):
    raise ValueError("boom " + str(n))


print("before")
run_and_report(threading.Thread(target=fail, args=(1,)))
print("the main thread goes on")


# A named thread, and a subclass overriding run().
class Worker(threading.Thread):
    def run(self):
        helper()


def helper():
    {}["missing"]


run_and_report(threading.Thread(target=fail, args=(2,), name="named"))
run_and_report(Worker())


# Chained exceptions are reported in full.
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("while handling") from e


run_and_report(threading.Thread(target=chained))


# SystemExit ends the thread silently.
def leave():
    sys.exit(3)


run_and_report(threading.Thread(target=leave))
print("after SystemExit in a thread")

# Several threads failing at once: each report is whole (captured per thread below, in order).
reports = {}


def fail_quietly(i):
    raise KeyError(i)


def collect(args):
    reports[args.thread.name] = (args.exc_type.__name__, str(args.exc_value))


threading.excepthook = collect
threads = [threading.Thread(target=fail_quietly, args=(i,), name="T%d" % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.excepthook = threading.__excepthook__
print(sorted(reports.items()))
print("end")
