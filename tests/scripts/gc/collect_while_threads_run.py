# gc.collect() in a loop while other threads make cyclic garbage. Run with --no-gil
# (collect_while_threads_run.py.args): without a stop-the-world the collector must not run while
# other threads mutate objects, so collect() skips (returns 0) until they are gone; then it frees
# what they left.
import gc
import threading

stop = threading.Event()

def make_cycles():
    while not stop.is_set():
        node = {}
        node['self'] = node
        pair = [[], []]
        pair[0].append(pair[1])
        pair[1].append(pair[0])

workers = [threading.Thread(target=make_cycles) for _ in range(2)]
for w in workers:
    w.start()
for _ in range(200):
    assert gc.collect() >= 0
stop.set()
for w in workers:
    w.join()
leftover = []
leftover.append(leftover)
del leftover
print('after the threads ended, collect() frees cycles:', gc.collect() > 0)
