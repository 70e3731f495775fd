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
# Users may replace showwarning() and formatwarning(); the module checks whether they did
# and calls the replacement with the classic arguments.

def formatwarning(message, category, filename, lineno, line=None):
    """The standard two-line text of a warning: "file:line: Category: message" and the
    stripped source line (read with linecache unless given)."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr); replace this to redirect warnings."""
    _write(WarningMessage(message, category, filename, lineno, file, line))


_original_showwarning = showwarning
_original_formatwarning = formatwarning


def _format(msg):
    text = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += '  %s\n' % line.strip()
    return text


def _write(msg):
    # The default destination of warnings (catch_warnings(record=True) swaps it for a
    # list's append).
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    if formatwarning is not _original_formatwarning:
        text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    else:
        text = _format(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _show(msg):
    if showwarning is not _original_showwarning:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    else:
        _showwarnmsg_impl(msg)


_showwarnmsg_impl = _write
_showwarning_orig = _original_showwarning

# --- Filters -----------------------------------------------------------------------------------
# Each filter is (action, message pattern or None, category, module pattern or None, lineno);
# the first matching filter decides.  Changing the list bumps _filters_version, which makes
# every module's registry of "already shown" warnings stale.

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter at the front of the list (at the end with append=True).  message and
    module are regular expressions matched at the start of the warning text (ignoring case)
    and of the module name; lineno 0 matches every line."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    message_re = _compile(message, True) if message else None
    module_re = _compile(module, False) if module else None
    _insert_filter((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches every message and module."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _insert_filter((action, None, category, None, lineno), append)


def _insert_filter(item, append):
    # A filter already in the list moves to the front; appending keeps the existing one.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (all warnings then take the default action)."""
    del filters[:]
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1

# --- warn and warn_explicit --------------------------------------------------------------------

def _caller_frame(stacklevel):
    """The frame `stacklevel` levels above warn()'s caller chain (1 = warn's caller), or
    None when the stack is not that deep."""
    try:
        return sys._getframe(stacklevel + 1)
    except ValueError:
        return None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: print it, ignore it or raise it, as the filters say.  message is a
    string or a Warning instance; stacklevel says whose line to blame (1: the line calling
    warn; 2: that function's caller, for deprecation warnings in libraries)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not {!r}'
                        .format(type(category).__name__))
    frame = _caller_frame(stacklevel)
    if frame is None:
        module_globals = sys.__dict__
        filename, lineno = 'sys', 1
    else:
        module_globals = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = module_globals.get('__name__', '<string>')
    registry = module_globals.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, module_globals,
                  source)


def _matching_action(text, category, module, lineno):
    for item in filters:
        action, message_re, cat, module_re, line = item
        if message_re is not None and not message_re.match(text):
            continue
        if not issubclass(category, cat):
            continue
        if module_re is not None and not module_re.match(module):
            continue
        if line and line != lineno:
            continue
        return action, item
    return defaultaction, None


# What each showing action remembers in the registries, and whether the warning is to be shown
# this time.  key is (text, category, lineno) for the module's registry.

def _remember_default(registry, key, text, category):
    registry[key] = 1               # once per location
    return True


def _remember_module(registry, key, text, category):
    registry[key] = 1
    anywhere = (text, category, 0)  # once per module, whatever the line
    if registry.get(anywhere):
        return False
    registry[anywhere] = 1
    return True


def _remember_once(registry, key, text, category):
    registry[key] = 1
    if onceregistry.get((text, category)):
        return False                # once per process
    onceregistry[(text, category)] = 1
    return True


def _remember_nothing(registry, key, text, category):
    return True                     # 'always'


_REMEMBER = {'default': _remember_default, 'module': _remember_module,
             'once': _remember_once, 'always': _remember_nothing}


def _current_registry(registry):
    # A registry filled under an older filter list is stale: start it afresh.
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    return registry


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location (warn() computes one from the stack).
    registry is the dict of warnings already shown from that module."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    registry = _current_registry(registry)
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return                      # shown from here already
    action, item = _matching_action(text, category, module, lineno)
    if action == 'ignore':
        return
    # Load the source now: the module may be gone by the time the warning is formatted.
    import linecache
    linecache.getlines(filename, module_globals)
    if action == 'error':
        raise message
    remember = _REMEMBER.get(action)
    if remember is None:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, item))
    if remember(registry, key, text, category):
        _show(WarningMessage(message, category, filename, lineno, source=source))


class WarningMessage(object):
    """One warning, as showwarning() receives it and catch_warnings(record=True) keeps
    it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line',
                        'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        given = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, given):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save the warnings state on entry and restore it on exit, so the block can change
    filters freely.  record=True collects the warnings (WarningMessage objects) in the list
    the with statement binds instead of printing them; action= (with category, lineno,
    append) installs a simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # The default showwarning, so that warnings reach the log.
        mod.showwarning = mod._original_showwarning
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()

# --- Module state ------------------------------------------------------------------------------

_filters_version = 1

# The default filters of a release build of CPython: DeprecationWarning is shown only for
# code in __main__.
filters = [
    ('default', None, DeprecationWarning, _compile('__main__', False), 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}


def _apply_command_line_options():
    # -W options, "action:message:category:module:lineno" (parts may be left out).
    for option in getattr(sys, 'warnoptions', ()):
        parts = [p.strip() for p in option.split(':')]
        if len(parts) > 5:
            continue
        parts += [''] * (5 - len(parts))
        action, message, category, module, lineno = parts
        action = next((a for a in _ACTIONS if a.startswith(action or 'default')), None)
        if action is None:
            continue
        cls = Warning
        if category:
            import builtins
            cls = getattr(builtins, category, None)
            if not (isinstance(cls, type) and issubclass(cls, Warning)):
                continue
        try:
            line = int(lineno) if lineno else 0
        except ValueError:
            continue
        filterwarnings(action, message, cls, module, line)


_apply_command_line_options()
