# queue: argument checks in every state, custom containers through the hook methods,
# SimpleQueue timeouts, generic aliases, task accounting.
import queue
import threading

for maxsize in (0, 1):
    q = queue.Queue(maxsize)
    for label, call in (('put -1', lambda: q.put('a', timeout=-1)),
                        ('get -1', lambda: q.get(timeout=-1)),
                        ('get nb', lambda: q.get(False, -5)),
                        ('get 0', lambda: q.get(timeout=0)),
                        ('put nb', lambda: q.put_nowait('b')),
                        ('put 0.01', lambda: q.put('c', timeout=0.01))):
        try:
            print(maxsize, label, call(), q.qsize())
        except (ValueError, queue.Empty, queue.Full) as e:
            print(maxsize, label, type(e).__name__, e, q.qsize())
    print(q.empty(), q.full(), q.unfinished_tasks)


class Sorted(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()


s = Sorted()
for x in [5, 3, 9, 1]:
    s.put(x)
print([s.get() for _ in range(4)], s.unfinished_tasks)
lifo = queue.LifoQueue(2)
lifo.put(1)
lifo.put(2)
print(lifo.full(), lifo.get(), lifo.get(), lifo.empty(), type(lifo.queue).__name__)
pq = queue.PriorityQueue()
for item in [(2, 'b'), (1, 'z'), (1, 'a'), (3, '')]:
    pq.put(item)
print(pq.qsize(), [pq.get_nowait() for _ in range(4)], type(pq.queue).__name__)
try:
    pq.task_done()
    pq.task_done()
    pq.task_done()
    pq.task_done()
    pq.task_done()
except ValueError as e:
    print('ValueError:', e, pq.unfinished_tasks)
pq.join()

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for call in (lambda: sq.get(False), lambda: sq.get(timeout=0.01), lambda: sq.get_nowait(),
             lambda: sq.get(timeout=-1), lambda: sq.get(False, -1)):
    try:
        print(call())
    except (ValueError, queue.Empty) as e:
        print(type(e).__name__, e)
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=-4)
print(sq.qsize(), sq.get(), sq.get(timeout=1), sq.get(False), sq.empty())

got = []
t = threading.Thread(target=lambda: got.append(sq.get()))
t.start()
sq.put('late')
t.join()
print(got)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple])
print(queue.Queue.__class_getitem__(bytes))
