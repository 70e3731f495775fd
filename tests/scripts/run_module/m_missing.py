# `-m m_no_such_module` (m_missing.py.cmdline): "<executable>: No module named ...", status 1.
# This file itself is not run.
