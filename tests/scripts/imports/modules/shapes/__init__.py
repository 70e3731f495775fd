# A package: relative imports of its own submodules.
print("shapes package init:", __name__, __package__)
from . import circle
from .square import Square, area as square_area
from .solid import cube
__all__ = ["circle", "Square", "describe"]
def describe():
    return "shapes: " + ", ".join(sorted(n for n in __all__))
