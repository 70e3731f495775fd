# `-m dis m_no_such_file.py` (m_dis_missing_file.py.cmdline): dis's command line reports the file
# it cannot open as CPython's argparse does, status 2. This file itself is not run.
