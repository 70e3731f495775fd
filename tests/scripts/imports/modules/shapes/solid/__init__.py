from .. import circle as parent_circle
from ..square import Square
