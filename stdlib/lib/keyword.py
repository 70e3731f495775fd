"""Python's keywords: the reserved words and the soft keywords.

kwlist holds the words the parser always reserves; softkwlist the words that are keywords only
in some positions (match statements).  The lists are the ones CPython 3.11 reports, since
minipy's parser does not have the `type` statement of 3.12 yet.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

# Membership tests go through frozensets; the public functions are their bound __contains__,
# as in CPython, so iskeyword(x) costs one hash lookup.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
