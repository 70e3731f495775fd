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
