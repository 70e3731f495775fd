# enumerate, zip (strict), map, filter, reversed, iter(callable, sentinel), __getitem__ iteration.
print(list(enumerate("abc", 1)), list(enumerate("ab", start=-1)))
print(list(zip("abc", range(10), [True, False])), list(zip()))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2, 3], [1, 2], [1, 2])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda n: n % 3 == 0, range(10))))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return 5

print(list(Squares()), list(reversed(Squares())), 9 in Squares())

class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))

print(list(Countdown(3)), list(reversed(Countdown(3))))
queue = [1, 2, 3, None, 4]
print(list(iter(lambda: queue.pop(0), None)))
for bad in (lambda: reversed(5), lambda: reversed({1}), lambda: iter(5), lambda: map(len), lambda: enumerate()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
