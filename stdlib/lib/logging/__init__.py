"""logging: levels, loggers, handlers and formatters, as in CPython's logging package.

How one call travels, e.g. ``getLogger('app.db').info('opened %s', path)``:

    Logger.info      is INFO enabled here?  (answer cached per logger, see below)
    Logger._log      find the caller's file/line/function, build a LogRecord
    Logger.handle    the logger's own filters may drop the record
    callHandlers     walk app.db -> app -> root, giving the record to every handler whose
                     level allows it, and stop after a logger with propagate = False
    Handler.handle   the handler's filters, then emit() with the handler's lock held
    Formatter        record -> text ('%', '{' or '$' style), exception/stack text appended

When no handler at all is found on the way up, the record goes to `lastResort`, a
WARNING-level handler that writes the bare message to whatever sys.stderr is at that moment.

Loggers form a tree by their dotted names.  The Manager keeps every name ever asked for in
`loggerDict`; a name that is only a prefix so far ('app' when just 'app.db' exists) holds a
PlaceHolder that remembers its would-be children, so that creating 'app' later can slot itself
in between them and their old parent.

Threads: one module-level RLock (`_lock`) guards every change to the configuration (the
logger tree, level tables, handler registry, the enabled-for caches); each handler has its own
RLock, held around emit(), so two threads never interleave inside one stream's line.  Both are
re-created in a forked child, whose copies may have been held by threads that no longer exist.

Differences from CPython: minipy has no weak references yet, so the registry of live handlers
(used by shutdown()) holds handlers strongly until they are closed.
"""

import sys
import os
import io
import time
import threading
import traceback
import warnings
import weakref
from collections.abc import Mapping as _Mapping
from string import Template as _Template, Formatter as _StrFormatter

__all__ = [
    # levels
    'NOTSET', 'DEBUG', 'INFO', 'WARNING', 'WARN', 'ERROR', 'CRITICAL', 'FATAL',
    'getLevelName', 'addLevelName', 'getLevelNamesMapping',
    # records, formatters, filters, handlers
    'LogRecord', 'makeLogRecord', 'getLogRecordFactory', 'setLogRecordFactory',
    'Formatter', 'BufferingFormatter', 'BASIC_FORMAT', 'Filter',
    'Handler', 'StreamHandler', 'FileHandler', 'NullHandler', 'lastResort',
    # loggers
    'Logger', 'LoggerAdapter', 'getLogger', 'getLoggerClass', 'setLoggerClass',
    # configuration and the root shortcuts
    'basicConfig', 'disable', 'shutdown', 'captureWarnings', 'raiseExceptions',
    'debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log',
]

# --- Switches a program may flip ---------------------------------------------------------------

# Errors inside handlers (a bad format, a closed stream) are reported on stderr by
# Handler.handleError when true, and swallowed silently when false.
raiseExceptions = True
# Which of the costlier LogRecord fields to fill in.
logThreads = True
logMultiprocessing = True
logProcesses = True

_startTime = time.time()    # LogRecord.relativeCreated counts milliseconds from here

# --- Levels ------------------------------------------------------------------------------------
# A level is a plain int; the higher, the more severe.  Two tables map numbers to names and
# back; addLevelName() extends both.

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING          # old aliases
FATAL = CRITICAL

