# heapq: push/pop/heapify/replace/pushpop, nlargest/nsmallest (key, stability), merge.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data[0])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data[0])
print(sorted(data) == [heapq.heappop(data) for _ in range(len(data))])

try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print('TypeError:', e)

# Tuples as prioritised tasks.
tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'read spec'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
while tasks:
    print(heapq.heappop(tasks))

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(5, iter(nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nsmallest(3, iter([])))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, iter(portfolio), key=lambda s: s['price'])])
# Stability: equal keys keep input order.
words = ['bb', 'a', 'cc', 'd', 'ee', 'f']
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, 'b')], [(1, 'a')])))

# Many pseudo-random operations (a fixed LCG, so the output does not depend on `random`).
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n


heap, log = [], []
for step in range(3000):
    op = rnd(4)
    if op < 2 or not heap:
        heapq.heappush(heap, rnd(100))
    elif op == 2:
        log.append(heapq.heappop(heap))
    else:
        log.append(heapq.heappushpop(heap, rnd(100)) if rnd(2) else heapq.heapreplace(heap, rnd(100)))
    ok = all(not heap[(i - 1) // 2] > heap[i] for i in range(1, len(heap)))
    if not ok:
        print('heap broken at step', step)
        break
print(len(heap), sum(log), log[:12])
seq = [rnd(1000) for _ in range(500)]
print(heapq.nsmallest(7, seq) == sorted(seq)[:7], heapq.nlargest(7, iter(seq)) == sorted(seq)[-7:][::-1])
expected = sorted(seq)
heapq.heapify(seq)
print([heapq.heappop(seq) for _ in range(len(seq))] == expected, seq)
print(list(heapq.merge(*[sorted(rnd(50) for _ in range(rnd(6))) for _ in range(8)])))
