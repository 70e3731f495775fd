# logging.handlers: RotatingFileHandler (sizes, backups, namer/rotator), WatchedFileHandler,
# BufferingHandler, MemoryHandler, QueueHandler + QueueListener across threads.
import logging
import logging.handlers
import os
import queue
import sys
import threading

here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, 'more_handlers_test.log')


def cleanup():
    for name in sorted(os.listdir(here)):
        if name.startswith('more_handlers_test.log'):
            os.remove(os.path.join(here, name))


def show_files():
    for name in sorted(os.listdir(here)):
        if name.startswith('more_handlers_test.log'):
            with open(os.path.join(here, name)) as f:
                print('  %-28s %r' % (name, f.read()))


cleanup()
log = logging.getLogger('more')
log.propagate = False
log.setLevel(logging.DEBUG)

# Rotation: each line is 'record NN\n' (10 bytes); at most 25 bytes per file, 2 backups.
rh = logging.handlers.RotatingFileHandler(base, maxBytes=25, backupCount=2)
print(repr(rh).replace(here, '.'), rh.mode, rh.maxBytes, rh.backupCount)
log.addHandler(rh)
for i in range(7):
    log.info('record %02d', i)
log.removeHandler(rh)
rh.close()
show_files()
cleanup()

# maxBytes=0 never rotates; mode 'w' is kept then (and forced to 'a' otherwise).
print(logging.handlers.RotatingFileHandler(base, mode='w', delay=True).mode,
      logging.handlers.RotatingFileHandler(base, mode='w', maxBytes=5, delay=True).mode)

# backupCount=0: the file is started afresh, nothing is kept.
rh = logging.handlers.RotatingFileHandler(base, maxBytes=15)
log.addHandler(rh)
for i in range(3):
    log.info('line %d', i)
log.removeHandler(rh)
rh.close()
show_files()
cleanup()

# namer and rotator hooks.
rh = logging.handlers.RotatingFileHandler(base, maxBytes=12, backupCount=3)
rh.namer = lambda name: name + '.old'


def rotator(source, dest):
    with open(source) as src, open(dest, 'w') as dst:
        dst.write(src.read().upper())
    os.remove(source)


rh.rotator = rotator
log.addHandler(rh)
for word in ('alpha', 'beta', 'gamma', 'delta'):
    log.info(word)
log.removeHandler(rh)
rh.close()
show_files()
cleanup()

# WatchedFileHandler: the file is moved away between records; a new one is started.
wh = logging.handlers.WatchedFileHandler(base)
log.addHandler(wh)
log.info('before the move')
os.rename(base, base + '.moved')
log.info('after the move')
os.remove(base + '.moved')
log.info('after a delete')
log.removeHandler(wh)
wh.close()
show_files()
cleanup()

# BufferingHandler: holds `capacity` records, then flush() (here: forget them).
class Collect(logging.handlers.BufferingHandler):
    def flush(self):
        if self.buffer:
            print('flushing', [r.getMessage() for r in self.buffer])
        logging.handlers.BufferingHandler.flush(self)


bh = Collect(3)
log.addHandler(bh)
for i in range(7):
    log.info('b%d', i)
print('left in buffer', [r.getMessage() for r in bh.buffer])
log.removeHandler(bh)
bh.close()
print(bh.buffer)

# MemoryHandler: passes the buffer on when full or when an ERROR arrives.
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('  target got %(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(4, target=target)
print(mh.capacity, mh.flushLevel, mh.flushOnClose)
log.addHandler(mh)
log.debug('quiet 1')
log.info('quiet 2')
print('nothing yet')
log.error('something broke')
print('after the error')
for i in range(5):
    log.debug('fill %d', i)
print('after filling')
log.removeHandler(mh)
mh.close()
print(mh.target, mh.buffer)
# Without a target the records stay buffered; flushOnClose=False drops them at close.
lazy = logging.handlers.MemoryHandler(2, flushOnClose=False)
lazy.handle(logging.makeLogRecord({'msg': 'kept', 'levelno': 50}))
print(len(lazy.buffer))
lazy.setTarget(target)
lazy.handle(logging.makeLogRecord({'msg': 'now flushed', 'levelno': 50, 'levelname': 'X'}))
lazy.handle(logging.makeLogRecord({'msg': 'dropped at close', 'levelno': 10}))
lazy.close()

# QueueHandler: records are formatted, then reduced to plain data.
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
try:
    raise ValueError('bad')
except ValueError:
    qh.handle(logging.LogRecord('more', logging.ERROR, __file__, 1, 'failed %s', ('x',),
                                sys.exc_info()))
r = q.get_nowait()
print(r.msg.splitlines()[0], r.msg.splitlines()[-1], r.args, r.exc_info, r.exc_text,
      r.stack_info, r.message == r.msg)

# QueueListener: many threads put, one background thread writes.
out = []


class ListHandler(logging.Handler):
    def emit(self, record):
        out.append(self.format(record))


sink = ListHandler()
sink.setFormatter(logging.Formatter('%(threadName)s|%(message)s'))
picky = ListHandler(logging.ERROR)
q = queue.Queue()
listener = logging.handlers.QueueListener(q, sink, picky, respect_handler_level=True)
listener.start()
qlog = logging.getLogger('more.queue')
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(q))


def work(n):
    for i in range(20):
        qlog.warning('w%d-%02d', n, i)
    qlog.error('w%d done', n)


ts = [threading.Thread(target=work, args=(n,), name='T%d' % n) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
listener.stop()
print(len(out), q.unfinished_tasks)
print(sorted(out)[:3], sorted(out)[-3:])
print([line.split('|')[-1] for line in sorted(out) if 'done' in line])
