# Queues between threads: blocking get wakes on put, blocking put wakes on get, join() waits for
# task_done(), and a timed get/put really waits.
import queue
import threading
import time

q = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
q.put("hello")
t.join()
print(got)

# A full queue blocks put() until a consumer takes an item.
b = queue.Queue(maxsize=1)
b.put(1)
t = threading.Thread(target=b.put, args=(2,))
t.start()
time.sleep(0.05)
print("put blocked while full:", t.is_alive())
print("main takes", b.get())
t.join()
print("then the put went through:", b.get())

# get(timeout) waits at least about the timeout before raising Empty.
start = time.monotonic()
try:
    queue.Queue().get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout:", "PASS" if time.monotonic() - start >= 0.09 else "FAIL")

# join() returns when every item has been marked done by the workers.
work = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            done.append(item * item)
        work.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(100):
    work.put(i)
work.join()
print("after join:", len(done), sum(done) == sum(i * i for i in range(100)))
for w in workers:
    work.put(None)
for w in workers:
    w.join()
print(work.unfinished_tasks, work.qsize())

# SimpleQueue between threads, and a get that blocks until a put.
sq = queue.SimpleQueue()
out = []
c = threading.Thread(target=lambda: out.extend(sq.get() for _ in range(3)))
c.start()
for i in range(3):
    sq.put(i)
c.join()
print(out)

# LifoQueue and PriorityQueue are just as thread-safe.
for cls in (queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    producers = [threading.Thread(target=lambda k=k: [q.put(k * 100 + i) for i in range(100)])
                 for k in range(5)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    items = [q.get() for _ in range(500)]
    print(cls.__name__, len(items), sorted(items) == list(range(500)),
          items == sorted(items) if cls is queue.PriorityQueue else q.empty())
