# `-m textwrap` (m_embedded.py.cmdline): a stdlib module (embedded in minipy) with an
# `if __name__ == "__main__"` block, as CPython's has. This file itself is not run.
