# `-m m_pkg.helper.x` (m_not_package.py.cmdline): m_pkg.helper is a module, not a package, so it
# has no submodules. Status 1. This file itself is not run.
