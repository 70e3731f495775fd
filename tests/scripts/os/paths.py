# os.path: the pure string functions (str and bytes), and PathLike arguments.
import os
import os.path
import posixpath
import sys

print(os.path is posixpath, sys.modules['os.path'] is posixpath)
print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep)
J = os.path.join
print(J('a'), J('a', 'b', 'c'), J('/a', '/b', 'c'), J('a/', 'b'), J('a', ''), J('', 'b'), J('a', '', 'b'))
print(J(b'a', b'b'), J(b'/x', b'y/'))
for p in ['/a/b/c.txt', 'a/b/', 'a', '/', '//', '///a//b', '', 'a//b', b'/x/y']:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p))
for p in ['x/y.tar.gz', '.bashrc', 'a/.b.c', 'a.b/c', 'file.', '...', '..a', 'noext', b'f.py', '/a/b.c/']:
    print(repr(p), os.path.splitext(p))
for p in ['a//b/./c/../d', '//a', '///a/..', '', '.', '..', '../..', 'a/../..', '/..', '/a/./b/', 'a/b/../../..',
          b'a/./b', '//a/b/../c']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.splitdrive('/a/b'), os.path.normcase('AbC'), os.path.splitroot('//a/b') if hasattr(os.path, 'splitroot') else ('', '//', 'a/b'))
print(os.path.commonprefix(['abcd', 'abce', 'abx']), os.path.commonprefix([]), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), os.path.commonpath(['a/b', 'a/./b/c']), os.path.commonpath([b'/x/y', b'/x/z']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'), os.path.relpath('/x', '/a/b/c'))
print(os.path.abspath('/a/../b/./c'), os.path.abspath('x') == J(os.getcwd(), 'x'), os.path.abspath(b'/q/') )

os.environ['MINIPY_TEST_VAR'] = 'value'
print(os.path.expandvars('$MINIPY_TEST_VAR/x'), os.path.expandvars('${MINIPY_TEST_VAR}y'), os.path.expandvars('$NOPE_NOT_SET_X/$'),
      os.path.expandvars('a$'), os.path.expandvars('${MINIPY_TEST_VAR'), os.path.expandvars(b'$MINIPY_TEST_VAR'))
os.environ['HOME'] = '/home/someone'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('a~'), os.path.expanduser('~root') in ('/root', '~root'),
      os.path.expanduser('~nosuchuser_xyz/a'), os.path.expanduser(b'~/y'))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.fspath(P('pp')), os.fspath(P(b'bb')), J(P('a'), P('b')), os.path.basename(P('/q/r')), os.path.splitext(P('f.c')))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike), issubclass(str, os.PathLike))
print(os.fsencode('a\udcff'), ascii(os.fsdecode(b'a\xff')), os.fsencode(P('x')))
for bad in [lambda: os.fspath(1), lambda: os.fspath(P(3)), lambda: J('a', b'b'), lambda: J('a', 1), lambda: J(1),
            lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']), lambda: os.path.relpath(''),
            lambda: os.path.basename(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)
