# race_counter.py — why shared counters need a Lock, even with a GIL.
#
# Several threads add 1 to one global counter.  Without a lock, some additions are lost; with a
# threading.Lock around the update, none are.
#
# Why can updates be lost at all, when the GIL lets only one thread run bytecode at a time?
# Because `counter += 1` is not one step.  It is several bytecodes:
#
#     LOAD_GLOBAL counter      read the current value
#     LOAD_CONST 1
#     BINARY_OP +=             compute the new value
#     STORE_GLOBAL counter     write it back
#
# The GIL may pass to another thread between any two of them.  If thread A reads 41, then B
# runs, reads 41 and stores 42, and then A stores its own 42, one addition is gone.
#
# For the bare `counter += 1` loop this is rare: a thread only gives up the GIL at a few
# checkpoints (loop back-edges, calls, function entry), and none falls inside those four
# instructions (try `minipy --dis` on it).  So this demo widens the window the way real code
# does: the new value is computed by a *function call*, `counter = add(counter, 1)`.  Entering
# add() is a checkpoint, so a switch between the read and the write now happens regularly.
import threading

THREADS = 4
ADDS_PER_THREAD = 200_000

counter = 0


def add(a, b):
    return a + b


def unsafe_worker():
    global counter
    for _ in range(ADDS_PER_THREAD):
        counter = add(counter, 1)     # read ... (maybe another thread runs here) ... write


lock = threading.Lock()


def safe_worker():
    global counter
    for _ in range(ADDS_PER_THREAD):
        with lock:                    # only one thread at a time between read and write
            counter = add(counter, 1)


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


expected = THREADS * ADDS_PER_THREAD
for label, worker in [("without a lock", unsafe_worker), ("with a Lock", safe_worker)]:
    total = run(worker)
    lost = expected - total
    if lost:
        print(f"{label:15}: counter = {total:,} (expected {expected:,}): {lost:,} updates lost")
    else:
        print(f"{label:15}: counter = {total:,} (expected {expected:,}): no updates lost")
