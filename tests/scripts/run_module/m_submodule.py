# `-m m_pkg.sub q` (m_submodule.py.cmdline) imports the package, then runs the submodule as
# __main__ with __package__ "m_pkg". This file itself is not run.
