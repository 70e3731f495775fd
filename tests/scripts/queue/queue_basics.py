# queue: FIFO, LIFO and priority order; sizes; Full and Empty with block=False and timeouts.
import queue

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e")]:
    pq.put(item)
print([pq.get() for _ in range(5)])
values = [(i * 7919) % 1009 for i in range(300)]
for v in values:
    pq.put(v)
print([pq.get() for _ in range(300)] == sorted(values), pq.empty())

# Bounded queue.
b = queue.Queue(maxsize=2)
b.put("x")
b.put_nowait("y")
print(b.qsize(), b.full(), b.maxsize)
try:
    b.put_nowait("z")
except queue.Full:
    print("Full (put_nowait)")
try:
    b.put("z", block=False)
except queue.Full:
    print("Full (block=False)")
try:
    b.put("z", timeout=0.01)
except queue.Full:
    print("Full (timeout)")
print(b.get_nowait(), b.get(), b.empty())
for call in (lambda: b.get_nowait(), lambda: b.get(False), lambda: b.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
for call in (lambda: b.get(timeout=-1), lambda: b.put(1, timeout=-1)):
    try:
        b.put(0)
        b.put(0)
        call()
    except ValueError as e:
        print("ValueError:", e)
    finally:
        while not b.empty():
            b.get()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__mro__[1].__name__, queue.Full.__mro__[1].__name__)

# maxsize <= 0 means unbounded.
u = queue.Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full())

# task_done / join bookkeeping.
t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()                # returns at once: everything is done
print(t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)

# SimpleQueue: unbounded, no task tracking.
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(timeout=1))
for call in (lambda: s.get_nowait(), lambda: s.get(block=False), lambda: s.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(s, "task_done"), hasattr(s, "join"))


# Subclasses change the container through _init/_qsize/_put/_get.
class EvenFirst(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(key=lambda x: (x % 2, x))

    def _get(self):
        return self.queue.pop(0)


e = EvenFirst()
for i in [5, 2, 7, 4, 1]:
    e.put(i)
print([e.get() for _ in range(5)])
print(list(queue.Queue().queue))
