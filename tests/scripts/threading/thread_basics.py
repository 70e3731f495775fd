# Thread: target/args/kwargs, default names, subclassing, start/join errors, properties, repr.
import threading
import _thread


def show(t):
    # repr with the ident (different on every run) replaced by a placeholder.
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    print(r)


results = []


def worker(a, b=0, *, c=0):
    results.append((threading.current_thread().name, a, b, c))


t = threading.Thread(target=worker, args=(1,), kwargs={"b": 2, "c": 3})
show(t)
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
show(t)
print(results)
print(type(t.ident) is int, type(t.native_id) is int, t.is_alive())

# Default names count up across all threads; a target's name is added in parentheses.
t2 = threading.Thread(target=worker, args=(0,))
t3 = threading.Thread(target=lambda: None)
t4 = threading.Thread()
t5 = threading.Thread(name="custom")
t6 = threading.Thread(name=42)
print([x.name for x in (t2, t3, t4, t5, t6)])
t5.name = "renamed"
print(t5.name)


# Subclassing: override run().
class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.out = None

    def run(self):
        self.out = self.value * 2


m = MyThread(21)
print(m.name)
m.start()
m.join()
print(m.out)
show(m)

# Errors.
try:
    m.start()
except RuntimeError as e:
    print("RuntimeError:", e)

u = threading.Thread(target=worker, args=(5,))
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        results.append(str(e))


j = threading.Thread(target=join_self)
j.start()
j.join()
print(results[-1])
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

# Daemon flag: given explicitly, inherited from the creating thread, fixed once started.
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
show(d)
inherited = []


def make_child():
    inherited.append(threading.Thread(target=lambda: None).daemon)


p = threading.Thread(target=make_child, daemon=True)
p.start()
p.join()
print("inherited daemon:", inherited)
ev = threading.Event()
r = threading.Thread(target=ev.wait)
r.start()
try:
    r.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print("alive while waiting:", r.is_alive())
r.join(0.05)
print("alive after join timeout:", r.is_alive())
ev.set()
r.join()
print("alive after join:", r.is_alive())
d.daemon = False
print(d.daemon)

# Idents: the thread's own get_ident(), distinct from the main thread's.
ids = []


def record():
    ids.append((threading.get_ident(), threading.get_native_id(), _thread.get_ident()))


w = threading.Thread(target=record)
w.start()
w.join()
print(ids[0][0] == w.ident, ids[0][1] == w.native_id, ids[0][2] == w.ident)
print(w.ident != threading.get_ident(), w.native_id != threading.get_native_id())

# The main thread.
mt = threading.main_thread()
print(mt.name, mt is threading.current_thread(), mt.daemon, mt.is_alive())
print(mt.ident == threading.get_ident(), mt.native_id == threading.get_native_id())
show(mt)
print(type(threading.TIMEOUT_MAX) is float, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error, threading.ThreadError is RuntimeError)

# settrace/setprofile are accepted (and stored); gettrace/getprofile return them.
def tracer(*args):
    return None


threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
z = threading.Thread(target=lambda: None)
z.start()
z.join()
print("done")
