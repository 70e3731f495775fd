import sys

# While -m looks for the module, sys.argv[0] is "-m"; a package's __init__ runs first.
print('m_pkg/__init__:', __name__, sys.argv[0], sys.argv[1:])
