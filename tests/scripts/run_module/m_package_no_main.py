# `-m m_nomain` (m_package_no_main.py.cmdline): a package without __main__.py cannot be run; its
# __init__ has run by the time that is known. Error on stderr, status 1. This file is not run.
