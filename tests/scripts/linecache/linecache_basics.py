# linecache: getline/getlines from a file, out-of-range lines, missing files, the cache,
# checkcache after a change, lazily registered sources.
import linecache

path = __file__
print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 10000)))
lines = linecache.getlines(path)
print(len(lines) > 10, lines[0] == linecache.getline(path, 1), path in linecache.cache)
print(repr(linecache.getline('/no/such/file.py', 1)), linecache.getlines('<string>'))

name = 'linecache_tmp.txt'
with open(name, 'w') as f:
    f.write('alpha\nbeta\ngamma')
print(repr(linecache.getline(name, 2)), repr(linecache.getline(name, 3)))
with open(name, 'w') as f:
    f.write('one\ntwo and a longer line\n')
print(repr(linecache.getline(name, 1)))
linecache.checkcache(name)
print(repr(linecache.getline(name, 1)), repr(linecache.getline(name, 2)))
linecache.clearcache()
print(linecache.cache)


class Loader:
    def get_source(self, name):
        return 'first = 1\nsecond = 2\n'


print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': Loader()}))
print(repr(linecache.getline('virtual.py', 2)))
print(linecache.lazycache('<frozen x>', {}), linecache.lazycache('other.py', None))

try:
    import os
    os.remove(name)
except ImportError:
    pass   # (no os module yet: the file stays, ignored by git)
