# The logger tree: dotted names, placeholders adopted later, the root, propagate, effective
# levels, the isEnabledFor cache, disable(), getChild, setLoggerClass, hasHandlers, filters.
import logging
import io

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root, logging.getLogger('') is root)
print(root.name, root.parent, root.manager is logging.Logger.manager)

# Child first: 'a' and 'a.b' do not exist yet, so 'a.b.c' hangs from the root...
abc = logging.getLogger('a.b.c')
print(abc.parent is root, type(logging.Logger.manager.loggerDict['a.b']).__name__)
# ...until 'a' is made: it adopts 'a.b.c' (the placeholder 'a.b' is still in between).
a = logging.getLogger('a')
print(abc.parent is a, a.parent is root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, logging.getLogger('a.b') is ab)
# A sibling whose name only shares a prefix is not a child.
abx = logging.getLogger('a.bx')
print(abx.parent is a)
print(a.getChild('b.c') is abc, root.getChild('a') is a)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith('a')))
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)

# Effective levels come from the nearest ancestor with a level set.
print(abc.level, abc.getEffectiveLevel(), repr(abc))
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
# The cache must be invalidated when a level above changes.
a.setLevel(logging.ERROR)
print(abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.ERROR), sorted(abc._cache.items()))
ab.setLevel(logging.DEBUG)
print(abc.isEnabledFor(logging.DEBUG), abc.getEffectiveLevel())
ab.setLevel(logging.NOTSET)
a.setLevel(logging.NOTSET)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.WARNING))

# Handlers along the way receive records; propagate = False stops the climb.
out = io.StringIO()


def tagged(tag):
    h = logging.StreamHandler(out)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


h_root, h_a, h_abc = tagged('[root]'), tagged('[a]'), tagged('[abc]')
root.addHandler(h_root)
a.addHandler(h_a)
abc.addHandler(h_abc)
abc.addHandler(h_abc)                      # added once only
print(len(abc.handlers), abc.hasHandlers(), abx.hasHandlers())
abc.warning('one')
ab.error('two')
abc.propagate = False
abc.warning('three')
abc.propagate = True
h_a.setLevel(logging.ERROR)                 # handler levels filter too
abc.warning('four')
abc.error('five')
h_a.setLevel(logging.NOTSET)
print(out.getvalue(), end='')
out.truncate(0); out.seek(0)

# disable() switches everything at or below a level off, everywhere.
logging.disable(logging.WARNING)
abc.warning('hidden')
abc.error('shown')
print(abc.isEnabledFor(logging.WARNING), logging.Logger.manager.disable)
logging.disable(logging.NOTSET)
abc.warning('back')
logging.disable()
print(logging.Logger.manager.disable, abc.isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
# A disabled logger emits nothing.
abc.disabled = True
abc.critical('off')
print(abc.isEnabledFor(logging.CRITICAL))
abc.disabled = False
print(out.getvalue(), end='')
out.truncate(0); out.seek(0)

# Logger filters run before the handlers, only for records made by that logger.
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


odd = OnlyOdd()
abc.addFilter(odd)
abc.addFilter(odd)
print(len(abc.filters))
for i in range(4):
    abc.warning('n=%d', i)
abc.removeFilter(odd)
abc.removeFilter(odd)
a.addFilter(lambda record: 'secret' not in record.getMessage())
a.warning('a secret')
a.warning('public')
abc.warning('secret from a child')          # a's filter does not apply to a.b.c's records
print(out.getvalue(), end='')
out.truncate(0); out.seek(0)

for lg in (root, a, abc):
    for h in list(lg.handlers):
        lg.removeHandler(h)
lg.removeHandler(h_a)
print(abc.hasHandlers())


# Custom logger classes.
class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(logging.getLoggerClass() is MyLogger, type(logging.getLogger('custom.one')).__name__,
      type(a).__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('custom.two')).__name__)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError', e)
m = logging.Logger.manager
m.setLoggerClass(MyLogger)
print(type(logging.getLogger('custom.three')).__name__, m.loggerClass is MyLogger)
m.loggerClass = None
try:
    m.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
print(type(logging.getLogger('custom.four')).__name__)
