# Helper package for imports_misc.py.
top = "imppkg"
