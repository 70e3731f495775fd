from .. import square
from . import __name__ as package_name
def volume(side):
    return side ** 3
where = __name__
