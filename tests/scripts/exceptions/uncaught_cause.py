# An uncaught exception with an explicit cause: both tracebacks, joined by CPython's sentence.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load " + repr(text)) from e

print("before")
load("abc")
print("never printed")
