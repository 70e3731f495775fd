# `-m timeit --bogus` (m_timeit_options.py.cmdline): timeit's command line reports the unknown
# option, status 2. (A timing run is tests/run_m_timeit_test.sh: its output holds a time.)
# This file itself is not run.
