# CPython 3.11+ has two str iterator types: one for ASCII strings, one for the rest.
import collections.abc

for s in ['', 'abc', 'h\xe9', '\u20ac1', 'x' * 5]:
    it = iter(s)
    print(repr(s), type(it).__name__, list(it), isinstance(iter(s), collections.abc.Iterator))
it = iter('ab\xe9')
print(next(it), it.__length_hint__(), next(it), next(it), it.__length_hint__())
print(type(iter('a')) is type(iter('b')), type(iter('a')) is type(iter('\xe9')))
