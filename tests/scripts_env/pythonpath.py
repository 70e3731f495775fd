# PYTHONPATH (set by pythonpath.py.env: "pythonpath_lib::/no/such/dir:./pythonpath_more/:
# pythonpath_lib/", relative to this directory, where the test runs) puts its entries into
# sys.path right after the script's directory: each made absolute and normalized, an empty
# entry naming the current directory, repeats dropped.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here)
print(os.path.basename(sys.path[1]))


def shown(entry):
    if entry == here:
        return '<script dir>'
    if entry.startswith(here + '/'):
        return '<script dir>/' + entry[len(here) + 1:]
    return entry


print([shown(p) for p in sys.path[1:5]])
print(sys.path.count(os.path.join(here, 'pythonpath_lib')))

import pp_only_here
print(pp_only_here.WHERE, shown(os.path.dirname(pp_only_here.__file__)))
import pp_second
print(pp_second.WHERE, shown(os.path.dirname(pp_second.__file__)))

# The modules are reachable through those entries only.
sys.path.remove(os.path.join(here, 'pythonpath_lib'))
del sys.modules['pp_only_here']
try:
    import pp_only_here
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
