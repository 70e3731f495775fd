# An uncaught exception raised three calls deep in imported modules: the traceback shows every
# frame with its file and source line, and the exception class from another module is printed
# with its module name.
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/modules")
import custom_error
import deep_error

try:
    custom_error.fail()
except custom_error.DomainError as e:
    print("caught", type(e).__name__, type(e).__module__, e)

def main():
    return deep_error.level_one(2)

main()
