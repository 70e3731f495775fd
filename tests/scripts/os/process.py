# os: processes (fork, waitpid, kill, exit codes), pipes, the environment, misc.
import os
import sys

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), os.getuid() >= 0, os.getgid() >= 0)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1, len(os.urandom(0)), len(os.urandom(33)), type(os.urandom(3)).__name__)
u = os.uname()
print(u.sysname, len(u), isinstance(u, tuple), repr(u).startswith('posix.uname_result(sysname='))
print(os.strerror(2), os.strerror(13))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns, os.terminal_size([1, 2]).lines)

# environment
os.environ['MINIPY_A'] = 'one'
print(os.environ['MINIPY_A'], os.getenv('MINIPY_A'), os.environ.get('MINIPY_A'), 'MINIPY_A' in os.environ)
print(os.getenv('MINIPY_NOT_SET_X'), os.getenv('MINIPY_NOT_SET_X', 'dflt'), os.environ.get('MINIPY_NOT_SET_X', 0))
print(os.environ.setdefault('MINIPY_B', 'two'), os.environ.setdefault('MINIPY_B', 'three'), os.environ.pop('MINIPY_B'))
os.environ.update({'MINIPY_C': 'c'}, MINIPY_D='d')
print(sorted(k for k in os.environ if k.startswith('MINIPY_')), isinstance(os.environ.copy(), dict))
del os.environ['MINIPY_A']
print('MINIPY_A' in os.environ, os.environ.get('MINIPY_A'))
for bad in [lambda: os.environ['MINIPY_NOT_SET_X'], lambda: os.environ.__setitem__('X', 1),
            lambda: os.environ.__setitem__(1, 'x'), lambda: os.putenv('a=b', 'c'), lambda: os.putenv('', 'c'),
            lambda: os.putenv('A', 'b\0c'), lambda: os.unsetenv(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)

# the environment reaches a child process
os.environ['MINIPY_CHILD'] = 'inherited'
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, os.environ.get('MINIPY_CHILD', 'missing').encode())
    os._exit(0)
os.close(w)
print(os.read(r, 100))
os.close(r)
os.waitpid(pid, 0)
print(os.system('test "$MINIPY_CHILD" = inherited') == 0, os.waitstatus_to_exitcode(os.system('exit 3')))

# pipes
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b'hello'), os.read(r, 3), os.read(r, 10))
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)

# fork and exit statuses
print('parent before fork', flush=True)
pid = os.fork()
if pid == 0:
    print('in the child')
    sys.stdout.flush()
    os._exit(7)
p, status = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    import time
    time.sleep(10)
    os._exit(0)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 15)
p, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status), os.WIFEXITED(status))

# a child that leaves through sys.exit runs the normal shutdown (flushing its output)
pid = os.fork()
if pid == 0:
    print('child leaving with sys.exit')
    sys.exit(3)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# fork hooks, in CPython's order
calls = []
os.register_at_fork(before=lambda: calls.append('before1'), after_in_parent=lambda: calls.append('parent1'),
                    after_in_child=lambda: calls.append('child1'))
os.register_at_fork(before=lambda: calls.append('before2'), after_in_parent=lambda: calls.append('parent2'),
                    after_in_child=lambda: calls.append('child2'))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(calls).encode())
    os._exit(0)
os.waitpid(pid, 0)
os.close(w)
print('child saw', os.read(r, 1000).decode())
os.close(r)
print('parent saw', calls)
for bad in [lambda: os.register_at_fork(), lambda: os.register_at_fork(before=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)

# the random module reseeds in a forked child
import random
random.seed(5)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(random.random()).encode())
    os._exit(0)
os.waitpid(pid, 0)
os.close(w)
child_value = float(os.read(r, 100))
os.close(r)
print(child_value != random.random())
