# An exception class defined in an imported module is reported as module.Class.
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/modules")
from custom_error import fail
fail()
