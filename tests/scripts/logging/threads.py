# Several threads logging through one handler: every line arrives whole (the handler's lock
# serializes emit()), with the right threadName.  Lines are sorted before printing because
# the interleaving of threads is not deterministic.
import logging
import threading
import time


class Chunky:
    # A stream that writes each string in several pieces and yields between them: without
    # the handler lock, lines from different threads would get mixed up.
    def __init__(self):
        self.pieces = []

    def write(self, text):
        for i in range(0, len(text), 3):
            self.pieces.append(text[i:i + 3])
            if i % 2:
                time.sleep(0.0002)

    def flush(self):
        pass


stream = Chunky()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(threadName)s: %(message)s'))
log = logging.getLogger('workers')
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

N_THREADS, N_LINES = 6, 40


def work(n):
    for i in range(N_LINES):
        log.info('line %02d of worker %d, padded to be long enough to split', i, n)


threads = [threading.Thread(target=work, args=(n,), name='worker-%d' % n)
           for n in range(N_THREADS)]
for t in threads:
    t.start()
log.info('main thread says hello')
for t in threads:
    t.join()

lines = ''.join(stream.pieces).splitlines()
print(len(lines))
good = 0
for line in lines:
    name, _, message = line.partition(': ')
    if name == 'MainThread' and message == 'main thread says hello':
        good += 1
    elif name.startswith('worker-') and message.endswith('worker %s, padded to be long '
                                                         'enough to split' % name[7:]):
        good += 1
print('whole lines:', good == len(lines) == N_THREADS * N_LINES + 1)
for line in sorted(lines)[::40]:
    print(line)

# basicConfig with the classic teaching format, from threads started before any handler
# existed: the root is configured exactly once.
import io
import sys
buf = io.StringIO()
saved, sys.stderr = sys.stderr, buf
barrier = threading.Barrier(4)


def first_use(n):
    barrier.wait()
    logging.warning('thread %d reporting', n)


workers = [threading.Thread(target=first_use, args=(n,), name='T%d' % n) for n in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
sys.stderr = saved
print(len(logging.root.handlers))
print(sorted(buf.getvalue().splitlines()))
