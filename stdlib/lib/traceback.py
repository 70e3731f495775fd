"""Extract, format and print stack traces and exceptions, in CPython's layout:

    Traceback (most recent call last):
      File "prog.py", line 12, in <module>
        main()
      File "prog.py", line 8, in main
        return 1 / 0
    ZeroDivisionError: division by zero

One "File" entry per frame, oldest first, each with its source line (read through
linecache, stripped); more than three identical entries in a row are folded into
"[Previous line repeated N more times]"; chained exceptions come first, joined by CPython's
two sentences; the last line is "Type: message", followed by any notes.  (CPython 3.11+
also draws ^^^ under the failing expression; minipy records lines only, so none are drawn.)

The data comes from traceback objects (tb_frame, tb_lineno, tb_next) and frames
(f_code.co_filename, f_code.co_name, f_lineno, f_back, f_globals).
"""

import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

_CAUSE_LINE = ('\nThe above exception was the direct cause of the following exception:\n\n')
_CONTEXT_LINE = ('\nDuring handling of the above exception, another exception occurred:\n\n')

# More identical frames in a row than this are summarized.
_REPEAT_LIMIT = 3


def _safe_str(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _out(file):
    return sys.stderr if file is None else file

# --- Walking frames ----------------------------------------------------------------------------

def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) for f and each frame that called it, newest first.  Without f,
    start from the caller of the function that called walk_stack."""
    if f is None:
        f = sys._getframe(2)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back

# --- FrameSummary and StackSummary -------------------------------------------------------------

class FrameSummary:
    """One entry of a stack trace: filename, lineno, name (the function), line (its source
    text, stripped; looked up lazily) and locals (reprs, when captured)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = None
        if locals:
            self.locals = {k: _safe_str(v, 'local', repr) for k, v in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        """The source line, stripped (read from linecache the first time it is asked for);
        None when there is no line number."""
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return None if self._line is None else self._line.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    # The old 4-tuple interface: fs[0], unpacking, len().
    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


def _limited(frame_gen, limit):
    # limit >= 0 keeps the first `limit` entries, a negative limit the last -limit ones; no
    # limit means sys.tracebacklimit when that is set (negative values there count as 0).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return frame_gen
        limit = max(limit, 0)
    if limit >= 0:
        return itertools.islice(frame_gen, limit)
    return list(frame_gen)[limit:]


def _frame_entry(frame, lineno, capture_locals):
    code = frame.f_code
    linecache.lazycache(code.co_filename, frame.f_globals)
    return FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                        locals=frame.f_locals if capture_locals else None)


