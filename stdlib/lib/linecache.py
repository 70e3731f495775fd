"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename is not found, it
will look down the module search path for a file by that name.  traceback and warnings use
it to show the source line of a frame.

cache maps a filename to (size, mtime, lines, fullname); an entry whose size is None was
registered lazily or by hand (e.g. for source that exists only in memory) and is never
checked against the disk.
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.  Update the cache if it doesn't
    contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.  Update the cache if it
    doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(path):
    # (size, mtime) of a file, or None.  Without os.stat, the size is found by reading it,
    # and there is no mtime to compare.
    try:
        import os
        st = os.stat(path)
        return st.st_size, st.st_mtime
    except ImportError:
        pass
    except (OSError, ValueError, AttributeError):
        return None
    try:
        with open(path, 'rb') as f:
            return len(f.read()), None
    except (OSError, ValueError):
        return None


def checkcache(filename=None):
    """Discard cache entries that are out of date (hopefully those files have changed)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None and size is None:
            continue   # no-op for files loaded via a __loader__ or registered by hand
        st = _stat(fullname)
        if st is None or st != (size, mtime):
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.  If something's wrong, print a
    message, discard the cache entry, and return an empty list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    st = _stat(fullname)
    if st is None:
        # Try for a __loader__, if available
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    # No luck, the PEP302 loader cannot find the source for this module.
                    return []
                cache[filename] = (
                    len(data), None, [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]

        # Try looking through the module search path, which is only useful when handling a
        # relative filename.
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            try:
                fullname = dirname.rstrip('/') + '/' + filename if dirname else filename
            except (TypeError, AttributeError):
                # Not sufficiently string-like to do anything useful with.
                continue
            st = _stat(fullname)
            if st is not None:
                break
        else:
            return []
    try:
        with open(fullname, 'r', encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = st
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is called, not
    immediately.  If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache, otherwise False.  To register
        such a load a module loader with a get_source method must be found, the filename
        must be a cacheable filename, and the filename must not be already cached."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    # Try for a __loader__, if available
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)

        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False


def _register_code(code, string, name):
    """Register source text for a code object compiled from a string, so that tracebacks
    can show its lines."""
    cache[code] = (
        len(string),
        None,
        [line + '\n' for line in string.splitlines()],
        name)
