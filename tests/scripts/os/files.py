# os: files and directories in a private temporary directory (paths printed relative to it).
import os

base = '/tmp/minipy-os-files-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode(), os.listdir() == [], os.listdir('.') == [])
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename)
with open('a/f.txt', 'w') as f:
    f.write('hello world')
with open('a/b/g.bin', 'wb') as f:
    f.write(b'\x00' * 100)
print(sorted(os.listdir('a')), sorted(os.listdir(b'a')), sorted(os.listdir(os.path.abspath('a/b'))))
print(os.path.exists('a'), os.path.exists('zz'), os.path.isdir('a'), os.path.isdir('a/f.txt'), os.path.isfile('a/f.txt'),
      os.path.isfile('a'), os.path.getsize('a/f.txt'), os.path.getsize('a/b/g.bin'), os.path.lexists('a'))

st = os.stat('a/f.txt')
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode == st[0], oct(st.st_mode & 0o170000), st.st_nlink)
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], int(st.st_mtime) == st[8])
print(isinstance(st, tuple), st.n_sequence_fields, st.n_fields, repr(st).startswith('os.stat_result(st_mode='))
os.utime('a/f.txt', (1000000000, 1500000000.25))
st = os.stat('a/f.txt')
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime('a/f.txt', ns=(5 * 10**9, 7 * 10**9 + 123))
print(os.stat('a/f.txt').st_mtime_ns, os.path.getmtime('a/f.txt'))
fst = os.stat('a/b')
print(os.path.samestat(fst, os.stat('a/b/c/..')), os.path.samefile('a/b', 'a/./b'))

os.symlink('f.txt', 'a/link')
os.symlink('nowhere', 'a/broken')
print(os.path.islink('a/link'), os.path.islink('a/f.txt'), os.readlink('a/link'), os.path.exists('a/broken'),
      os.path.lexists('a/broken'), os.lstat('a/link').st_size, os.stat('a/link').st_size)
print(os.path.realpath('a/link') == os.path.join(base, 'a/f.txt'), os.path.realpath('a/b/../link') == os.path.join(base, 'a/f.txt'))
print(os.path.realpath('a/broken') == os.path.join(base, 'a/nowhere'))

entries = sorted(os.scandir('a'), key=lambda e: e.name)
for e in entries:
    print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), repr(e), os.fspath(e))
print(entries[0].stat().st_size == os.stat('a/b').st_size, entries[0].inode() == os.stat('a/b').st_ino)
with os.scandir() as it:
    print([e.name for e in it])

for root, dirs, files in os.walk('a'):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk('a', topdown=False):
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk('a'):
    dirs.clear()    # pruning stops the descent
    print('pruned', root)
print(list(os.walk('no_such_dir')))
errors = []
list(os.walk('no_such_dir', onerror=errors.append))
print([type(e).__name__ for e in errors])

os.rename('a/f.txt', 'a/renamed.txt')
os.replace('a/renamed.txt', 'a/b/moved.txt')
print(sorted(os.listdir('a')), sorted(os.listdir('a/b')))
os.chmod('a/b/moved.txt', 0o600)
print(oct(os.stat('a/b/moved.txt').st_mode & 0o777), os.access('a/b/moved.txt', os.R_OK), os.access('zz', os.F_OK))
os.truncate('a/b/moved.txt', 5)
print(open('a/b/moved.txt').read())
os.link('a/b/moved.txt', 'a/hard')
print(os.stat('a/hard').st_nlink)

# low-level descriptors
fd = os.open('data.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'0123456789'), os.write(fd, bytearray(b'ab')), os.get_inheritable(fd), os.isatty(fd))
os.close(fd)
fd = os.open('data.bin', os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
print(os.fstat(fd).st_size, os.stat(fd).st_size)
fd2 = os.dup(fd)
os.lseek(fd2, 0, os.SEEK_SET)
print(os.read(fd, 3), os.get_inheritable(fd2))
fd3 = os.dup2(fd, 100)
print(fd3, os.get_inheritable(100))
os.set_inheritable(fd2, True)
print(os.get_inheritable(fd2), os.get_blocking(fd2))
os.close(100)
os.close(fd2)
with open(fd, 'rb') as f:
    f.seek(0)
    print(f.read())
with os.fdopen(os.open('data.bin', os.O_RDONLY)) as f:
    print(f.read(3))

# cleanup
os.remove('data.bin')
os.unlink('a/hard')
os.remove('a/link')
os.remove('a/broken')
os.remove('a/b/moved.txt')
os.remove('a/b/g.bin')
os.removedirs('a/b/c')
print(os.listdir('.'))
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
