"""keyword: which identifiers the language reserves.

kwlist holds the hard keywords, never usable as names; softkwlist the soft ones, keywords only
where the grammar expects them (match statements) and ordinary names elsewhere.  Both lists are
those of CPython 3.11, the version the test goldens come from (3.12 adds the soft keyword `type`,
which minipy's parser does not know yet).
"""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = ('False None True and as assert async await break class continue def del elif else '
          'except finally for from global if import in is lambda nonlocal not or pass raise '
          'return try while with yield').split()

softkwlist = ['_', 'case', 'match']

# The predicates are bound methods of frozensets: one hash lookup per call, no Python frame.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
