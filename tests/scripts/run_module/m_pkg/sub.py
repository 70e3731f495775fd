import os
import sys

from .helper import VALUE

print('m_pkg/sub:', __name__, repr(__package__), os.path.basename(sys.argv[0]), sys.argv[1:], VALUE)
