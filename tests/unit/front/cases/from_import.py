from a import b
from a.b import c as d, e
from a import *
from a import (b, c)
from a import (b, c,)
from . import x
from .. import y
from .a import z
from ... import w
from .... import v
from ...a.b import u
from .a import (b as c)
