# Iteration builtins: len, iter (both forms), next, sorted, reversed, enumerate, zip, map, filter,
# any, all, range, and the container constructors.
def t(expr):
    try:
        r = eval(expr)
        if type(r).__name__ in ("map", "filter", "zip", "enumerate", "reversed", "list_reverseiterator",
                                "callable_iterator", "list_iterator", "str_ascii_iterator", "range_iterator",
                                "tuple_iterator", "str_iterator"):
            r = (type(r).__name__, list(r))
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__ + ":", e)

for e in [
    "len('abc')", "len([1, 2])", "len({})", "len(range(10))", "len(range(0, 10, 3))", "len(5)", "len()", "len([], [])",
    "len(x for x in [])", "len(b'ab')", "len({1: 2, 3: 4}.items())",
    "sorted([3, 1, 2])", "sorted([3, 1, 2], reverse=True)", "sorted('cba', key=str.upper)", "sorted({3: 'a', 1: 'b'})",
    "sorted([(1, 'b'), (1, 'a')])", "sorted([1, 'a'])", "sorted()", "sorted([1], [2])", "sorted([], foo=1)",
    "sorted(['b', 'A', 'c'], key=str.lower, reverse=True)", "sorted([1, 2], key=None)",
    "reversed([1, 2, 3])", "reversed('abc')", "reversed(range(3))", "reversed((1, 2))", "reversed(5)", "list(reversed({1: 0, 2: 0}))",
    "reversed({1: 2}) if False else 0", "reversed()", "reversed(seq=[1])",
    "enumerate('ab')", "enumerate('ab', 5)", "enumerate('ab', start=2)", "enumerate(1)", "enumerate()", "enumerate([], 'a')",
    "zip([1, 2], 'abc')", "zip()", "zip([1], [2], strict=True)", "zip([1], [], strict=True)", "zip([], [1], strict=True)",
    "zip(1)", "zip([1], 2)", "zip('ab', range(3), [None] * 2)",
    "map(lambda x, y: x + y, [1, 2], [3, 4, 5])", "map(1)", "map(abs, [-1, -2])", "map()", "map(str.upper, 'ab')", "map(None, [1])",
    "filter(None, [0, 1, '', 'a', [], [0]])", "filter(lambda x: x > 1, [1, 2, 3])", "filter(1, 2)", "filter(1, [1])",
    "any([])", "any([0, 1])", "all([])", "all([1, 0])", "any(1)", "all(x > 0 for x in [1, 2])", "any(iter([None, '']))",
    "iter([1, 2])", "iter(1)", "iter()", "iter([1], 2)", "iter(lambda: 1, 1)", "next(iter([1]))", "next(iter([]), 'dflt')",
    "next([1])", "next(iter([]))", "next()", "next(iter('a'), None, 1)",
    "list('ab')", "list(range(3))", "list({'a': 1})", "list(1)", "list(x=1)", "tuple('ab')", "tuple()", "tuple(None)",
    "dict(a=1)", "dict([(1, 2)])", "dict({'a': 1}, b=2)", "dict([1])", "dict(1)", "dict([(1, 2, 3)])", "dict.fromkeys('ab', 0)",
    "set('aba') == {'a', 'b'}", "set()", "frozenset([1]) == {1}", "set(1)", "frozenset('aa')",
    "range(5)", "range(1, 10, 2)", "list(range(10, 0, -3))", "range(0)", "range(1.5)", "range(1, 2, 0)", "range()",
    "range(3)[1]", "range(3)[5]", "range(10)[2:5]", "3 in range(5)", "range(5).index(3)", "range(5).count(9)",
]:
    t(e)
values = [1, 2, 3, 0, 4]
print(list(iter(lambda: values.pop(0), 0)), values)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=1):
    print(i, a, b)
print(list(map(pow, [2, 3], [3, 2])), list(zip(*[(1, "a"), (2, "b")])))
