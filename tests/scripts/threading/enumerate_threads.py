# active_count(), enumerate(), current_thread() and dummy threads started with _thread directly.
import threading
import _thread

print(threading.active_count(), [t.name for t in threading.enumerate()])
release = threading.Event()
started = threading.Semaphore(0)


def wait_here():
    started.release()
    release.wait()


threads = [threading.Thread(target=wait_here, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print([t.is_alive() for t in threads])

# A thread started with _thread gets a _DummyThread from current_thread(): a daemon, alive,
# named Dummy-N, listed by enumerate().
info = []
done = threading.Event()


def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 me.ident == _thread.get_ident(), me is threading.current_thread(),
                 me in threading.enumerate()))
    done.set()


_thread.start_new_thread(raw, ())
done.wait()
print(info)