_levelToName = {}
_nameToLevel = {}
for _number, _name in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                       (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _levelToName[_number] = _name
    _nameToLevel[_name] = _number
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARN
del _number, _name

# The configuration lock: see the module docstring.
_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    """A copy of the name -> number table (names such as 'WARN' and 'FATAL' included)."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, or the number of a level name (the table works both ways
    for historical reasons).  Anything unknown gives 'Level <level>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give the number `level` the name `levelName` (both directions)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    # Accept a level as a number or as a registered name; return the number.
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# --- Where the caller is -----------------------------------------------------------------------
# Records carry the file, line and function of the code that logged.  Walking outwards from the
# current frame, frames that belong to this module are skipped; `stacklevel` then says how many
# of the remaining frames to climb (1: the direct caller of debug()/info()/...).

def currentframe():
    """The frame of the function that calls currentframe()."""
    return sys._getframe(1)


_srcfile = currentframe.__code__.co_filename


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or ('importlib' in filename and '_bootstrap' in filename)


def _in_logging_package(filename):
    # True for the files of this package (logging/__init__.py, logging/handlers.py...), both as
    # embedded modules ("<frozen logging.handlers>") and as files on disk.
    if _srcfile.startswith('<frozen '):
        return filename == _srcfile or filename.startswith('<frozen logging.')
    return os.path.dirname(filename) == os.path.dirname(_srcfile)


def _format_stack_info(frame):
    text = ''.join(traceback.format_stack(frame))
    if text.endswith('\n'):
        text = text[:-1]
    return 'Stack (most recent call last):\n' + text


# --- LogRecord ---------------------------------------------------------------------------------

def _process_name():
    # 'MainProcess', or the multiprocessing name of this process once that module is in use.
    name = 'MainProcess'
    if logMultiprocessing:
        mp = sys.modules.get('multiprocessing')
        if mp is not None:
            try:
                name = mp.current_process().name
            except Exception:
                pass
    return name


def _file_and_module(pathname):
    # '/src/app/db.py' -> ('db.py', 'db')
    try:
        filename = os.path.basename(pathname)
        return filename, os.path.splitext(filename)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord:
    """One logged event: the message and its arguments plus where, when and in which thread
    and process it happened.  Formatters read its attributes by name, so the attribute names
    are the vocabulary of format strings (%(levelname)s, {lineno}, $threadName...)."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        stamp_ns = time.time_ns()
        # What: the logger, the level and the message with its arguments.
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        # logger.info('%(user)s did %(what)s', {'user': ..., 'what': ...}): the lone mapping
        # itself is the argument of the % operator.
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            self.args = args[0]
        else:
            self.args = args
        self.exc_info = exc_info
        self.exc_text = None        # the formatted traceback, cached by Formatter.format
        self.stack_info = sinfo
        # Where: the source position of the logging call.
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.funcName = func
        self.lineno = lineno
        # When, and who: time, thread, process.
        self.created = stamp_ns / 1e9
        self.msecs = float((stamp_ns // 1000000) % 1000)
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        self.processName = _process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in by the % operator (msg may be any object;
        it is turned into a string first)."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make loggers build their records with `factory` (called like LogRecord)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable loggers use to build records (LogRecord unless replaced)."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the items of `dict` (e.g. one received from a socket),
    on top of those of an empty record."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# --- Format styles -----------------------------------------------------------------------------
# A style knows one format-string syntax: how to fill it from a record, how to tell whether it
# mentions asctime, and how to check that it names at least one field.  The checks are small
# hand-written scanners (minipy has no `re` yet); they accept what CPython's patterns accept.

def _is_word(text):
    # The regular-expression class \w+: letters, digits, underscores; at least one.
    return bool(text) and all(ch.isalnum() or ch == '_' for ch in text)


def _skip_digits(text, i):
    while i < len(text) and text[i].isdigit():
        i += 1
    return i


def _percent_field_at(fmt, i):
    # Does a complete %(name)<flags><width><.precision><conversion> start at fmt[i] == '%'?
    if not fmt.startswith('%(', i):
        return False
    close = fmt.find(')', i + 2)
    if close < 0 or not _is_word(fmt[i + 2:close]):
        return False
    j = close + 1
    while j < len(fmt) and fmt[j] in '#0+ -':
        j += 1
    j = j + 1 if fmt.startswith('*', j) else _skip_digits(fmt, j)
    if fmt.startswith('.', j):
        if fmt.startswith('*', j + 1):
            j += 2
        else:
            end = _skip_digits(fmt, j + 1)
            if end == j + 1:
                return False
            j = end
    return j < len(fmt) and fmt[j].lower() in 'diouxefgcrsa%'


def _valid_field_name(name):
    # A '{' field: a word, then any number of .word attribute or [key] index steps.
    i = 0
    while i < len(name) and (name[i].isalnum() or name[i] == '_'):
        i += 1
    if i == 0:
        return False
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and (name[j].isalnum() or name[j] == '_'):
                j += 1
            if j == i + 1:
                return False
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            j += 1
        else:
            return False
        i = j
    return True


def _spec_number(spec, i):
    # A width or precision: digits, or a nested {word}.  Returns the index after it.
    if spec.startswith('{', i):
        close = spec.find('}', i + 1)
        if close > i and _is_word(spec[i + 1:close]):
            return close + 1
        return i
    return _skip_digits(spec, i)


def _valid_format_spec(spec):
    # [[fill]align][sign][#][0][width][grouping][.precision][type], as str.format reads it.
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        i = 1
    for optional in ('+ -', '#', '0'):
        if i < len(spec) and spec[i] in optional:
            i += 1
    i = _spec_number(spec, i)
    if i < len(spec) and spec[i] in ',_':
        i += 1
    if spec.startswith('.', i):
        after = _spec_number(spec, i + 1)
        if after == i + 1:
            return False
        i = after
    if i < len(spec) and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == len(spec)


class PercentStyle:
    """%(name)s fields, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def _has_field(self):
        fmt = self._fmt
        start = fmt.find('%')
        while start >= 0:
            if _percent_field_at(fmt, start):
                return True
            start = fmt.find('%', start + 1)
        return False

    def validate(self):
        """Raise ValueError unless the format names at least one field correctly."""
        if not self._has_field():
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """{name} fields, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        named = 0
        try:
            for _literal, field, spec, conversion in _StrFormatter().parse(self._fmt):
                if field:
                    if not _valid_field_name(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    named += 1
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not named:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """$name / ${name} fields, filled by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        fmt = self._fmt
        named = 0
        i = fmt.find('$')
        while i >= 0:
            rest = fmt[i + 1:]
            if rest.startswith('$'):                    # $$ is a literal dollar
                i = fmt.find('$', i + 2)
                continue
            braced = rest.startswith('{')
            body = rest[1:] if braced else rest
            n = 0
            if body[:1] == '_' or body[:1].isascii() and body[:1].isalpha():
                n = 1
                while n < len(body) and (body[n] == '_' or body[n].isascii() and body[n].isalnum()):
                    n += 1
            if n == 0 or (braced and not body.startswith('}', n)):
                raise ValueError("invalid format: bare '$' not allowed")
            named += 1
            i = fmt.find('$', i + 1)
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


# style character -> (style class, format basicConfig uses when given no format)
BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


# --- Formatters --------------------------------------------------------------------------------

class Formatter:
    """Turns a record into text.  fmt is a format string in one of three styles ('%' default,
    '{', '$'); datefmt a time.strftime format for %(asctime)s; defaults values for fields a
    record may lack.  With validate (the default) a format that names no field is refused."""

    converter = time.localtime          # seconds -> struct_time for formatTime (or time.gmtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text: by datefmt when given, else as '2026-11-25 22:10:00,123'."""
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of an (type, value, traceback) triple, without the final newline."""
        text = ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Fill in record.message (and record.asctime when the format uses it), format the
        record, then append the traceback (computed once per record, kept in exc_text) and
        the stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record by `linefmt`, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(record) for record in records)
        parts.append(self.formatFooter(records))
        return "".join(parts)


# --- Filters -----------------------------------------------------------------------------------

class Filter:
    """Lets through records of the logger called `name` and of its descendants
    (Filter('a.b') passes 'a.b' and 'a.b.c', not 'a.bc'); an empty name passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer:
    """Base of loggers and handlers: an ordered list of filters that must all agree.  A filter
    is an object with a filter(record) method or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when every filter accepts the record (a false result vetoes it)."""
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# --- Handlers ---------------------------------------------------------------------------------
# Every handler is remembered through a weak reference, so that shutdown() at exit can flush and
# close whatever is still alive without keeping garbage handlers alive; named handlers are also
# findable by name (logging.config uses that), again without holding them.

_handlers = weakref.WeakValueDictionary()   # name -> handler
_handlerList = []                           # weak references to handlers, oldest first


def _drop_dead_handler_ref(dead):
    # Callback of the weak references in _handlerList: drop the one whose handler died.  At
    # interpreter teardown the module's globals may already be gone, hence the checks.
    lock, handler_list = _lock, _handlerList
    if lock is None or handler_list is None:
        return
    with lock:
        for i, known in enumerate(handler_list):
            if known is dead:
                del handler_list[i]
                break


def _register_handler(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _drop_dead_handler_ref))


def _live_handlers():
    """The registered handlers that are still alive, oldest first."""
    return [h for h in (wr() for wr in list(_handlerList)) if h is not None]


class Handler(Filterer):
    """Where records go.  A handler has a level (records below it are ignored by loggers), a
    formatter, filters, and a lock held around emit(); subclasses write emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self.createLock()
        _register_handler(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    # -- the lock that serializes emit() --

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    # -- configuration --

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    # -- output --

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters let it through; return the filters' verdict."""
        accepted = self.filter(record)
        if accepted:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return accepted

    def flush(self):
        pass

    def close(self):
        """Release what the handler holds; base class: leave the name registry (the weak
        reference in _handlerList stays, so shutdown() still reaches a closed handler)."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Called from emit() inside an `except`: report the exception on stderr (when
        logging.raiseExceptions is true), with the stack of the code that logged and the
        message and arguments, and carry on."""
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        kind, value, tb = sys.exc_info()
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            # The code that logged: the first frame outside this package, going outwards
            # from the one that raised.
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and _in_logging_package(frame.f_code.co_filename):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the traceback above'
                          ' to help find the error.\n')
        except OSError:
            pass
        finally:
            kind = value = tb = frame = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record plus `terminator` to a stream (sys.stderr, as it was when
    the handler was made, unless another stream is given) and flushes it."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            stream = self.stream
            if stream and hasattr(stream, 'flush'):
                stream.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)     # one write per record: lines never interleave
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to another stream (flushing the old one); return the old stream, or None
        when `stream` is already the current one."""
        if stream is self.stream:
            return None
        with self.lock:
            previous = self.stream
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (type(self).__name__, name, getLevelName(self.level))

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (mode 'a' by default).  With delay=True the
    file is opened by the first emit() instead of now."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = io.text_encoding(encoding) if 'b' not in mode else encoding
        self.errors = errors
        self.delay = delay
        self._builtin_open = open     # shutdown may run after builtins have been torn down
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def close(self):
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, 'close'):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        # Opened lazily (delay=True); after close(), reopened only for appending, so that a
        # closed 'w' handler does not wipe its own file.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # lastResort: its stream is whatever sys.stderr is when a record arrives.
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Does nothing: a library adds it to its top logger so that, when the application never
    configures logging, its records are dropped rather than sent to lastResort."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# --- Locks after fork --------------------------------------------------------------------------
# fork() copies only the calling thread.  A lock some other thread held at that moment would
# stay held forever in the child, so the configuration lock is taken around fork() (nobody is
# half-way through a change) and every handler lock is re-made fresh in the child.

def _after_fork_in_child():
    for handler in _live_handlers():
        try:
            handler._at_fork_reinit()
        except Exception:
            pass
    _lock._at_fork_reinit()


if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_acquireLock, after_in_child=_after_fork_in_child,
                        after_in_parent=_releaseLock)


# --- The logger tree ---------------------------------------------------------------------------

class PlaceHolder:
    """Stands in loggerDict for a dotted prefix no one has asked for yet; remembers the loggers
    below it (in insertion order) so that the real logger can adopt them later."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """Owns the logger tree: the name -> logger table, the root, the global disable level and
    which classes build loggers and records."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}            # name -> Logger or PlaceHolder
        self.loggerClass = None         # None: the module-wide class (setLoggerClass)
        self.logRecordFactory = None
        self._disable = NOTSET          # logging.disable(level): levels <= this are off
        self.emittedNoHandlerWarning = False

    def _set_disable(self, level):
        self._disable = _checkLevel(level)

    disable = property(lambda self: self._disable, _set_disable)

    def getLogger(self, name):
        """The logger called `name`, made (and linked into the tree) on first request."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if existing is not None:
                self._adopt_children(existing, made)
            self._link_to_parent(made)
            return made

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_to_parent(self, logger):
        # The parent is the nearest existing logger among the dotted prefixes of the name,
        # longest first; prefixes with no logger yet get (or extend) a PlaceHolder.
        name = logger.name
        parent = None
        dot = name.rfind('.')
        while dot > 0 and parent is None:
            prefix = name[:dot]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(entry, PlaceHolder):
                entry.append(logger)
            else:
                parent = entry
            dot = name.rfind('.', 0, dot)
        logger.parent = parent if parent is not None else self.root

    def _adopt_children(self, placeholder, logger):
        # `logger` replaces `placeholder`: every logger that was waiting below it and whose
        # parent is above it (not already a nearer logger in between) now hangs from it.
        prefix = logger.name + '.'
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        """Forget every logger's isEnabledFor answers (a level somewhere changed)."""
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel.  Records it creates go to its own handlers and, while propagate is
    true, to those of its ancestors.  Make loggers with logging.getLogger(name), not directly."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.parent = None              # set by the Manager when the logger joins the tree
        self.level = _checkLevel(level)
        self.handlers = []
        self.propagate = True
        self.disabled = False
        self._cache = {}        # level -> isEnabledFor answer; emptied by Manager._clear_cache

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # -- is a level on? --

    def getEffectiveLevel(self):
        """The first level set (not NOTSET) on the way from this logger up to the root."""
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Would a record at `level` be created here?  Asked on every call, so the answer is
        cached per logger until some level (or logging.disable) changes."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            enabled = (level > self.manager.disable and level >= self.getEffectiveLevel())
            self._cache[level] = enabled
        return enabled

    # -- the logging calls --

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG.  Keywords: exc_info, stack_info, stacklevel, extra."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR with the exception being handled; call it from an except block."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Same as critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer `level`."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack text or None) of the code that logged:
        the stacklevel-th frame outside this module, counting outwards."""
        frame = currentframe()
        chosen = None
        while frame is not None:
            if not _is_internal_frame(frame):
                chosen = frame
                stacklevel -= 1
                if stacklevel <= 0:
                    break
            frame = frame.f_back
        if chosen is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = _format_stack_info(chosen) if stack_info else None
        return chosen.f_code.co_filename, chosen.f_lineno, chosen.f_code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Build the record (through the record factory) and add the `extra` attributes, which
        may not replace the record's own."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        # Build a record and handle it.  exc_info may be True (the exception being handled),
        # an exception instance, or a (type, value, traceback) triple.
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        else:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers unless this logger is disabled or a filter
        refuses it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    # -- handlers --

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Is there a handler on this logger or on an ancestor reachable through propagate?"""
        node = self
        while node is not None:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        """Give the record to every handler from here to the root (stopping after a logger
        that does not propagate) whose level allows it; with none found, to lastResort."""
        seen = 0
        node = self
        while node is not None:
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    # -- the tree --

    def getChild(self, suffix):
        """getLogger(self.name + '.' + suffix) (just `suffix` below the root)."""
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Pickled by name: unpickling asks getLogger() for the same logger.
        if getLogger(self.name) is not self:
            from pickle import PicklingError
            raise PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The top of the tree, called 'root'; basicConfig() gives it its handler."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def setLoggerClass(klass):
    """Make getLogger() build new loggers of class `klass` (a Logger subclass)."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() instantiates."""
    return _loggerClass


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def getLogger(name=None):
    """The logger called `name` (dotted names form the tree); the root logger when no name
    (or 'root') is given."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# --- LoggerAdapter -----------------------------------------------------------------------------

class LoggerAdapter:
    """Wraps a logger and adds context: process() gets every call's message and keywords
    first; by default it passes the adapter's `extra` dict as the record's extra attributes."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def _set_manager(self, manager):
        self.logger.manager = manager

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))


