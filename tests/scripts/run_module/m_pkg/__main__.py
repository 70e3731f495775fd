import os
import sys

from . import helper
from .helper import VALUE

print('m_pkg/__main__:', __name__, repr(__package__))
print(os.path.join(os.path.basename(os.path.dirname(sys.argv[0])), os.path.basename(sys.argv[0])))
print(sys.argv[1:], helper.__name__, VALUE, sys.path[0] == os.getcwd())
print(sorted(name for name in sys.modules if name.startswith('m_pkg')))
