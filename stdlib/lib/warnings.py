"""Python part of the warnings subsystem.

warn() finds the frame `stacklevel` levels up, then warn_explicit() decides what to do from
the filters list (first match wins; actions: "error", "ignore", "always", "default",
"module", "once") and the per-module registry of warnings already shown, and finally
showwarning() prints CPython's two lines:

    file.py:12: UserWarning: the message
      source line 12, stripped

Filters match the message and module with regular expressions.  minipy has no `re` module
yet, so a small matcher below handles the usual patterns (literal text, '.', '*', '+', '?',
character classes, '\\' escapes, '$'); when `re` exists it is used instead.
"""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

# --- A tiny regular-expression matcher (re.match semantics: anchored at the start) -------------

class _Pattern:
    """Compiled pattern: a list of (item, quantifier) where item is a set test."""

    def __init__(self, pattern, ignorecase=False):
        self.pattern = pattern
        self._ignorecase = ignorecase
        self._items, self._anchored_end = self._compile(pattern)

    def _compile(self, p):
        items = []
        i = 0
        n = len(p)
        end = False
        while i < n:
            c = p[i]
            if c == '$' and i == n - 1:
                end = True
                i += 1
                continue
            if c == '.':
                test = ('any',)
                i += 1
            elif c == '\\' and i + 1 < n:
                e = p[i + 1]
                classes = {'d': ('class', '0123456789', False),
                           's': ('class', ' \t\n\r\f\v', False),
                           'w': ('word', False), 'D': ('class', '0123456789', True),
                           'S': ('class', ' \t\n\r\f\v', True), 'W': ('word', True)}
                test = classes.get(e, ('lit', e))
                i += 2
            elif c == '[':
                j = i + 1
                negate = j < n and p[j] == '^'
                if negate:
                    j += 1
                chars = []
                first = True
                while j < n and (p[j] != ']' or first):
                    if p[j] == '\\' and j + 1 < n:
                        chars.append(p[j + 1])
                        j += 2
                    elif j + 2 < n and p[j + 1] == '-' and p[j + 2] != ']':
                        chars.extend(chr(k) for k in range(ord(p[j]), ord(p[j + 2]) + 1))
                        j += 3
                    else:
                        chars.append(p[j])
                        j += 1
                    first = False
                test = ('class', ''.join(chars), negate)
                i = j + 1
            else:
                test = ('lit', c)
                i += 1
            quant = None
            if i < n and p[i] in '*+?':
                quant = p[i]
                i += 1
            items.append((test, quant))
        return items, end

    def _test(self, test, ch):
        kind = test[0]
        if kind == 'any':
            return ch != '\n'
        if kind == 'lit':
            if self._ignorecase:
                return ch.lower() == test[1].lower()
            return ch == test[1]
        if kind == 'word':
            return (ch.isalnum() or ch == '_') != test[1]
        chars = test[1]
        hit = ch in chars or (self._ignorecase and (ch.lower() in chars or ch.upper() in chars))
        return hit != test[2]

    def match(self, text):
        return self._match_at(0, 0, text)

    def _match_at(self, k, pos, text):
        items = self._items
        while k < len(items):
            test, quant = items[k]
            if quant is None:
                if pos < len(text) and self._test(test, text[pos]):
                    k += 1
                    pos += 1
                    continue
                return False
            if quant == '?':
                if pos < len(text) and self._test(test, text[pos]) and \
                        self._match_at(k + 1, pos + 1, text):
                    return True
                k += 1
                continue
            # '*' or '+': greedy, then back off.
            run = pos
            while run < len(text) and self._test(test, text[run]):
                run += 1
            lowest = pos + 1 if quant == '+' else pos
            for stop in range(run, lowest - 1, -1):
                if self._match_at(k + 1, stop, text):
                    return True
            return False
        return pos == len(text) if self._anchored_end else True

    def __eq__(self, other):
        return isinstance(other, _Pattern) and self.pattern == other.pattern

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return 're.compile(%r%s)' % (self.pattern, ', re.IGNORECASE' if self._ignorecase else '')


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)

# --- Showing warnings --------------------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe: warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        # the file (probably stderr) is invalid - this warning gets lost.
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f'{msg.filename}:{msg.lineno}: {category}: {msg.message}\n'

    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            # When a warning is logged during Python shutdown, linecache and the import
            # machinery don't work anymore
            line = None
            linecache = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += '  %s\n' % line
    return s


# Keep a reference to check if the function was replaced
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError('warnings.showwarning() must be set to a function or method')

            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


# Keep a reference to check if the function was replaced
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)

# --- Filters -----------------------------------------------------------------------------------

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module", or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters"""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')

    if message or module:
        message = _compile(message, True) if message else None
        module = _compile(module, False) if module else None
    else:
        message = None
        module = None

    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module", or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters"""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed in correct place. If
    # append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass

# --- warn and warn_explicit --------------------------------------------------------------------

def _is_internal_frame(frame):
    """Signal whether the frame is an internal CPython implementation detail."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    """Find the next frame that doesn't involve CPython internals."""
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, '
                        'not {!r}'.format(type(category).__name__))
    # Get context information
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            # If frame is too small to care or if the warning originated in internal code,
            # then do not try to hide any frames.
            frame = sys._getframe(stacklevel)
        else:
            frame = sys._getframe(1)
            # Look for one frame less since the above line starts us off.
            for x in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = '<string>'
    registry = globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]  # XXX What about leading pathname?
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry.get(key):
        return
    # Search the filters
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
                issubclass(category, cat) and
                (mod is None or mod.match(module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    # Early exit actions
    if action == 'ignore':
        return

    # Prime the linecache for formatting, in case the "file" is actually in a zipfile or
    # something.
    import linecache
    linecache.getlines(filename, module_globals)

    if action == 'error':
        raise message
    # Other actions
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        # Unrecognized actions are errors
        raise RuntimeError(
            'Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    # Print message and context
    msg = WarningMessage(message, category, filename, lineno, source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context.

    The 'record' argument specifies whether warnings should be captured by a custom
    implementation of warnings.showwarning() and be appended to a list returned by the
    context manager. Otherwise None is returned by the context manager. The objects appended
    to the list are arguments whose attributes mirror the arguments to showwarning().

    If the 'action' argument is not None, the remaining arguments are passed to
    warnings.simplefilter() as if it were called immediately on entering the context."""

    def __init__(self, *_no_more, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        # (*_no_more stands for a bare `*`; see the minipy call fast-path note in bisect.)
        if _no_more:
            raise TypeError('catch_warnings() takes no positional arguments')
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure that
            # _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# --- Module state ------------------------------------------------------------------------------

_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# The default filters of a release build of CPython.
filters = [
    ('default', None, DeprecationWarning, _compile('__main__', False), 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}


def _process_xoptions():
    # -W options from the command line, as "action:message:category:module:lineno".
    for arg in getattr(sys, 'warnoptions', ()):
        parts = [s.strip() for s in arg.split(':')]
        if len(parts) > 5:
            continue
        while len(parts) < 5:
            parts.append('')
        action, message, category, module, lineno = parts
        for a in _ACTIONS:
            if a.startswith(action or 'default'):
                action = a
                break
        else:
            continue
        cat = Warning
        if category:
            import builtins
            cat = getattr(builtins, category, None)
            if not (isinstance(cat, type) and issubclass(cat, Warning)):
                continue
        try:
            lineno = int(lineno) if lineno else 0
        except ValueError:
            continue
        filterwarnings(action, message, cat, module, lineno)


_process_xoptions()
