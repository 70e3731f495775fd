# signal: Python handlers run in the main thread soon after the signal arrives.
import os
import signal
import time

print(signal.NSIG, signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK, signal.ITIMER_REAL)
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL, signal.SIGALRM, signal.SIGCHLD)
print(repr(signal.SIGINT), signal.SIGINT.name, signal.SIGINT.value, signal.Signals(15), repr(signal.Signals(15)))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, signal.SIG_IGN == 1, signal.Handlers, signal.Signals)
print(signal.Signals['SIGTERM'] is signal.SIGTERM, signal.SIGCLD is signal.SIGCHLD, repr(signal.Signals.SIGIOT),
      repr(signal.SIGPOLL), isinstance(signal.SIGINT, int), signal.SIGINT + 1, list(signal.Handlers))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGPIPE)),
      repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGSEGV))
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, 0 in valid, 32 in valid, signal.NSIG - 1 in valid)

got = []
def handler(signum, frame):
    got.append((signal.Signals(signum).name, type(frame).__name__))

old = signal.signal(signal.SIGUSR1, handler)
print('old', repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', got)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)
print('replaced', signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('ignored', got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# a handler that raises: the exception comes out where the main thread was
def boom(signum, frame):
    raise ValueError('raised in handler for %d' % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
    print('not reached')
except ValueError as e:
    print('caught:', e)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    for i in range(100000):
        pass
    print('not reached either')
except ValueError as e:
    print('caught in a loop:', e)

# SIGALRM from setitimer interrupts a sleep; the handler runs, then the sleep goes on (PEP 475)
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append('tick'))
signal.setitimer(signal.ITIMER_REAL, 0.02)
start = time.monotonic()
time.sleep(0.2)
print(ticks, time.monotonic() - start >= 0.19)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))

# a handler that raises interrupts the sleep
def stop_sleep(s, f):
    raise TimeoutError('woken')
signal.signal(signal.SIGALRM, stop_sleep)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except TimeoutError as e:
    print('sleep interrupted:', e)

# SIGINT: a Python handler, then back to KeyboardInterrupt
signal.signal(signal.SIGINT, lambda s, f: got.append('sigint'))
os.kill(os.getpid(), signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('default_int_handler raises KeyboardInterrupt')

# blocked signals stay pending until unblocked
signal.signal(signal.SIGUSR1, handler)
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print('blocked', len(got), signal.SIGUSR1 in signal.sigpending(), old_mask)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print('unblocked', got[-1])

# the handler table is per signal; several signals pending run in number order
order = []
signal.signal(signal.SIGUSR1, lambda s, f: order.append('usr1'))
signal.signal(signal.SIGUSR2, lambda s, f: order.append('usr2'))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
os.kill(os.getpid(), signal.SIGUSR1)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1, signal.SIGUSR2])
print(order)

for bad in [lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(signal.NSIG, signal.SIG_DFL),
            lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN), lambda: signal.signal(signal.SIGUSR1, 5),
            lambda: signal.signal(signal.SIGUSR1, 'x'), lambda: signal.getsignal(0), lambda: signal.strsignal(0),
            lambda: signal.raise_signal(-1), lambda: signal.Signals(99), lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
