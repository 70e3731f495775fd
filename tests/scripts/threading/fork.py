# os.fork() while other threads run: in the child only the forking thread exists.  threading
# makes it the main thread and marks the others finished; new threads and pools work there,
# and the child's exit does not wait for the parent's threads.
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()
background = threading.Thread(target=release.wait, name="background")
background.start()
pool = ThreadPoolExecutor(2)
pool.submit(int).result()

pid = os.fork()
if pid == 0:
    me = threading.current_thread()
    print("child: current is main:", me is threading.main_thread(), me.name)
    print("child: threads:", threading.active_count(), [t.name for t in threading.enumerate()])
    print("child: background alive:", background.is_alive())
    t = threading.Thread(target=lambda: print("child: a new thread runs"))
    t.start()
    t.join()
    with ThreadPoolExecutor(2) as child_pool:
        print("child: pool result", child_pool.submit(pow, 2, 10).result())
    sys.stdout.flush()
    # A normal exit: _shutdown must not wait for `background`, which is not in this process.
    sys.exit(0)
_, status = os.waitpid(pid, 0)
print("parent: child status", status)
print("parent: background alive:", background.is_alive())
release.set()
background.join()
pool.shutdown()


# Forking from a thread that is not the main thread: that thread becomes the child's main.
def forker():
    pid = os.fork()
    if pid == 0:
        me = threading.current_thread()
        print("child2: current is main:", me is threading.main_thread(), me.name,
              threading.active_count())
        sys.stdout.flush()
        os._exit(0)
    os.waitpid(pid, 0)


f = threading.Thread(target=forker, name="forker")
f.start()
f.join()
print("parent: end", threading.active_count())
