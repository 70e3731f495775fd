# os: makedirs (modes, '.', exist_ok), removedirs, renames, walk in both directions with
# pruning, symlinks and errors, fspath errors.
import os

base = '/tmp/minipy-os-tree-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def tree(top):
    found = []
    for dirpath, dirnames, filenames in os.walk(top):
        found.append((dirpath, sorted(dirnames), sorted(filenames)))
    return sorted(found)


os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print('FileExistsError', e.filename)
os.makedirs('x/y/.')
os.makedirs('p/./q/')
os.makedirs(b'bytes_dir/inner')
print(sorted(os.listdir('.')), os.path.isdir('x/y'), os.path.isdir('p/q'), os.path.isdir('bytes_dir/inner'))
with open('a/b/file.txt', 'w') as f:
    f.write('data')
try:
    os.makedirs('a/b/file.txt/sub')
except NotADirectoryError as e:
    print('NotADirectoryError')
try:
    os.makedirs('a/b/file.txt', exist_ok=True)
except FileExistsError:
    print('FileExistsError for a file even with exist_ok')

os.makedirs('r/s/t')
os.removedirs('r/s/t')
print(os.path.exists('r'))
os.makedirs('keep/sub')
with open('keep/note', 'w') as f:
    f.write('x')
os.removedirs('keep/sub')
print(os.path.exists('keep'), os.path.exists('keep/sub'))

os.renames('a/b/file.txt', 'moved/deep/file.txt')
print(os.path.exists('moved/deep/file.txt'), os.path.exists('a/b'), os.path.exists('a/b/c'))
os.makedirs('solo/inner')
with open('solo/inner/f', 'w') as f:
    f.write('y')
os.renames('solo/inner/f', 'out/f')
print(os.path.exists('solo'), os.path.exists('out/f'))

print(tree('.'))
os.makedirs('walk/one/two')
os.makedirs('walk/skip/me')
for name in ('walk/top.txt', 'walk/one/1.txt', 'walk/one/two/2.txt', 'walk/skip/me/s.txt'):
    with open(name, 'w') as f:
        f.write(name)
os.symlink(os.path.abspath('walk/one'), 'walk/link')
print(tree('walk'))
print([d for d, _, _ in os.walk('walk', topdown=False)])
print(sorted(d for d, _, _ in os.walk('walk', followlinks=True)))
print(sorted(d for d, _, _ in os.walk('walk', topdown=False, followlinks=True)))
order = []
for dirpath, dirnames, filenames in os.walk('walk'):
    order.append(dirpath)
    dirnames[:] = sorted(n for n in dirnames if n != 'skip')
print(order)
errors = []
print(list(os.walk('does-not-exist', onerror=errors.append)), [type(e).__name__ for e in errors])
print(list(os.walk(b'walk/one/two')))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P('x')), os.fspath(P(b'y')), os.fspath('s'), sorted(os.listdir(P('walk/one'))))
for bad in (P(3), 4, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)


def remove_tree(top):
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)


remove_tree('.')
os.chdir('/')
os.rmdir(base)
print(os.path.exists(base))
