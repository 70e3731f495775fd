# `-m json` (m_stdlib_package.py.cmdline): json is a package (embedded in minipy) without a
# __main__ submodule, so it cannot be run. Status 1. This file itself is not run.
