# How the last line of a report shows the exception: custom __str__, empty message, KeyError's
# repr, a __str__ that fails, and notes.
import sys

class Custom(Exception):
    def __str__(self):
        return "custom text"

class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

def report(exc):
    # Print through the same machinery as an uncaught exception, then go on.
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())

report(Custom())
report(ValueError())
report(ValueError(""))
report(KeyError("key"))
report(KeyError())
report(BrokenStr())
report(AssertionError("multi\nline"))
n = TypeError("with notes")
n.add_note("note one")
n.add_note("note two")
report(n)
print("still running", file=sys.stderr)
raise Custom()
