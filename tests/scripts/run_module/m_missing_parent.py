# `-m m_no_such_package.sub` (m_missing_parent.py.cmdline): the parent package is missing, which
# runpy reports as a failed search for the module. Status 1. This file itself is not run.
