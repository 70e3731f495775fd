# heapq: the min-heap functions PriorityQueue is built on.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(7)])
try:
    heapq.heappop(h)
except IndexError as e:
    print("IndexError:", e)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
ok = all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data))
print("heap invariant:", ok, data[0])
print(heapq.heapreplace(data, 10), data[0])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data[0])
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print(heapq.heappushpop([], 3))

# Tuples and stability of equal keys.
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "close"), (1, "open")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])

# Only < is used.
class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


items = [Item(v) for v in [3, 1, 2]]
heapq.heapify(items)
print([heapq.heappop(items).v for _ in range(3)])

# A larger randomized-looking check against sorted().
seq = [(i * 7919) % 1009 for i in range(500)]
h = []
for x in seq:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(seq))
h = list(seq)
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(seq))

# merge, nsmallest, nlargest
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["bb", "c"], ["a", "dddd"], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda t: t[0])))
print(heapq.nsmallest(3, seq), heapq.nlargest(3, seq))
print(heapq.nsmallest(2, ["ccc", "a", "bb"], key=len), heapq.nlargest(2, ["ccc", "a", "bb"], key=len))
print(heapq.nsmallest(0, seq), heapq.nlargest(10, [3, 1]))
