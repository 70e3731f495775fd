# signals_and_fork.py — where a Python signal handler runs, and what a forked child inherits.
#
# 1. A C signal handler may interrupt the process anywhere, even in the middle of a malloc, so
#    it only *records* the signal. The main thread's eval loop checks for recorded signals at
#    its poll points (loop back-edges, calls) and runs the Python handler there, between two
#    bytecodes. Here SIGALRM arrives every 50 ms (setitimer) while the main thread counts in a
#    loop: each tick is handled inside the loop, and the handler sees the loop's frame.
# 2. A blocking call (time.sleep, os.read, select) is interrupted by the signal, the handler
#    runs, and the call resumes for the time that is left (PEP 475) -- unless the handler
#    raises, which is how a timeout can be built from SIGALRM.
# 3. os.fork() copies the whole process. Output buffered before the fork is flushed first, so it
#    is not printed twice; the child gets its own copy of every variable.
import os
import signal
import time

ticks = []

def on_alarm(signum, frame):
    ticks.append((signal.Signals(signum).name, frame.f_code.co_name, frame.f_lineno))

def count(n):
    total = 0
    for i in range(n):
        total += i
    return total

signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)      # first tick after 50 ms, then every 50 ms
start = time.monotonic()
while time.monotonic() - start < 0.3:
    count(10000)
signal.setitimer(signal.ITIMER_REAL, 0)               # disarm
print(f"{len(ticks)} ticks, each handled between two bytecodes of the main thread:")
for name, func, line in ticks[:3]:
    print(f"  {name} in {func}() at line {line}")

# A timeout: the handler raises, so the sleep ends early.
class Timeout(Exception):
    pass

def on_timeout(signum, frame):
    raise Timeout()

signal.signal(signal.SIGALRM, on_timeout)
signal.setitimer(signal.ITIMER_REAL, 0.1)
start = time.monotonic()
try:
    time.sleep(10)
except Timeout:
    print(f"sleep(10) interrupted after {time.monotonic() - start:.1f} s")

# fork: the child has its own copy of `ticks`; the parent waits for it and reads its exit code.
print("parent before fork: this line is printed once", end="\n")
pid = os.fork()
if pid == 0:
    ticks.clear()
    print(f"child {os.getpid()}: my ticks list is empty: {ticks == []}", flush=True)
    os._exit(7)
_, status = os.waitpid(pid, 0)
print(f"parent: child exited with {os.waitstatus_to_exitcode(status)}, parent still has {len(ticks)} ticks")
