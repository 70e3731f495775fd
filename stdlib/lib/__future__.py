"""__future__: the features that `from __future__ import ...` can switch on.

The compiler acts on the import statement itself (minipy honours `annotations`, PEP 563); at run
time the statement is also an ordinary import of this module, where each feature is an object
telling when it appeared and when it became the default:

    getOptionalRelease()   the release whose compiler first accepted the import
    getMandatoryRelease()  the release where the behaviour became (or will become) standard, or
                           None when that is undecided
    compiler_flag          the bit that turns the feature on in compile()'s flags argument

Releases are 5-tuples shaped like sys.version_info: (major, minor, micro, level, serial).
"""

# One row per feature, oldest first: name, first optional release, mandatory release, code flag.
# The flag values are the CO_* constants of CPython's code objects.
_FEATURE_TABLE = (
    ('nested_scopes', (2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 'CO_NESTED', 0x0010),
    ('generators', (2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 'CO_GENERATOR_ALLOWED', 0),
    ('division', (2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 'CO_FUTURE_DIVISION', 0x20000),
    ('absolute_import', (2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0),
     'CO_FUTURE_ABSOLUTE_IMPORT', 0x40000),
    ('with_statement', (2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0),
     'CO_FUTURE_WITH_STATEMENT', 0x80000),
    ('print_function', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
     'CO_FUTURE_PRINT_FUNCTION', 0x100000),
    ('unicode_literals', (2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0),
     'CO_FUTURE_UNICODE_LITERALS', 0x200000),
    ('barry_as_FLUFL', (3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0),
     'CO_FUTURE_BARRY_AS_BDFL', 0x400000),
    ('generator_stop', (3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0),
     'CO_FUTURE_GENERATOR_STOP', 0x800000),
    ('annotations', (3, 7, 0, 'beta', 1), None, 'CO_FUTURE_ANNOTATIONS', 0x1000000),
)


class _Feature:
    """One phased-in language change (see the module docstring)."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The version_info-style tuple of the release that first accepted this import."""
        return self.optional

    def getMandatoryRelease(self):
        """The version_info-style tuple of the release where this is (or will be) always on;
        None while no such release is planned."""
        return self.mandatory

    def __repr__(self):
        state = (self.optional, self.mandatory, self.compiler_flag)
        return '_Feature%r' % (state,)


all_feature_names = []
for _name, _optional, _mandatory, _flag_name, _flag in _FEATURE_TABLE:
    globals()[_flag_name] = _flag
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
    all_feature_names.append(_name)
del _name, _optional, _mandatory, _flag_name, _flag, _FEATURE_TABLE

__all__ = ['all_feature_names'] + all_feature_names
