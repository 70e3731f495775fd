# `-m m_pkg x y` (m_package.py.cmdline) runs the package's __main__ submodule after its
# __init__; relative imports work there (__package__ is "m_pkg"). This file itself is not run.
