"""Common operations on POSIX pathnames (os.path).

Pure string functions (join, split, normpath, ...) work on str and bytes alike, never touching
the file system; the others (exists, isdir, getsize, realpath, ...) ask it through os.stat().
Every function accepts os.PathLike objects too.
"""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath", "isjunction"]

# The path constants are os's (os defines them before it imports this module).
from os import curdir, pardir, extsep, sep, pathsep, defpath, altsep, devnull

supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _seps(path):
    """The separator and the current-directory name, as str or bytes like path."""
    if isinstance(path, bytes):
        return b'/', b'.'
    return '/', '.'


def _refuse_mixed_types(funcname, *args):
    """Raise the TypeError for arguments that are not all str or all bytes."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# --- pure path arithmetic ----------------------------------------------------------------------

def normcase(s):
    """The path itself: POSIX file names are case-sensitive, so there is no case to fold."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts at the root (with '/')."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join path components with '/' (only where one is missing).  A component starting
    with '/' is absolute: it replaces everything joined so far."""
    a = os.fspath(a)
    slash = _seps(a)[0]
    try:
        if not p:
            a[:0] + slash           # a non-str/bytes `a` fails here, as in CPython
        joined = a
        for piece in map(os.fspath, p):
            if piece.startswith(slash):
                joined = piece
            elif joined and not joined.endswith(slash):
                joined = joined + slash + piece
            else:
                joined += piece
    except (TypeError, AttributeError):
        _refuse_mixed_types('join', a, *p)
        raise
    return joined


def split(p):
    """(head, tail) where tail is what follows the last '/' and head the rest (without
    trailing slashes, unless it is only slashes)."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or starting with a dot.
    Leading dots of the last component do not start an extension ('.bashrc')."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path); POSIX has no drive letters, so the drive part is always empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into (drive, root, tail); POSIX keeps exactly two leading slashes."""
    p = os.fspath(p)
    sep, _ = _seps(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    """The final component of a pathname."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    return p[p.rfind(sep) + 1:]


def dirname(p):
    """The directory component of a pathname."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize a path: collapse redundant separators and '.' components, and resolve '..'
    textually (a/b/../c -> a/c). Two leading slashes are kept, as POSIX allows."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep.join(parts)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """The path made absolute (against the current directory) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def _shared_head(sequences):
    # The longest prefix that every sequence in the list starts with.
    first = sequences[0]
    shortest = min(len(sequence) for sequence in sequences)
    for position in range(shortest):
        item = first[position]
        for other in sequences:
            if other[position] != item:
                return first[:position]
    return first[:shortest]


def commonprefix(m):
    """The longest prefix, character by character, shared by all the paths in m (which may
    end in the middle of a component; commonpath() compares whole components)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    return _shared_head(list(m))


def commonpath(paths):
    """The longest sub-path, in whole components, that all the paths share.  They must be
    all absolute or all relative."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    slash, here = (b'/', b'.') if isinstance(paths[0], bytes) else ('/', '.')
    try:
        kinds = {path[:1] == slash for path in paths}
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        components = [[part for part in path.split(slash) if part and part != here]
                      for path in paths]
        root = slash if kinds.pop() else slash[:0]
        return root + slash.join(_shared_head(components))
    except (TypeError, AttributeError):
        _refuse_mixed_types('commonpath', *paths)
        raise


def relpath(path, start=None):
    """A relative version of path, seen from start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    start = curdir_ if start is None else os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, DeprecationWarning):
        _refuse_mixed_types('relpath', path, start)
        raise


# --- variables in paths ---------------------------------------------------------------------

def _home_of(user):
    """The home directory of a user name from /etc/passwd, or None."""
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def _home_of_uid(uid):
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Expand ~ and ~user constructions; unknown users leave the path unchanged."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            userhome = _home_of_uid(os.getuid())
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode('utf-8', 'surrogateescape')
        userhome = _home_of(name)
        if userhome is None:
            return path
    if is_bytes:
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Expand shell variables of the forms $var and ${var}; unknown variables are left as
    they are."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('latin-1') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        name = None
        end = i + 1
        if end < n and text[end] == '{':
            close = text.find('}', end + 1)
            if close >= 0:
                name = text[end + 1:close]
                end = close + 1
        else:
            while end < n and _is_name_char(text[end]):
                end += 1
            if end > i + 1:
                name = text[i + 1:end]
        if name is None:
            out.append(c)
            i += 1
            continue
        if is_bytes:
            value = os.environ.get(name.encode('latin-1').decode('utf-8', 'surrogateescape'))
            if value is not None:
                value = value.encode('utf-8', 'surrogateescape').decode('latin-1')
        else:
            value = os.environ.get(name)
        out.append(text[i:end] if value is None else value)
        i = end
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


# --- questions for the file system ---------------------------------------------------------------

def exists(path):
    """Whether something exists at path (following symbolic links: a dangling link gives
    False)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether something exists at path, a dangling symbolic link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return (st.st_mode & _S_IFMT) == kind


def isfile(path):
    """Whether path is (a symbolic link to) a regular file."""
    return _mode_is(path, _S_IFREG)


def isdir(s):
    """Whether path is (a symbolic link to) a directory."""
    return _mode_is(s, _S_IFDIR)


def islink(path):
    """Whether path itself is a symbolic link."""
    return _mode_is(path, _S_IFLNK, follow=False)


def isjunction(path):
    """Always False: junctions are a Windows notion."""
    os.fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point (its parent is on another device, or is itself)."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1.st_mode & _S_IFMT) == _S_IFLNK:
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """The size in bytes of the file at path (os.stat().st_size)."""
    return os.stat(filename).st_size


def getmtime(filename):
    """When the file was last modified, in seconds since the epoch (st_mtime)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """When the file was last read, in seconds since the epoch (st_atime)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """When the file's metadata last changed, in seconds since the epoch (st_ctime)."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file (same device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths lead to the same file or directory."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def realpath(filename, *, strict=False):
    """The canonical path of filename: symbolic links resolved, '.' and '..' removed.
    Components that do not exist are kept as they are, unless strict is true (then the
    OSError is raised).  A symbolic link loop ends the resolution early (or raises, when
    strict)."""
    filename = os.fspath(filename)
    return abspath(_resolve_links(filename, strict))


class _Pending:
    # Text still to resolve: the original path, or the target of a link being followed.
    __slots__ = ('rest', 'link')

    def __init__(self, rest, link):
        self.rest = rest
        self.link = link


def _resolve_links(filename, strict):
    """Walk the components of filename left to right, keeping the resolved path so far.
    A symbolic link pushes its target as more text to walk (an absolute target restarting
    from '/'); once the target is used up, the link's resolution is remembered.  Meeting a
    link again while it is still being resolved is a loop."""
    if isinstance(filename, bytes):
        slash, here, up = b'/', b'.', b'..'
    else:
        slash, here, up = '/', '.', '..'
    resolved = filename[:0]
    links = {}                  # link path -> its resolution (None while in progress)
    stack = []

    def push(text, link):
        nonlocal resolved
        if text.startswith(slash):
            resolved = slash
            text = text[1:]
        stack.append(_Pending(text, link))

    push(filename, None)
    while stack:
        pending = stack[-1]
        if not pending.rest:
            stack.pop()
            if pending.link is not None:
                links[pending.link] = resolved
            continue
        name, _, pending.rest = pending.rest.partition(slash)
        if not name or name == here:
            continue
        if name == up:
            # Textual: the link (if any) the parent came from has been resolved already.
            if not resolved:
                resolved = up
            else:
                resolved, last = split(resolved)
                if last == up:
                    resolved = join(resolved, up, up)
            continue
        candidate = join(resolved, name)
        try:
            is_link = (os.lstat(candidate).st_mode & _S_IFMT) == _S_IFLNK
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            resolved = candidate
            continue
        if candidate not in links:
            links[candidate] = None
            push(os.readlink(candidate), candidate)
            continue
        if links[candidate] is not None:
            resolved = links[candidate]
            continue
        if strict:
            os.stat(candidate)      # raises OSError: too many levels of symbolic links
        # A loop: give up, keeping the link and everything not yet walked.
        given_up = candidate
        for unfinished in reversed(stack):
            given_up = join(given_up, unfinished.rest)
        return given_up
    return resolved
