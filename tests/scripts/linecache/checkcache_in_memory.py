# checkcache() keeps every entry whose mtime is None (source with no file behind it: a loader's
# text, or lines registered by hand like timeit's), whatever its size says, and still drops
# entries of files that changed or disappeared.
import linecache
import os

linecache.clearcache()
linecache.cache['<in memory>'] = (12, None, ['a = 1\n', 'b = 2\n'], '<in memory>')
linecache.cache['<no size>'] = (None, None, ['x\n'], '<no size>')
linecache.cache['/no/such/dir/gone.py'] = (5, None, ['gone\n'], '/no/such/dir/gone.py')
# A real file's entry carries its (size, mtime); a wrong size means "changed".
linecache.cache['/no/such/dir/stale.py'] = (5, 1.5, ['stale\n'], '/no/such/dir/stale.py')
here = os.path.abspath(__file__)
linecache.getline(here, 1)
size, mtime, lines, full = linecache.cache[here]
print(size == os.stat(here).st_size, mtime == os.stat(here).st_mtime, full == here)
linecache.cache['edited'] = (size + 1, mtime, ['edited\n'], here)

linecache.checkcache('<in memory>')
print(sorted(linecache.cache) == sorted(['<in memory>', '<no size>', '/no/such/dir/gone.py',
                                         '/no/such/dir/stale.py', here, 'edited']))
linecache.checkcache()
print(sorted(k for k in linecache.cache if k != here))
print(here in linecache.cache)
print(repr(linecache.getline('<in memory>', 2)), repr(linecache.getline('/no/such/dir/gone.py', 1)))

# A lazily registered entry survives too, before and after its source is fetched.
class Loader:
    def get_source(self, name):
        return 'first = 1\nsecond = 2'


print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': Loader()}))
linecache.checkcache()
print(len(linecache.cache['virtual.py']))
print(repr(linecache.getline('virtual.py', 2)))
print(linecache.cache['virtual.py'][:2])
linecache.checkcache('virtual.py')
print(repr(linecache.getline('virtual.py', 1)))
