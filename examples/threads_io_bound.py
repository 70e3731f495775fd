# threads_io_bound.py — threads overlap their waiting, so I/O-bound work gets faster with them.
#
# A thread that waits (in time.sleep, in a blocking read, on a lock) releases the GIL for the
# whole wait, so the other threads run meanwhile.  CPU-bound threads take turns holding the GIL
# (see threads_cpu_bound.py) and gain nothing; I/O-bound threads spend most of their time
# waiting, and their waits can all happen at the same time.
#
# Two kinds of waiting are shown:
#   1. time.sleep(), standing for any slow operation (a network request, a disk, a database);
#   2. real blocking reads from OS pipes: each "request" gets its answer from a "server" thread
#      that replies after a delay, and the client blocks in os.read() until the answer arrives.
#      (This part needs os.pipe/os.read/os.write; where the os module does not provide them
#      yet, it is skipped with a note.)
# Each is run sequentially, then with one thread per request, and the times are printed.
import threading
import time

REQUESTS = 4
DELAY = 0.3          # seconds each request waits

try:
    import os
    HAVE_PIPES = all(hasattr(os, name) for name in ("pipe", "read", "write", "close"))
except ImportError:
    HAVE_PIPES = False


def sleepy_request(n):
    # Stands for a request to a slow service: the thread just waits.
    time.sleep(DELAY)
    return f"reply {n}"


def pipe_request(n):
    # A real blocking read: a server thread writes the reply into the pipe after DELAY seconds;
    # until then os.read() blocks (with the GIL released).
    read_end, write_end = os.pipe()

    def server():
        time.sleep(DELAY)
        os.write(write_end, f"reply {n}".encode())

    threading.Thread(target=server).start()
    try:
        return os.read(read_end, 100).decode()
    finally:
        os.close(read_end)
        os.close(write_end)


def sequential(request):
    return [request(n) for n in range(REQUESTS)]


def threaded(request):
    replies = [None] * REQUESTS

    def worker(n):
        replies[n] = request(n)      # each thread fills its own slot: no lock needed

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(REQUESTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return replies


def timed(label, run, request):
    start = time.perf_counter()
    replies = run(request)
    elapsed = time.perf_counter() - start
    print(f"  {label:10} {elapsed:5.2f} s   {replies}")


print(f"{REQUESTS} requests that each wait {DELAY} s")
print("sleeping:")
timed("sequential", sequential, sleepy_request)
timed("threaded", threaded, sleepy_request)
if HAVE_PIPES:
    print("blocking pipe reads:")
    timed("sequential", sequential, pipe_request)
    timed("threaded", threaded, pipe_request)
else:
    print("blocking pipe reads: skipped (this interpreter's os module has no pipe/read/write yet)")
print(f"Sequential waits add up (about {REQUESTS * DELAY:.1f} s); threaded ones overlap (about {DELAY} s).")
