# An uncaught exception in a module run with -m: the traceback shows the module's frames (CPython
# adds two frames of <frozen runpy> above them, which the test runner drops from its output).
def fail(n):
    return 10 // n


print('before')
fail(0)
