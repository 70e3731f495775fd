# The handler registry: logging._handlers maps names to handlers weakly, logging._handlerList
# holds weak references (oldest first) whose callback drops them once their handler is garbage.
# shutdown() flushes and closes every live registered handler, newest first, closed ones too;
# it runs again at exit.
import gc
import io
import logging
import weakref


class Loud(logging.Handler):
    def __init__(self, tag):
        logging.Handler.__init__(self)
        self.tag = tag

    def emit(self, record):
        print(self.tag, 'emit', record.getMessage())

    def flush(self):
        print(self.tag, 'flush')

    def close(self):
        print(self.tag, 'close')
        logging.Handler.close(self)


print(type(logging._handlers).__name__, type(logging._handlerList).__name__)
base = len(logging._handlerList)
a = Loud('a')
a.set_name('A')
b = Loud('b')
b.name = 'B'
c = Loud('c')
print('registered:', len(logging._handlerList) - base)
print('weak references:', all(type(r) is weakref.ref for r in logging._handlerList))
print('newest last:', logging._handlerList[-1]() is c, logging._handlerList[-3]() is a)
print('names:', sorted(k for k in logging._handlers if k in ('A', 'B')))
print('by name:', logging._handlers['A'] is a, logging._handlers.get('B') is b)

# A handler nobody refers to any more leaves both registries.
del b
print('after del b:', len(logging._handlerList) - base, 'B' in logging._handlers)

# ...also when it is only kept alive by a reference cycle, once the collector runs.
cyc = Loud('cycle')
cyc.name = 'CYC'
cyc.me = cyc
del cyc
print('cycle alive:', 'CYC' in logging._handlers, len(logging._handlerList) - base)
gc.collect()
print('cycle collected:', 'CYC' in logging._handlers, len(logging._handlerList) - base)

# Renaming moves the name; a second handler taking a name replaces the first under it.
c.name = 'C'
c.name = 'C2'
print('renamed:', 'C' in logging._handlers, logging._handlers.get('C2') is c)
other = Loud('other')
other.name = 'C2'
print('taken over:', logging._handlers['C2'] is other)
del other
print('dropped with its handler:', 'C2' in logging._handlers)

# Closing leaves the name registry but not the list: shutdown still reaches it.
a.close()
print('closed a:', 'A' in logging._handlers, len(logging._handlerList) - base)

# A handler whose stream is already closed: flush raises ValueError, which is ignored.
dead = io.StringIO()
sh = logging.StreamHandler(dead)
dead.close()

d = Loud('d')
print('-- shutdown')
logging.shutdown()
print('-- after shutdown', len(logging._handlerList) - base)

# An explicit list of weak references; dead ones are skipped.
e = Loud('e')
gone = Loud('gone')
ref_gone = weakref.ref(gone)
del gone
print('-- shutdown of a list')
logging.shutdown([weakref.ref(a), ref_gone, weakref.ref(e)])


# Errors other than OSError/ValueError propagate while raiseExceptions is true...
class Broken(Loud):
    def flush(self):
        raise RuntimeError('flush failed')


br = Broken('broken')
try:
    logging.shutdown([weakref.ref(br)])
except RuntimeError as exc:
    print('raised:', exc)
# ...and are swallowed when it is false.
logging.raiseExceptions = False
logging.shutdown([weakref.ref(br)])
print('swallowed')
logging.raiseExceptions = True
del br
print('-- exit')
