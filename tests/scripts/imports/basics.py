# import x, import x as y, from x import a, b, from x import *, __all__, sys.modules, module
# attributes, and the search path (the script's directory first).
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
print(sys.path[0] == here or sys.path[0] == "", __name__)
sys.path.insert(0, here + "/modules")

import plain
import plain as plain_again
print(plain_again is plain, plain.public, plain.__name__, "plain" in sys.modules, sys.modules["plain"] is plain)
print(type(plain).__name__, plain.__file__.endswith("plain.py"), plain.__doc__, plain.__package__ == "")
print(sorted(k for k in vars(plain) if not k.startswith("__")))
from plain import public, helper
from plain import not_in_all as renamed, _private
print(public, helper(), renamed, _private)
plain.counter += 1
import plain
print(plain.counter)

from plain import *
print(public, helper())
try:
    not_in_all
except NameError as e:
    print("NameError:", e)

from noall import *
print(visible, func())
try:
    _hidden
except NameError as e:
    print("NameError:", e)

def star_in_function():
    ns = {}
    exec("from noall import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))
print(star_in_function())

# Modules are objects: attributes can be added, deleted and looked up with getattr.
plain.added = "new attribute"
print(plain.added, getattr(plain, "public"), hasattr(plain, "nope"))
del plain.added
print(hasattr(plain, "added"))
try:
    plain.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    from plain import nope
except ImportError as e:
    print("ImportError:", str(e).replace(here + "/", ""), "| name:", e.name)

# Whatever sys.modules holds is what import returns.
sys.modules["fake_module"] = "a string stands in"
import fake_module
print(fake_module)
del sys.modules["fake_module"]

# Importing inside a function binds a local name.
def local_import():
    import noall as n
    return n.visible, "n" in dir()
print(local_import(), "n" in dir())
print(__import__("noall").visible, __import__("shapes.circle").__name__, __import__("shapes.circle", fromlist=["x"]).__name__)
import builtins
print(builtins.len is len, sys.modules["builtins"] is builtins, __builtins__ is builtins or isinstance(__builtins__, dict))
