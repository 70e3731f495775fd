"""A module run with `-m m_module a -b --c` (see m_module.py.cmdline): the options after the
module name are its arguments, __name__ is "__main__", sys.argv[0] is the file's absolute path,
and sys.path[0] is the current directory (absolute) instead of a script's directory."""
import os
import sys

print(__name__, repr(__package__), os.path.basename(__file__))
print(sys.argv[0] == __file__, os.path.isabs(sys.argv[0]), os.path.basename(sys.argv[0]))
print(sys.argv[1:])
print(sys.path[0] == os.getcwd())
print(sys.modules['__main__'].__dict__ is globals(), 'm_module' in sys.modules)
print(__doc__.split()[:3])


def f():
    return 'f of ' + __name__


print(f.__module__, f())

if __name__ == '__main__':
    # Running as __main__ did not register the module under its own name, so importing it
    # runs its code again, as a second module.
    import m_module
    print(m_module.f(), m_module is sys.modules['__main__'], m_module.f is f)
