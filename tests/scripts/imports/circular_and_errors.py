# Circular imports (a partially initialized module is visible; importing a name it does not have
# yet fails with CPython's message), failing modules, and ModuleNotFoundError.
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/modules")
base = here + "/modules/"

import circ_ok_a
print(circ_ok_a.who())

try:
    import circ_a
except ImportError as e:
    print(type(e).__name__ + ":", str(e).replace(base, "<modules>/"))
    print("name:", e.name, "| path:", e.path.replace(base, "<modules>/"))
print("circ_a" in sys.modules, "circ_b" in sys.modules)

# A module whose code raises is removed from sys.modules; importing it again runs it again.
for attempt in range(2):
    try:
        import failing
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e, "| in sys.modules:", "failing" in sys.modules)

for name in ["no_such_module", "no_such_package.sub", "plain.sub"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import no_such_module as alias
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError), e.name)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e)
for bad in [lambda: __import__(""), lambda: __import__(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
e = ImportError("message", name="mod", path="/p")
print(e.msg, e.name, e.path, e.args, str(e))
print(str(ModuleNotFoundError("only a message")), ModuleNotFoundError().name)
