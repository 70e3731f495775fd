"""The io module: in-memory streams (StringIO, BytesIO), the abstract stream classes, and
the file objects of the native _io module (open, TextIOWrapper).

StringIO keeps its text as a list of pieces that is joined only when needed, so a run of
writes at the end (the common case: building output) costs little; BytesIO uses a bytearray.
Both follow the file protocol: read/readline/readlines, write/writelines, seek/tell,
truncate, iteration by lines, close and the context-manager methods.
"""

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding', 'IncrementalNewlineDecoder']

import abc
import builtins
import _io
from _io import TextIOWrapper, UnsupportedOperation, DEFAULT_BUFFER_SIZE

open = builtins.open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text files: `encoding` when given, else "locale"."""
    if encoding is None:
        return 'locale'
    return encoding

# --- The abstract classes ----------------------------------------------------------------------
# The concrete streams are registered with them, so isinstance(f, io.TextIOBase) works for
# files, sys.stdout and StringIO alike.

class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


TextIOBase.register(TextIOWrapper)
if hasattr(_io, 'BufferedFile'):
    BufferedIOBase.register(_io.BufferedFile)
    FileIO = BufferedReader = BufferedWriter = BufferedRandom = _io.BufferedFile
BufferedRWPair = None


def _read_end(size, start, length):
    # Where a read of `size` characters or bytes from `start` stops: the end of the data for
    # None or a negative size. Checks the argument's type as CPython's read methods do.
    if size is None:
        return length
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return length if size < 0 else min(length, start + size)


def _check_closed(f):
    if f._closed:
        # (StringIO's message has no full stop, BytesIO's has one, as in CPython.)
        raise ValueError(f._closed_message)


class _MemoryStreamMixin:
    """What StringIO and BytesIO share: the status queries and the context protocol."""

    def readable(self):
        _check_closed(self)
        return True

    def writable(self):
        _check_closed(self)
        return True

    def seekable(self):
        _check_closed(self)
        return True

    def isatty(self):
        _check_closed(self)
        return False

    def flush(self):
        _check_closed(self)

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        _check_closed(self)
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        _check_closed(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        _check_closed(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        _check_closed(self)
        for line in lines:
            self.write(line)

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

# --- StringIO ----------------------------------------------------------------------------------

class StringIO(_MemoryStreamMixin, TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline argument is like the
    one of TextIOWrapper's constructor."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        elif not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._seen_newlines = set()
        self._text = ''           # the joined part of the contents
        self._tail = []           # pieces written after it, not yet joined
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self):
        if self._tail:
            self._text += ''.join(self._tail)
            self._tail = []
        return self._text

    def _translate(self, s):
        # On the way in: newline=None turns \r\n and \r into \n; '\r' or '\r\n' turn \n into
        # that sequence; '\n' and '' keep the text as it is.
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen_newlines.add('\r\n')
                if '\r' in s.replace('\r\n', ''):
                    self._seen_newlines.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s.replace('\r\n', ''):
                self._seen_newlines.add('\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to the length of
        the string."""
        _check_closed(self)
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        if self._pos == self._size:
            self._tail.append(s)
        else:
            text = self._value()
            if self._pos > self._size:
                text += '\0' * (self._pos - self._size)
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

        If the argument is negative or omitted, read until EOF is reached.  Return an empty
        string at EOF."""
        _check_closed(self)
        start = self._pos
        end = _read_end(size, start, self._size)
        text = self._value()
        if start >= self._size:
            return ''
        self._pos = end
        return text[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF.

        Returns an empty string if EOF is hit immediately."""
        _check_closed(self)
        start = self._pos
        limit = _read_end(size, start, self._size)
        text = self._value()
        if start >= self._size:
            return ''
        nl = self._newline
        if nl == '':
            # Any of \r, \r\n, \n ends a line.
            i = start
            end = limit
            while i < limit:
                c = text[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < limit and text[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            j = text.find(sep, start, limit)
            end = limit if j < 0 else min(j + len(sep), limit)
        self._pos = end
        return text[start:end]

    def tell(self):
        """Tell the current file position."""
        _check_closed(self)
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position.

        Seek to character offset pos relative to position indicated by whence:
            0  Start of stream (the default).  pos should be >= 0;
            1  Current position - pos must be 0;
            2  End of stream - pos must be 0.
        Returns the new absolute position."""
        _check_closed(self)
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos.

        The pos argument defaults to the current file position, as returned by tell().  The
        current file position is unchanged.  Returns the new absolute position."""
        _check_closed(self)
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError('Negative size value %d' % pos)
        if pos < self._size:
            self._text = self._value()[:pos]
            self._size = pos
        return pos

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        _check_closed(self)
        return self._value()

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def line_buffering(self):
        _check_closed(self)
        return False

    @property
    def newlines(self):
        _check_closed(self)
        if self._newline is not None or not self._seen_newlines:
            return None
        order = [nl for nl in ('\r', '\n', '\r\n') if nl in self._seen_newlines]
        return order[0] if len(order) == 1 else tuple(order)

    encoding = None
    errors = None

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

# --- BytesIO -----------------------------------------------------------------------------------

def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str) or not hasattr(b, '__buffer__') and not hasattr(b, 'tobytes'):
        raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    return bytes(b)


class BytesIO(_MemoryStreamMixin, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _closed_message = 'I/O operation on closed file.'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None and initial_bytes != b'':
            self._buf[:] = _as_bytes(initial_bytes)

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        _check_closed(self)
        return bytes(self._buf)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object (minipy: the
        underlying bytearray)."""
        _check_closed(self)
        return self._buf

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object.

        If the size argument is negative, read until EOF is reached.  Return an empty bytes
        object at EOF."""
        _check_closed(self)
        n = len(self._buf)
        start = self._pos
        end = _read_end(size, start, n)
        if start >= n:
            return b''
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        """Next line from the file, as a bytes object.

        Retain newline.  A non-negative size argument limits the maximum number of bytes to
        return (an incomplete line may be returned then).  Return an empty bytes object at
        EOF."""
        _check_closed(self)
        if size is None:
            size = -1
        n = len(self._buf)
        start = self._pos
        if start >= n:
            return b''
        limit = n if size < 0 else min(n, start + size)
        j = self._buf.find(b'\n', start, limit)
        end = limit if j < 0 else j + 1
        self._pos = end
        return bytes(self._buf[start:end])

    def readinto(self, buffer):
        """Read bytes into buffer.

        Returns number of bytes read (0 for EOF), or None if the object is set not to block
        and has no data to read."""
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    readinto1 = readinto

    def write(self, b):
        """Write bytes to file.

        Return the number of bytes written."""
        _check_closed(self)
        data = _as_bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf.extend(b'\0' * (pos - size))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def tell(self):
        """Current file position, an integer."""
        _check_closed(self)
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position.

        Seek to byte offset pos relative to position indicated by whence:
             0  Start of stream (the default).  pos should be >= 0;
             1  Current position - pos may be negative;
             2  End of stream - pos usually negative.
        Returns the new absolute position."""
        _check_closed(self)
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        """Truncate the file to at most size bytes.

        Size defaults to the current file position, as returned by tell().  The current file
        position is unchanged.  Returns the new size."""
        _check_closed(self)
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode: turns \\r\\n and \\r into
    \\n, remembering a trailing \\r across calls."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = set()

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        if crlf:
            self._seen.add('\r\n')
        if cr:
            self._seen.add('\r')
        if lf:
            self._seen.add('\n')
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def reset(self):
        self._seen = set()
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        order = [nl for nl in ('\r', '\n', '\r\n') if nl in self._seen]
        if not order:
            return None
        return order[0] if len(order) == 1 else tuple(order)
