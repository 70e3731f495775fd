# Packages: __init__.py, submodules as attributes, relative imports (from . import m,
# from .. import m, from ...pkg import m), __package__ and __path__.
import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/modules")

import shapes
print(shapes.__name__, shapes.__package__, type(shapes.__path__).__name__, len(shapes.__path__))
print(shapes.__path__[0].endswith("modules/shapes"), shapes.__file__.endswith("shapes/__init__.py"))
print(shapes.circle.area(1), shapes.Square(2), shapes.square_area(shapes.Square(3)), shapes.describe())
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(shapes.square.uses_pi, shapes.solid.parent_circle is shapes.circle, shapes.solid.Square is shapes.Square)
import shapes.solid.cube
print(shapes.solid.cube.volume(3), shapes.solid.cube.where, shapes.solid.cube.package_name, shapes.solid.cube.square.area(shapes.Square(4)))
import shapes.solid.cube as cube_alias
print(cube_alias is shapes.solid.cube, cube_alias.__package__, cube_alias.__name__)
from shapes.solid import cube
from shapes import *
print(sorted(k for k in ("circle", "Square", "describe", "square_area") if k in globals()))
from shapes.circle import area as circle_area, PI
print(circle_area(2), PI)

# import a.b binds a; the submodule is an attribute of its package.
def bind_check():
    import shapes.circle
    return type(shapes).__name__, shapes.__name__
print(bind_check())

# Relative imports outside a package fail.
try:
    exec("from . import something", {"__name__": "toplevel", "__package__": ""})
except ImportError as e:
    print("ImportError:", e)
try:
    exec("from .. import x", {"__name__": "shapes.circle", "__package__": "shapes"})
except ImportError as e:
    print("ImportError:", e)
try:
    import shapes.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from shapes import missing
except ImportError as e:
    print("ImportError:", str(e).replace(here + "/", ""), "| name:", e.name)
try:
    import shapes.circle.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
