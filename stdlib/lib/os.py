"""OS routines for POSIX: files, directories, processes, the environment.

The system calls are native, in stdlib/os.cpp (the `posix` module, as in CPython); this file
adds what is written in Python on top of them: os.environ, os.path (posixpath), makedirs,
walk, scandir's DirEntry objects, fspath and PathLike, and the small result types.
"""

import sys
import posix
from posix import *
from posix import _exit, stat_result

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True

import posixpath as path
sys.modules['os.path'] = path

# Which functions accept the optional arguments (CPython's capability sets).
supports_dir_fd = {access, chmod, link, mkdir, open, readlink, remove, rename, replace, rmdir, stat,
                   symlink, unlink, utime}
supports_fd = {chdir, chmod, listdir, stat, truncate, utime}
supports_effective_ids = {access}
supports_follow_symlinks = {access, chmod, link, stat, utime}


# --- fspath and PathLike ------------------------------------------------------------------------

def fspath(path):
    """The path as str or bytes: those pass through unchanged; other objects are asked with
    their __fspath__() method, which must give str or bytes."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    protocol = getattr(kind, '__fspath__', None)
    if protocol is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__)
    result = protocol(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                        .format(kind.__name__, type(result).__name__))
    return result


def fsencode(filename):
    """Encode a path to bytes with UTF-8 and the surrogateescape error handler."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode a path from bytes with UTF-8 and the surrogateescape error handler."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _PathLikeMeta(type):
    # isinstance(x, PathLike) is true for any object whose class defines __fspath__, as with
    # CPython's abc-based PathLike (its __subclasshook__).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return any('__fspath__' in c.__dict__ for c in sub.__mro__)
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """The file system path protocol: objects with an __fspath__() method giving the path
    as str or bytes (pathlib paths, DirEntry...)."""

    def __fspath__(self):
        """The path this object stands for, as str or bytes."""
        raise NotImplementedError


# --- the environment --------------------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of str to str that writes through to the process environment
    (putenv/unsetenv), so child processes see the changes."""

    def __init__(self, data):
        self._data = data

    def _check(self, value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({{{}}})'.format(items)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError('popitem(): dictionary is empty') from None
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


environ = _Environ(posix._environ())


def getenv(key, default=None):
    """The value of the environment variable key, or default when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for an executable (from PATH, or os.defpath)."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# --- directories ------------------------------------------------------------------------------

def _enclosing_dirs(name):
    # The directories above name, innermost first, as path.split() peels them off (a
    # trailing slash on name is ignored): 'a/b/c' gives 'a/b', then 'a'.
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        yield head
        head, tail = path.split(head)


def _last_component(name):
    head, tail = path.split(name)
    return tail if tail else path.split(head)[1]


def _is_curdir(component):
    return component == (curdir.encode('ascii') if isinstance(component, bytes) else curdir)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory name, and first every missing directory above it (those get
    the default mode; `mode` applies to name itself).  If name already exists that is an
    error (FileExistsError) unless exist_ok is true."""
    missing = []
    for directory in _enclosing_dirs(name):
        if path.exists(directory):
            break
        missing.append(directory)
    for directory in reversed(missing):
        try:
            mkdir(directory)
        except FileExistsError:
            pass            # made meanwhile by someone else, or a '.' component
    if missing and _is_curdir(_last_component(name)):
        return              # name ends in '.': the directory it means was just made
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory name, then each directory above it, going up until one cannot
    be removed (because it is not empty, say).  Errors after the first rmdir are ignored."""
    rmdir(name)
    for directory in _enclosing_dirs(name):
        try:
            rmdir(directory)
        except OSError:
            return


def renames(old, new):
    """Rename old to new like rename(), but first create the directories new needs, and
    afterwards remove the directories old leaves empty."""
    target_dir, target_name = path.split(new)
    if target_dir and target_name and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, source_name = path.split(old)
    if not (source_dir and source_name):
        return
    try:
        removedirs(source_dir)
    except OSError:
        pass                # not empty: that is fine


