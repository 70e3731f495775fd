# select: select(), poll() and epoll over pipes, errors, and waiting with the GIL released.
import _thread
import os
import select
import time

print([n for n in dir(select) if not n.startswith('_')])
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL,
      select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.error is OSError)

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []), select.select([], [], [], 0), select.select([r], [], [], 0.01))
os.write(w, b'x')
print(select.select([r], [w], [r], 1.5) == ([r], [w], []), select.select((r,), (), ()) == ([r], [], []))
class Wrapper:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
wr = Wrapper(r)
ready = select.select([wr, w], [], [], 0)[0]
print(ready[0] is wr, len(ready))

p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
print(type(p).__name__, sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.unregister(w)
os.read(r, 1)
print(p.poll(0), p.poll(10), p.poll(0.5))

ep = select.epoll()
ep.register(r, select.EPOLLIN)
print(ep.poll(0), ep.closed, ep.fileno() >= 0)
os.write(w, b'y')
print(ep.poll(1) == [(r, select.EPOLLIN)], ep.poll(timeout=0, maxevents=1) == [(r, select.EPOLLIN)])
ep.modify(r, select.EPOLLOUT)
print(ep.poll(0))
ep.unregister(r)
with ep:
    print('in with', ep.closed)
print('after with', ep.closed)
os.read(r, 1)

# end of file: the read end becomes readable (and POLLHUP)
os.close(w)
print(select.select([r], [], [], None) == ([r], [], []), p.poll(None) == [(r, select.POLLIN | select.POLLHUP)])
os.close(r)

# A thread blocked in select() lets the main thread run (the GIL is released while waiting).
r, w = os.pipe()
done = _thread.allocate_lock()
done.acquire()
result = []
def waiter():
    result.append(select.select([r], [], [], 10)[0] == [r])
    result.append(os.read(r, 10))
    done.release()
_thread.start_new_thread(waiter, ())
time.sleep(0.05)
total = sum(range(10000))    # the main thread runs while the other one waits
os.write(w, b'wake up')
done.acquire()
print(result, total)
os.close(r)
os.close(w)

# ... and so does a thread blocked in os.read() on a pipe
r, w = os.pipe()
done.acquire(False)
got = []
def reader():
    got.append(os.read(r, 100))
    done.release()
_thread.start_new_thread(reader, ())
time.sleep(0.05)
os.write(w, b'pipe round trip')
done.acquire()
print(got)
os.close(r)
os.close(w)

p = select.poll()
for bad in [lambda: select.select([], [], [], -1), lambda: select.select([], [], [], 'a'),
            lambda: select.select([-1], [], [], 0), lambda: select.select(['x'], [], [], 0),
            lambda: select.select(1, [], []), lambda: select.select([99999], [], [], 0),
            lambda: p.unregister(5), lambda: p.register('x'), lambda: p.modify(99, 1), lambda: p.poll('x'),
            lambda: select.epoll().register(-1), lambda: select.epoll().unregister(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
e = select.epoll()
e.close()
for bad in [lambda: e.poll(0), lambda: e.fileno(), lambda: e.register(0)]:
    try:
        print(bad())
    except ValueError as ex:
        print('ValueError:', ex)
