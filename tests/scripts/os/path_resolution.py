# os.path: realpath through chains, dangling links, loops (strict and not), '..' after links;
# join, commonprefix and commonpath edge cases.
import os, posixpath as pp
base = '/tmp/minipy-pp-%d' % os.getpid()
os.mkdir(base); os.chdir(base)
os.makedirs('real/sub')
os.symlink('real', 'l1'); os.symlink('l1/sub', 'l2'); os.symlink('/nonexistent/x', 'dangle')
os.symlink('loopA', 'loopB'); os.symlink('loopB', 'loopA'); os.symlink('..', 'real/up')
os.symlink('l2/../sub', 'rel')
for p in ['l1', 'l2', 'l2/..', 'dangle', 'dangle/more', 'loopA', 'loopA/x/y', 'real/up/l1', 'rel', '..', '.', '', 'a/../..', b'l2', '/', '//x', 'real/./sub//']:
    r = pp.realpath(p)
    print(repr(p), repr(r.replace(base, 'BASE') if isinstance(r, str) else r.replace(base.encode(), b'BASE')))
for p in ['loopA', 'nofile', 'l2']:
    try:
        print(pp.realpath(p, strict=True).replace(base, 'BASE'))
    except OSError as e:
        print('OSError', e.errno)
print(pp.join('a', 'b', '/c', 'd/', 'e'), pp.join('', 'x'), pp.join('a/', ''), pp.join(b'a', b'b'), pp.join('a'))
for bad in [('a', b'b'), (1,), ('a', 2)]:
    try: pp.join(*bad)
    except TypeError as e: print('TypeError', e)
print(pp.commonprefix(['/usr/lib', '/usr/local', '/usr']), pp.commonprefix([]), pp.commonprefix([[1, 2], [1, 3]]), pp.commonprefix(['abc']))
print(pp.commonpath(['/usr/lib', '/usr/local/lib']), pp.commonpath(['a/./b', 'a/b/c']), pp.commonpath([b'/x/y', b'/x']), pp.commonpath(['/', '/a']))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try: pp.commonpath(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for name in ['l1', 'l2', 'dangle', 'loopA', 'loopB', 'rel', 'real/up']:
    os.remove(name)
os.removedirs('real/sub')
os.chdir('/'); os.rmdir(base)
