name = "imppkg.sub"
from . import mod
from .mod import value as mod_value
from .. import top
