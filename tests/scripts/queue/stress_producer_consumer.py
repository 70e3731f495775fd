# Stress: 8 producers and 8 consumers exchange 40,000 items through a bounded Queue, a
# SimpleQueue and a LifoQueue; nothing may be lost or duplicated and nobody may hang.
import queue
import threading
import time

N_PRODUCERS = 8
N_CONSUMERS = 8
PER_PRODUCER = 5000
STOP = object()

for make in (lambda: queue.Queue(maxsize=50), queue.SimpleQueue, lambda: queue.LifoQueue(100)):
    q = make()
    received = [[] for _ in range(N_CONSUMERS)]

    def produce(k):
        for i in range(PER_PRODUCER):
            q.put(k * PER_PRODUCER + i)

    def consume(slot):
        mine = received[slot]
        while True:
            item = q.get()
            if item is STOP:
                return
            mine.append(item)

    consumers = [threading.Thread(target=consume, args=(i,)) for i in range(N_CONSUMERS)]
    producers = [threading.Thread(target=produce, args=(k,)) for k in range(N_PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    # Let the consumers drain the queue before telling them to stop: in a LifoQueue the STOP
    # markers would otherwise come out before the items still below them.
    while not q.empty():
        time.sleep(0.001)
    for _ in consumers:
        q.put(STOP)
    for t in consumers:
        t.join()
    everything = sorted(x for part in received for x in part)
    print(type(q).__name__, len(everything), everything == list(range(N_PRODUCERS * PER_PRODUCER)))
print("threads left:", threading.active_count())
