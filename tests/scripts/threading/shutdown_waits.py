# At exit the interpreter waits for non-daemon threads (threading._shutdown), including threads
# they start meanwhile; daemon threads are not waited for.
import threading
import time


def late_worker():
    time.sleep(0.3)
    # By now the main program has finished: the main thread counts as stopped.
    print("worker: main thread alive?", threading.main_thread().is_alive())
    child = threading.Thread(target=late_child)
    child.start()
    print("worker: done")


def late_child():
    time.sleep(0.1)
    print("child: done")


def forever():
    threading.Event().wait()       # never set: a daemon may block forever


threading.Thread(target=late_worker).start()
threading.Thread(target=forever, daemon=True).start()
print("main: alive?", threading.main_thread().is_alive())
print("main: done")