_DT_UNKNOWN = posix.DT_UNKNOWN
_DT_DIR = posix.DT_DIR
_DT_REG = posix.DT_REG
_DT_LNK = posix.DT_LNK
_S_IFMT = 0o170000


class DirEntry:
    """One entry of os.scandir(): the name, the path, and the file type the directory listing
    already told (so is_dir() usually needs no stat call)."""

    def __init__(self, dir_path, name, d_type, inode):
        self.name = name
        self.path = path.join(dir_path, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)

    def inode(self):
        return self._inode

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode_is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & _S_IFMT) == kind

    def is_dir(self, *, follow_symlinks=True):
        if self._d_type == _DT_UNKNOWN or (follow_symlinks and self._d_type == _DT_LNK):
            return self._mode_is(0o040000, follow_symlinks)
        return self._d_type == _DT_DIR

    def is_file(self, *, follow_symlinks=True):
        if self._d_type == _DT_UNKNOWN or (follow_symlinks and self._d_type == _DT_LNK):
            return self._mode_is(0o100000, follow_symlinks)
        return self._d_type == _DT_REG

    def is_symlink(self):
        if self._d_type == _DT_UNKNOWN:
            return self._mode_is(0o120000, False)
        return self._d_type == _DT_LNK

    def is_junction(self):
        return False


class _ScandirIterator:
    """The iterator os.scandir() returns; also a context manager that closes it."""

    def __init__(self, dir_path, entries):
        self._path = dir_path
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._pos >= len(self._entries):
            raise StopIteration
        name, d_type, inode = self._entries[self._pos]
        self._pos += 1
        return DirEntry(self._path, name, d_type, inode)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for the entries of the directory (default: the
    current one), in the order the file system lists them."""
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator(path, posix._scandir_entries(path))


def _sort_entries(top, onerror, descend_now, followlinks):
    # List directory top: (subdirectory names, other names, paths of the subdirectories to
    # descend into right away), or None when it cannot be read (onerror hears why).  The
    # third list is only built for bottom-up walks (descend_now), which must decide before
    # yielding; symlinks to directories are descended into only with followlinks.
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    subdirs, others, descend = [], [], []
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subdirs if is_dir else others).append(entry.name)
            if descend_now and is_dir:
                try:
                    through_link = not followlinks and entry.is_symlink()
                except OSError:
                    through_link = True
                if not through_link:
                    descend.append(entry.path)
    return subdirs, others, descend


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Walk the directory tree below top, yielding (dirpath, dirnames, filenames) for each
    directory.  Top-down (the default), a directory comes before its subdirectories, and
    the caller may edit dirnames in place to choose which get visited (and in what order);
    bottom-up, it comes after them.  onerror(OSError) is called for directories that cannot
    be listed; symbolic links to directories are followed only with followlinks."""
    # A stack of work: a path to list, or (for bottom-up walks) a finished triple waiting
    # for its subdirectories to be yielded first.
    work = [fspath(top)]
    while work:
        task = work.pop()
        if isinstance(task, tuple):
            yield task
            continue
        listing = _sort_entries(task, onerror, not topdown, followlinks)
        if listing is None:
            continue
        subdirs, others, descend = listing
        if not topdown:
            work.append((task, subdirs, others))
            work.extend(reversed(descend))
            continue
        yield task, subdirs, others
        # subdirs may have been changed by the caller: visit what is there now, in order.
        children = [path.join(task, name) for name in subdirs]
        work.extend(child for child in reversed(children)
                    if followlinks or not path.islink(child))


# --- small result types -------------------------------------------------------------------------

class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size."""

    def __new__(cls, sequence):
        t = tuple.__new__(cls, sequence)
        if len(t) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(t))
        return t

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(posix._get_terminal_size(fd))


class uname_result(tuple):
    """The result of os.uname(): sysname, nodename, release, version, machine."""

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)'
                % tuple(self))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(posix.uname())


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor (open(fd, ...))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import builtins     # this module's own open() is the low-level os.open()
    return builtins.open(fd, mode, buffering, encoding, *args, **kwargs)
