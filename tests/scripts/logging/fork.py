# Logging across fork: handler locks are re-made in the child (a lock that another thread
# held at fork time would otherwise stay held forever in the child).
import logging
import os
import sys
import threading

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(processName)s %(levelname)s %(message)s'))
log = logging.getLogger('fork')
log.addHandler(handler)
log.propagate = False
log.warning('before any child')

# A thread holds the handler's lock while the main thread forks.
holding = threading.Event()
release = threading.Event()


def hold_lock():
    with handler.lock:
        holding.set()
        release.wait()


t = threading.Thread(target=hold_lock)
t.start()
holding.wait()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    log.warning('the child can log')       # would hang if the lock were still held
    sys.stdout.flush()
    os._exit(0)
_, status = os.waitpid(pid, 0)
release.set()
t.join()
print('child status', status)
log.warning('parent done')
