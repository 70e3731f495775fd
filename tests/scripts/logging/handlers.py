# Handlers: levels and filters, StreamHandler (terminator, setStream, repr), FileHandler
# (modes, delay, encoding, reopening), NullHandler, names, locks, close.
import logging
import io
import os
import sys

log = logging.getLogger('h')
log.propagate = False
log.setLevel(logging.DEBUG)

out = io.StringIO()
sh = logging.StreamHandler(out)
log.addHandler(sh)
print(repr(sh), sh.level, sh.formatter, sh.terminator == '\n')
log.info('plain %s', 'line')
sh.terminator = ' | '
log.info('no newline')
sh.terminator = '\n'
sh.setLevel('WARNING')
log.info('dropped by the handler level')
log.warning('kept')
sh.setLevel(logging.NOTSET)
sh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
sh.addFilter(logging.Filter('h.sub'))          # only h.sub and below
log.info('not h.sub')
logging.getLogger('h.sub').info('from h.sub')
logging.getLogger('h.subway').info('from h.subway')
logging.getLogger('h.sub.deep').info('from h.sub.deep')
sh.filters.clear()
print(repr(out.getvalue()))

f = logging.Filter('h.sub')
for name in ('h', 'h.sub', 'h.sub.x', 'h.subx', 'x.h.sub'):
    print(name, f.filter(logging.makeLogRecord({'name': name})))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})), f.nlen)

# handle() reports the filters' verdict.
rec = logging.makeLogRecord({'name': 'h', 'msg': 'direct'})
print(sh.handle(rec))
sh.addFilter(lambda r: False)
print(sh.handle(rec))
sh.filters.clear()

# setStream swaps streams and returns the old one (None when unchanged).
second = io.StringIO()
print(sh.setStream(second) is out, sh.setStream(second))
log.error('to the second stream')
print(repr(second.getvalue()))
sh.setStream(out)


class Named:
    name = 'fake-stream'

    def write(self, text):
        pass

    def flush(self):
        pass


print(repr(logging.StreamHandler(Named())), repr(logging.StreamHandler(sys.stdout)))
print(repr(logging.StreamHandler()), logging.StreamHandler().stream is sys.stderr)
print(repr(logging.Handler()), repr(logging.Handler(logging.ERROR)))

# Handler basics: names, locks, emit is abstract.
h = logging.Handler()
h.set_name('one')
print(h.name, h.get_name(), logging._handlers.get('one') is h)
h.name = 'two'
print('one' in logging._handlers, logging._handlers.get('two') is h)
h.close()
print('two' in logging._handlers)
h.acquire()
h.acquire()                             # an RLock: the same thread may nest
h.release()
h.release()
print(type(h.lock).__name__)
try:
    h.emit(rec)
except NotImplementedError as e:
    print('NotImplementedError', e)

# NullHandler swallows everything.
n = logging.NullHandler()
print(n.lock, n.handle(rec), n.emit(rec), repr(n))

# FileHandler.
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'handlers_test.log')
if os.path.exists(path):
    os.remove(path)
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
print(repr(fh) == '<FileHandler %s (NOTSET)>' % path, fh.baseFilename == path, fh.mode,
      fh.encoding, fh.delay, fh.stream is not None)
fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
log.addHandler(fh)
log.warning('first line, caf\u00e9')
log.removeHandler(fh)
fh.close()
print(fh.stream)
with open(path, encoding='utf-8') as g:
    print(repr(g.read()))
# A closed 'w' handler does not reopen (and so does not wipe the file)...
fh.handle(logging.makeLogRecord({'msg': 'after close'}))
print(fh.stream)
# ...but an 'a' handler does.
ah = logging.FileHandler(path, encoding='utf-8')
ah.close()
ah.handle(logging.makeLogRecord({'name': 'h', 'msg': 'appended after close'}))
ah.close()
with open(path, encoding='utf-8') as g:
    print(repr(g.read()))

# delay=True: nothing is opened until the first record.
os.remove(path)
dh = logging.FileHandler(path, delay=True)
print(dh.stream, os.path.exists(path))
dh.handle(logging.makeLogRecord({'msg': 'delayed, na\u00efve'}))
# No encoding given: io.text_encoding() answers 'locale', which open() takes (PEP 597).
print(dh.stream is not None, os.path.exists(path), dh.encoding, dh.stream.encoding)
dh.close()
dh2 = logging.FileHandler(path, delay=True)
dh2.close()                              # never opened: closing is fine
with open(path, encoding='utf-8') as g:
    print(repr(g.read()))
os.remove(path)

print(repr(out.getvalue()))
