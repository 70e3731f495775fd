# `-m math` (m_native.py.cmdline): a native module has no code to run as __main__. Status 1.
# This file itself is not run.
