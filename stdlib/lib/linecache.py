"""Source lines of Python files, cached: getline(filename, lineno).

traceback and warnings use it to show the line of a frame.  Files are read once and kept
in `cache`, keyed by the filename as the code object reports it; relative names are also
looked up along sys.path.  Each entry is (size, mtime, lines, fullname); checkcache() drops
the entries whose file changed.  Source that exists only in memory can be registered
lazily (lazycache: a module's __loader__.get_source is asked when a line is wanted); such
entries, and every entry whose mtime is None, are never checked against the disk.
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (from 1) of the file, with its newline; '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (read and cached on first use)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _is_pseudo_name(filename):
    # '<stdin>', '<string>', '<frozen os>': not files.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _is_embedded_name(filename):
    # '<frozen json.decoder>': a module embedded in minipy, whose __loader__ has its source.
    # (CPython's frozen modules have none, so its linecache gives up on every '<...>' name.)
    return filename.startswith('<frozen ') and filename.endswith('>')


def _file_signature(path):
    """(size, mtime) of a file, or None if it cannot be read.  Without the os module the
    size comes from reading the file and the mtime is None."""
    try:
        import os
    except ImportError:
        os = None
    if os is not None and hasattr(os, 'stat'):
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            return None
        return st.st_size, st.st_mtime
    try:
        with open(path, 'rb') as f:
            return len(f.read()), None
    except (OSError, ValueError):
        return None


def checkcache(filename=None):
    """Drop cached files (all, or just `filename`) that changed on disk or disappeared."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue                  # lazy entry: nothing read yet
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue                  # in memory (a loader's source, registered by hand)
        if _file_signature(fullname) != (size, mtime):
            cache.pop(name, None)


def _load_from_loader(filename, module_globals):
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        return None
    lines = [line + '\n' for line in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _find_file(filename):
    """(full path, signature) of the file, trying sys.path for relative names."""
    signature = _file_signature(filename)
    if signature is not None:
        return filename, signature
    if filename.startswith('/'):
        return None, None
    for directory in sys.path:
        if not isinstance(directory, str):
            continue
        candidate = directory.rstrip('/') + '/' + filename if directory else filename
        signature = _file_signature(candidate)
        if signature is not None:
            return candidate, signature
    return None, None


def updatecache(filename, module_globals=None):
    """(Re)read a file into the cache and return its lines ([] if it cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo_name(filename):
        if _is_embedded_name(filename):
            return _load_from_loader(filename, module_globals) or []
        return []
    if _file_signature(filename) is None:
        lines = _load_from_loader(filename, module_globals)
        if lines is not None:
            return lines
    fullname, signature = _find_file(filename)
    if fullname is None:
        return []
    try:
        with open(fullname, 'r', encoding='utf-8', errors='replace') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = signature
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register the module of module_globals as the source of `filename`: when its lines
    are first needed, its __loader__ (or __spec__.loader) is asked for get_source().
    True if an entry is (now) registered, False if it could not be or the file is already
    cached."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if (_is_pseudo_name(filename) and not _is_embedded_name(filename)) or not module_globals:
        return False
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__')
    if loader is None:
        loader = getattr(module_globals.get('__spec__'), 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or get_source is None:
        return False

    def fetch():
        return get_source(name)
    cache[filename] = (fetch,)
    return True


def _register_code(code, string, name):
    """Make source text that has no file (compiled from a string) available by the code
    object's key."""
    cache[code] = (len(string), None, [line + '\n' for line in string.splitlines()], name)
