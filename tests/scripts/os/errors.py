# os: OSError subclasses and messages for failing calls, and argument checking.
import os

base = '/tmp/minipy-os-errors-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
open('file', 'w').close()
os.mkdir('dir')
open('dir/inner', 'w').close()

cases = [
    lambda: os.stat('missing'),
    lambda: os.stat(b'missing'),
    lambda: os.lstat('missing'),
    lambda: os.listdir('missing'),
    lambda: os.listdir('file'),
    lambda: os.mkdir('dir'),
    lambda: os.mkdir('missing/sub'),
    lambda: os.rmdir('dir'),
    lambda: os.rmdir('file'),
    lambda: os.remove('dir'),
    lambda: os.remove('missing'),
    lambda: os.unlink('missing'),
    lambda: os.rename('missing', 'other'),
    lambda: os.rename(b'missing', b'other'),
    lambda: os.rename('missing', b'other'),
    lambda: os.replace('dir', 'file'),
    lambda: os.chdir('missing'),
    lambda: os.chdir('file'),
    lambda: os.open('missing', os.O_RDONLY),
    lambda: os.open('dir', os.O_WRONLY),
    lambda: os.readlink('file'),
    lambda: os.close(987),
    lambda: os.read(987, 1),
    lambda: os.write(987, b'x'),
    lambda: os.fstat(987),
    lambda: os.dup(987),
    lambda: os.lseek(987, 0, 0),
    lambda: os.stat(3.5),
    lambda: os.stat(None),
    lambda: os.listdir(3.5),
    lambda: os.stat('a\0b'),
    lambda: os.mkdir(['x']),
    lambda: os.read(0, -1),
    lambda: os.write(1, 'text'),
    lambda: os.urandom(-1),
    lambda: os.waitstatus_to_exitcode(0x7f),
    lambda: os.makedirs('file/sub'),
    lambda: os.path.getsize('missing'),
    lambda: os.symlink('file', 'dir'),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__ + ':', e, getattr(e, 'errno', '-'), repr(getattr(e, 'filename', '-')),
              repr(getattr(e, 'filename2', '-')))
print(isinstance(FileNotFoundError(), OSError), OSError is IOError, OSError is EnvironmentError)

os.remove('dir/inner')
os.rmdir('dir')
os.remove('file')
os.chdir('/')
os.rmdir(base)