class StackSummary(list):
    """A list of FrameSummary objects, oldest first, with format() to render them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarize the (frame, lineno) pairs of frame_gen (from walk_tb or walk_stack).
        limit: keep that many entries from the start (negative: from the end); default
        sys.tracebacklimit."""
        frame_gen = _limited(frame_gen, limit)
        result = klass(_frame_entry(f, lineno, capture_locals) for f, lineno in frame_gen)
        for filename in {entry.filename for entry in result}:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in result:
                entry.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line)
        tuples."""
        result = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            result.append(item)
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line, captured locals."""
        text = '  File "{}", line {}, in {}\n'.format(frame_summary.filename,
                                                     frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += '    {}\n'.format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {} = {}\n'.format(name, value)
        return text

    def format(self):
        """The entries as strings ready to print, with runs of one repeated entry (deep
        recursion) shortened to its first three and a count of the rest."""
        out = []
        previous = None
        repeats = 0

        def flush():
            extra = repeats - _REPEAT_LIMIT
            if extra > 0:
                out.append(f'  [Previous line repeated {extra} more '
                           f'time{"s" if extra > 1 else ""}]\n')

        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if key != previous or None in key:
                flush()
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _REPEAT_LIMIT:
                out.append(text)
        flush()
        return out


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback (oldest frame first)."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of f and its callers), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format FrameSummary objects or 4-tuples into printable strings."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the entries of extract_tb() or extract_stack()."""
    for text in format_list(extracted_list):
        print(text, file=_out(file), end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack from the caller (or from frame f) up to the program's start."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the local variables of the frames of a traceback (where frames allow it)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass      # the frame is still running
        tb = tb.tb_next

# --- Exceptions --------------------------------------------------------------------------------

class TracebackException:
    """A snapshot of an exception for printing: its type, message, stack (StackSummary),
    notes, and the snapshots of its __cause__ and __context__.  format() yields CPython's
    text."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self._str = _safe_str(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_str(e, "__notes__", repr)}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            end = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = None if end is None else str(end)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if top:
            # Snapshot the chain without recursion: a work list of (snapshot, exception).
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals, _seen=_seen)
            todo = [(self, exc_value)]
            while todo:
                snap, exc = todo.pop()
                if exc is None:
                    continue
                cause = exc.__cause__
                if cause is not None and id(cause) not in _seen:
                    snap.__cause__ = TracebackException(type(cause), cause,
                                                        cause.__traceback__, **options)
                    todo.append((snap.__cause__, cause))
                context = exc.__context__
                wanted = not compact or (snap.__cause__ is None and
                                         not exc.__suppress_context__)
                if context is not None and wanted and id(context) not in _seen:
                    snap.__context__ = TracebackException(type(context), context,
                                                          context.__traceback__, **options)
                    todo.append((snap.__context__, context))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Snapshot an exception (with its traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        # Two snapshots are equal when everything they recorded is.
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def _type_name(self):
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module in ('__main__', 'builtins'):
            return name
        if not isinstance(module, str):
            module = '<unknown>'
        return module + '.' + name

    def format_exception_only(self):
        """The lines describing the exception itself: "Type: message" (several lines for a
        SyntaxError), then its notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        name = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(name)
        else:
            yield _final_line(name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                yield _safe_str(note, 'note') + '\n'
        elif notes is not None:
            yield _safe_str(notes, '__notes__', repr) + '\n'

    def _syntax_error_lines(self, type_name):
        # The location, the offending line (left-stripped), a row of carets under the
        # reported columns, then "SyntaxError: message".
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            line = text.rstrip('\n')
            stripped = line.lstrip(' \n\f')
            indent = len(line) - len(stripped)
            yield '    {}\n'.format(stripped)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if end == start or end == -1:
                    end = start + 1
                first = start - 1 - indent
                last = end - 1 - indent
                if first >= 0:
                    # Keep tabs (and other whitespace) so the carets line up.
                    pad = ''.join(c if c.isspace() else ' ' for c in stripped[:first])
                    yield '    {}{}\n'.format(pad, '^' * (last - first))
        yield '{}: {}{}\n'.format(type_name, self.msg or '<no detail available>', suffix)

    def format(self, *, chain=True, _ctx=None):
        """The complete report as strings: chained exceptions first (oldest first), each
        with its traceback, then this one."""
        sections = []           # (sentence leading to the next one, snapshot), newest first
        snap = self
        while snap is not None:
            if not chain:
                sections.append((None, snap))
                break
            if snap.__cause__ is not None:
                sections.append((_CAUSE_LINE, snap))
                snap = snap.__cause__
            elif snap.__context__ is not None and not snap.__suppress_context__:
                sections.append((_CONTEXT_LINE, snap))
                snap = snap.__context__
            else:
                sections.append((None, snap))
                snap = None
        # Oldest first; the sentence recorded with a snapshot goes before it.
        for sentence, snap in reversed(sections):
            if sentence is not None:
                yield sentence
            if snap.stack:
                yield 'Traceback (most recent call last):\n'
                yield from snap.stack.format()
            yield from snap.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the report to file (default: sys.stderr)."""
        for text in self.format(chain=chain):
            print(text, file=_out(file), end='')


def _final_line(type_name, message):
    if not message:
        return '%s\n' % type_name
    return '%s: %s\n' % (type_name, message)


class _Implicit:
    def __repr__(self):
        return '<implicit>'

_implicit = _Implicit()


def _value_and_tb(exc, value, tb):
    # The (value, traceback) to report: new style passes the exception alone, old style
    # passes (type, value, tb).
    if (value is _implicit) != (tb is _implicit):
        raise ValueError('Both or neither of value and tb must be given')
    if value is _implicit:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    return value, tb


def format_exception(exc, /, value=_implicit, tb=_implicit, limit=None, chain=True):
    """The report print_exception() would print, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    snapshot = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(snapshot.format(chain=chain))


def print_exception(exc, /, value=_implicit, tb=_implicit, limit=None, file=None,
                    chain=True):
    """Print an exception and its traceback (and chained exceptions) to file, default
    sys.stderr.  Call with the exception, or with (type, value, traceback)."""
    value, tb = _value_and_tb(exc, value, tb)
    snapshot = TracebackException(type(value), value, tb, limit=limit, compact=True)
    snapshot.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_implicit):
    """The "Type: message" line(s) of an exception, without the traceback."""
    if value is _implicit:
        value = exc
    return list(TracebackException(type(value), value, None, compact=True)
                .format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (like an uncaught one would be)."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (kept in sys.last_* by interactive sessions)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
