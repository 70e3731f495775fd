l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[2], l[-1], l[1:4], l[::3], sorted(l), sorted(l, reverse=True))
l.append(7); l.extend([8, 8]); l.insert(0, 0); print(l, l.pop(), l.pop(0), l.index(5), l.count(1))
l.remove(1); l.reverse(); print(l); l.sort(); print(l)
l[1:3] = ["a", "b", "c"]; print(l); del l[0]; del l[::2]; print(l)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
t = (1, 2, 3)
print(t, t[1], t[1:], t + (4,), t * 2, (1,), (), tuple([5, 6]), t.count(2), t.index(3))
a, b, c = t
a, b = b, a
print(a, b, c, *t, [*t, *"ab"])
first, *rest = range(5)
*init, last = "hello"
print(first, rest, init, last)
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d["two"], d.get("four"), d.get("four", 4), "one" in d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["one"]; d.update({"four": 4}, five=5); print(d, d.pop("two"), d.setdefault("six", 6), d)
print({**d, "zero": 0}, dict(a=1, b=2), dict([("x", 1)]), dict.fromkeys("ab", 0))
print({k: v * 2 for k, v in d.items()}, sorted(d), min(d), max(d.values()))
s = {3, 1, 2, 3}
s.add(10); s.discard(1)
print(s, len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(set(), set("aab") == {"a", "b"}, frozenset([1, 2]), {1, 2} <= {1, 2, 3}, sorted({5, 3, 8}))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), range(3), len(range(0, 100, 7)))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "abc")), list(reversed([1, 2, 3])))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], [[r[i] for r in nested] for i in range(2)])
print({x % 3 for x in range(10)}, list(x * x for x in range(4)), sum(x for x in range(101)))
m = [1, 2, 3]; m2 = m; m2.append(4); print(m, m is m2, m == [1, 2, 3, 4], [] is [])
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([(2, "b"), (1, "z"), (2, "a")]))