# --- basicConfig and the module-level shortcuts ------------------------------------------------

def basicConfig(**kwargs):
    """One-call setup of the root logger: unless it already has handlers (or force=True),
    give it a StreamHandler (stream, default sys.stderr), a FileHandler (filename, filemode,
    encoding, errors) or the given `handlers`, formatted by format/datefmt/style; then set
    level when given.  Keywords: filename filemode format datefmt style level stream handlers
    force encoding errors."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if not root.handlers:
            handlers = kwargs.pop('handlers', None)
            has_stream, has_file = 'stream' in kwargs, 'filename' in kwargs
            if handlers is None and has_stream and has_file:
                raise ValueError("'stream' and 'filename' should not be specified together")
            if handlers is not None and (has_stream or has_file):
                raise ValueError("'stream' or 'filename' should not be specified "
                                 "together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop('filename', None)
                filemode = kwargs.pop('filemode', 'a')
                if filename:
                    if 'b' in filemode:
                        errors = None
                    else:
                        encoding = io.text_encoding(encoding)
                    handlers = [FileHandler(filename, filemode, encoding=encoding,
                                            errors=errors)]
                else:
                    handlers = [StreamHandler(kwargs.pop('stream', None))]
            datefmt = kwargs.pop('datefmt', None)
            style = kwargs.pop('style', '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
            fmt = kwargs.pop('format', _STYLES[style][1])
            formatter = Formatter(fmt, datefmt, style)
            for handler in handlers:
                if handler.formatter is None:
                    handler.setFormatter(formatter)
                root.addHandler(handler)
            level = kwargs.pop('level', None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def _configure_if_bare():
    # The module-level shortcuts set up a default stderr handler on first use.
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    """Log at CRITICAL on the root logger (calling basicConfig() first if it has no handler);
    the other shortcuts below work the same way."""
    _configure_if_bare()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configure_if_bare()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configure_if_bare()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configure_if_bare()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configure_if_bare()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configure_if_bare()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Switch off every logger for records at `level` and below (disable(NOTSET) undoes it)."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every registered handler still alive, newest first (closed ones too:
    closing twice is harmless).  `handlerList` holds weak references.  Registered with atexit,
    so file handlers are complete when the program ends."""
    for wr in reversed(list(handlerList)):
        try:
            handler = wr()
            if handler is None:
                continue
            handler.acquire()
            try:
                handler.flush()
                handler.close()
            except (OSError, ValueError):
                pass        # the stream may already be closed; nothing left to save
            finally:
                handler.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# --- warnings through logging ------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # Stands in for warnings.showwarning while captureWarnings(True): the warning text goes
    # to the 'py.warnings' logger at WARNING (explicit file= targets keep the old behaviour).
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """Route the warnings module's output into logging (True), or stop doing so (False)."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
