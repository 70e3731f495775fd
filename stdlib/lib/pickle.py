"""pickle: turn Python objects into bytes and back.

The format is the published one (the opcode table of the pickletools documentation, PEP 307 for
protocol 2, PEP 3154 for protocol 4's framing and PEP 574 for protocol 5), and the writer makes the
same choices as CPython's C pickler, so `dumps(x, p)` gives the same bytes as python3 for the same
objects and files written by either interpreter load in the other.

How the writer is organised:

* `save()` looks an object up by its exact type in `_dispatch` (a dict of plain functions):
  atoms (None, bool, int, float) are written at once and never memoized; str, bytes, containers
  and globals are memoized by id(); everything else goes through the reduce protocol
  (`reducer_override`, the dispatch table, `__reduce_ex__(protocol)`), whose tuple
  `(callable, args, state, listitems, dictitems, state_setter)` `save_reduce()` writes.
* Output collects in a bytearray.  From protocol 4 on that bytearray is the current *frame*: at
  the start of each save() a frame of 64 KiB or more is flushed with a FRAME header (frames under
  4 bytes get none), and a bytes/str payload of 64 KiB or more is written outside any frame.
* Protocols 0-2 name a few modules and builtins as Python 2 did (`__builtin__`, `copy_reg`,
  `exceptions`, `xrange`, ...) when fix_imports is true; the reader maps them back.

The reader is a loop over opcodes with a 256-entry table of methods.  `loads()` reads from the
bytes in memory; `load(file)` reads whole frames at a time and otherwise only what each opcode
needs, so several pickles can follow each other in one file.
"""

import sys
from struct import pack as _pack, unpack as _unpack
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_FRAME_TARGET = 64 * 1024     # a frame is flushed once it holds this much
_FRAME_MIN = 4                # smaller frames are written without a FRAME header
_BATCH = 1000                 # items per APPENDS / SETITEMS / ADDITEMS


class PickleError(Exception):
    """Base class of the pickling errors."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle is malformed or cannot be loaded."""


class PickleBuffer:
    """PickleBuffer(buffer): a bytes-like object that protocol 5 may pickle out of band
    (PEP 574): handed to the Pickler's buffer_callback instead of being copied into the
    stream, and given back to loads() through its `buffers` argument."""

    def __init__(self, buffer):
        self._view = buffer.raw() if isinstance(buffer, PickleBuffer) else memoryview(buffer)

    def raw(self):
        """The buffer as a memoryview of its bytes."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        """Release the underlying buffer."""
        if self._view is not None:
            self._view.release()
            self._view = None


def _as_view(buffer):
    return buffer.raw() if isinstance(buffer, PickleBuffer) else memoryview(buffer)


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes (one byte each; names as in the pickletools documentation) ----------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLE_BY_SIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BININT1_CODES = [BININT1 + bytes((i,)) for i in range(256)]    # the commonest ints, made once


# ---- small encoders ---------------------------------------------------------------------------

def encode_long(x):
    """x as the shortest little-endian two's complement bytes (b'' for 0)."""
    if x == 0:
        return b''
    magnitude = x if x >= 0 else ~x
    return x.to_bytes(magnitude.bit_length() // 8 + 1, 'little', signed=True)


def decode_long(data):
    """The int that encode_long() made `data` from."""
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(text):
    """text as the raw-unicode-escape codec writes it: code points below 256 as one byte,
    the others as \\uXXXX or \\UXXXXXXXX."""
    if text.isascii():
        return text.encode('ascii')
    out = bytearray()
    for ch in text:
        cp = ord(ch)
        if cp < 256:
            out.append(cp)
        elif cp < 0x10000:
            out += b'\\u%04x' % cp
        else:
            out += b'\\U%08x' % cp
    return bytes(out)


def _raw_unicode_unescape(data):
    """The inverse of _raw_unicode_escape (bytes are latin-1, \\u and \\U escapes are decoded)."""
    if b'\\' not in data:
        return data.decode('latin-1')
    parts = []
    i, n = 0, len(data)
    while i < n:
        j = data.find(b'\\', i)
        if j < 0:
            parts.append(data[i:].decode('latin-1'))
            break
        parts.append(data[i:j].decode('latin-1'))
        # An escape counts only after an even number of backslashes.
        k = j
        while k < n and data[k] == 0x5c:
            k += 1
        slashes = k - j
        if slashes % 2 == 0 or k >= n or data[k] not in b'uU':
            parts.append(data[j:k].decode('latin-1'))
            i = k
            continue
        parts.append('\\' * (slashes - 1))
        width = 4 if data[k] == 0x75 else 8
        digits = data[k + 1:k + 1 + width]
        if len(digits) != width:
            raise UnicodeDecodeError('rawunicodeescape', data, j, n, 'truncated \\uXXXX escape')
        parts.append(chr(int(digits, 16)))
        i = k + 1 + width
    return ''.join(parts)


def _unescape_string(data):
    """The body of a protocol 0 STRING (Python 2 str syntax with backslash escapes)."""
    if b'\\' not in data:
        return data
    out = bytearray()
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 0x5c or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord('x'):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 0x30 <= e <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        elif e == 10:
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


# ---- Python 2 names (protocols 0-2 with fix_imports) -------------------------------------------

_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()

# OSError's Python 3 subclasses were plain OSError (IOError) in Python 2.
_PY3_OSERRORS = ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
                 'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
                 'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
                 'ProcessLookupError TimeoutError').split()

# (module, name) in Python 3 -> (module, name) in Python 2.
_TO_PY2_NAME = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _name in _PY2_EXCEPTIONS:
    _TO_PY2_NAME[('builtins', _name)] = ('exceptions', _name)
for _name in _PY3_OSERRORS:
    _TO_PY2_NAME[('builtins', _name)] = ('exceptions', 'OSError')

# Module renames, Python 3 -> Python 2.
_TO_PY2_MODULE = {
    'builtins': '__builtin__',
    'copyreg': 'copy_reg',
    'queue': 'Queue',
    'socketserver': 'SocketServer',
    'configparser': 'ConfigParser',
    'reprlib': 'repr',
    '_thread': 'thread',
    '_dummy_thread': 'dummy_thread',
    'pickle': 'pickle',
    'io': 'io',
}

# The reverse directions, for reading Python 2 pickles.
_FROM_PY2_NAME = {}
for _py3, _py2 in _TO_PY2_NAME.items():
    if _py2[1] != 'OSError' and _py3[1] != 'ModuleNotFoundError':
        _FROM_PY2_NAME[_py2] = _py3
_FROM_PY2_NAME[('exceptions', 'OSError')] = ('builtins', 'OSError')
_FROM_PY2_NAME[('exceptions', 'ImportError')] = ('builtins', 'ImportError')
_FROM_PY2_NAME[('__builtin__', 'basestring')] = ('builtins', 'str')
_FROM_PY2_NAME[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_FROM_PY2_MODULE = {py2: py3 for py3, py2 in _TO_PY2_MODULE.items()}
_FROM_PY2_MODULE['exceptions'] = 'builtins'
_FROM_PY2_MODULE['UserDict'] = 'collections'
_FROM_PY2_MODULE['cPickle'] = 'pickle'
del _name, _py3, _py2


# ---- finding globals -----------------------------------------------------------------------------

def _getattribute(obj, name):
    """Follow the dotted `name` from obj: (the object, its parent)."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj can be imported from: its __module__, else the first
    loaded module where `name` leads to obj, else __main__."""
    found = getattr(obj, '__module__', None)
    if found is None:
        found = '__main__'
        for candidate, module in list(sys.modules.items()):
            if module is None or candidate in ('__main__', '__mp_main__'):
                continue
            try:
                hit = _getattribute(module, name)[0] is obj
            except AttributeError:
                hit = False
            if hit:
                # CPython's sys.modules keys are interned, so this name is the very object
                # that other __module__ strings are (which decides memo hits in the output).
                found = sys.intern(candidate)
                break
    return found


def _codecs_encode(text, encoding):
    """Stand-in for CPython's _codecs.encode, which protocols 0-2 name to rebuild bytes."""
    return text.encode(encoding)


# Objects pickled under a name other than their own (module, qualname).
_GLOBAL_ALIASES = {id(_codecs_encode): ('_codecs', 'encode')}

_PUBLIC_MODULE = {'_functools': 'functools', '_operator': 'operator', '_pickle': 'pickle',
                  '_heapq': 'heapq', '_bisect': 'bisect', '_json': 'json'}

# Globals the reader resolves itself (modules minipy does not have).
_BUILTIN_GLOBALS = {('_codecs', 'encode'): _codecs_encode}


# ---- the writer --------------------------------------------------------------------------------

class _Sink:
    """The file of dumps(): chunks joined at the end."""

    def __init__(self):
        self.chunks = []
        self.write = self.chunks.append

    def getvalue(self):
        return b''.join(self.chunks)


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)

    Writes pickles of objects to `file` (anything with a write(bytes) method)."""

    dispatch_table = None   # an instance or subclass attribute overrides copyreg's

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._out = bytearray()
        self._framing = False

    def clear_memo(self):
        """Forget the objects already written (later dumps write them again)."""
        self.memo.clear()

    def persistent_id(self, obj):
        """Return a persistent id for obj, or None to pickle obj itself."""
        return None

    def dump(self, obj):
        """Write a pickle of obj."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._prepare()
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
            if self.proto >= 4:
                self._flush()           # PROTO stays outside the first frame
                self._framing = True
        try:
            self.save(obj)
            self._out += STOP
            self._flush()
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
        finally:
            self._framing = False
            self._out = bytearray()

    def _prepare(self):
        # The hooks a subclass or instance may provide, looked up once per dump().
        pid = getattr(self, 'persistent_id', None)
        if getattr(pid, '__func__', None) is Pickler.persistent_id:
            pid = None
        self._pid = pid
        self._override = getattr(self, 'reducer_override', None)
        table = self.dispatch_table
        self._table = dispatch_table if table is None else table

    # -- output ---------------------------------------------------------------------------------

    def write(self, data):
        self._out += data

    def _flush(self):
        data = self._out
        if data:
            if self._framing and len(data) >= _FRAME_MIN:
                self._file_write(FRAME + len(data).to_bytes(8, 'little'))
            self._file_write(bytes(data))
            self._out = bytearray()

    def _write_large(self, header, payload):
        # Payloads of a frame's size or more go to the file directly, outside any frame.
        self._flush()
        self._file_write(header)
        self._file_write(payload)

    # -- memo -----------------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        if self.proto >= 4:
            self._out += MEMOIZE
        elif self.bin:
            if idx < 256:
                self._out += BINPUT + bytes((idx,))
            else:
                self._out += LONG_BINPUT + idx.to_bytes(4, 'little')
        else:
            self._out += PUT + repr(idx).encode('ascii') + b'\n'
        memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes((idx,)) if idx < 256 else LONG_BINPUT + idx.to_bytes(4, 'little')
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, idx):
        if self.bin:
            return BINGET + bytes((idx,)) if idx < 256 else LONG_BINGET + idx.to_bytes(4, 'little')
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher -------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        if self._framing and len(self._out) >= _FRAME_TARGET:
            self._flush()
        if self._pid is not None and save_persistent_id:
            pid = self._pid(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _ATOMS.get(t)
        if f is not None:
            f(self, obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += self.get(x[0])
            return
        rv = NotImplemented
        if self._override is not None and t not in _NO_OVERRIDE:
            rv = self._override(obj)
        if rv is NotImplemented:
            f = _dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = self._table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out += PERSID + text + b'\n'

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        save = self.save
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self._out += NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *args, **kwargs))
                save(())
                self._out += REDUCE
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._out += NEWOBJ
        else:
            save(func)
            save(args)
            self._out += REDUCE
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is None:
                self.memoize(obj)
            else:
                # obj was pickled while its arguments were (a cycle through them): drop the
                # copy just built and use that one.
                self._out += POP + self.get(seen[0])
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is None:
            save(state)
            self._out += BUILD
            return
        # state_setter(obj, state) is called for its effect; its result is dropped.
        for part in (state_setter, obj, state):
            save(part)
        self._out += TUPLE2 + REDUCE + POP

    # -- containers -----------------------------------------------------------------------------

    # Items of a container are written in batches: MARK, up to _BATCH items, APPENDS (or
    # SETITEMS).  An exact list or dict of one item gets a lone APPEND / SETITEM (_save_list,
    # _save_dict); items that come from an iterator (a __reduce__'s listitems or dictitems) do
    # so for every batch of one.

    def _batches(self, items):
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if batch:
                yield batch
            if len(batch) < _BATCH:
                return

    def _batch_appends(self, items):
        save = self.save
        if not self.bin:
            for x in items:
                save(x)
                self._out += APPEND
            return
        for batch in self._batches(items):
            if len(batch) == 1:
                save(batch[0])
                self._out += APPEND
                continue
            self._out += MARK
            for x in batch:
                save(x)
            self._out += APPENDS

    def _batch_setitems(self, items):
        save = self.save
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                self._out += SETITEM
            return
        for batch in self._batches(items):
            if len(batch) == 1:
                k, v = batch[0]
                save(k)
                save(v)
                self._out += SETITEM
                continue
            self._out += MARK
            for k, v in batch:
                save(k)
                save(v)
            self._out += SETITEMS

    # -- globals --------------------------------------------------------------------------------

    def save_global(self, obj, name=None):
        alias = _GLOBAL_ALIASES.get(id(obj))
        if alias is not None:
            module_name, name = alias
            parent = module = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            module_name = whichmodule(obj, name)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except (ImportError, KeyError):
                raise PicklingError("Can't pickle %r: import of module %r failed"
                                    % (obj, module_name)) from None
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name)
            try:
                obj2, parent = _getattribute(module, name)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._out += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._out += EXT2 + code.to_bytes(2, 'little')
                else:
                    self._out += EXT4 + code.to_bytes(4, 'little', signed=True)
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _TO_PY2_NAME:
                    module_name, name = _TO_PY2_NAME[key]
                elif module_name in _TO_PY2_MODULE:
                    module_name = _TO_PY2_MODULE[module_name]
            if self.proto >= 3:
                text = module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
            else:
                try:
                    text = module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s.%s' using "
                                        "pickle protocol %i" % (module_name, name, self.proto)) from None
            self._out += GLOBAL + text
        self.memoize(obj)


# ---- what save() does per exact type -------------------------------------------------------------

def _save_none(self, obj):
    self._out += NONE


def _save_bool(self, obj):
    if self.proto >= 2:
        self._out += NEWTRUE if obj else NEWFALSE
    else:
        self._out += TRUE if obj else FALSE


def _save_int(self, obj):
    if self.bin:
        if 0 <= obj <= 0xff:
            self._out += _BININT1_CODES[obj]
            return
        if 0 <= obj <= 0xffff:
            self._out += BININT2 + obj.to_bytes(2, 'little')
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._out += BININT + obj.to_bytes(4, 'little', signed=True)
            return
    if self.proto >= 2:
        data = encode_long(obj)
        n = len(data)
        if n < 256:
            self._out += LONG1 + bytes((n,)) + data
        else:
            self._out += LONG4 + n.to_bytes(4, 'little', signed=True) + data
        return
    if -0x80000000 <= obj <= 0x7fffffff:
        self._out += INT + repr(obj).encode('ascii') + b'\n'
    else:
        self._out += LONG + repr(obj).encode('ascii') + b'L\n'


def _save_float(self, obj):
    if self.bin:
        self._out += BINFLOAT + _pack('>d', obj)
    else:
        self._out += FLOAT + repr(obj).encode('ascii') + b'\n'


def _save_bytes(self, obj):
    if self.proto < 3:
        if not obj:
            self.save_reduce(bytes, (), obj=obj)
        else:
            self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
        return
    _write_bytes(self, obj, obj)


def _write_bytes(self, obj, memo_key):
    # The bytes opcodes for the contents `obj`, memoized under memo_key (obj itself, or the
    # PickleBuffer it came from).
    n = len(obj)
    if n <= 0xff:
        self._out += SHORT_BINBYTES + bytes((n,)) + obj
    elif n > 0xffffffff and self.proto >= 4:
        self._write_large(BINBYTES8 + n.to_bytes(8, 'little'), obj)
    elif n >= _FRAME_TARGET and self._framing:
        self._write_large(BINBYTES + n.to_bytes(4, 'little'), obj)
    else:
        self._out += BINBYTES + n.to_bytes(4, 'little') + obj
    self.memoize(memo_key)


def _save_bytearray(self, obj):
    if self.proto < 5:
        self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
        return
    _write_bytearray(self, obj, obj)


def _write_bytearray(self, obj, memo_key):
    n = len(obj)
    if n >= _FRAME_TARGET and self._framing:
        self._write_large(BYTEARRAY8 + n.to_bytes(8, 'little'), bytes(obj))
    else:
        self._out += BYTEARRAY8 + n.to_bytes(8, 'little') + obj
    self.memoize(memo_key)


def _save_picklebuffer(self, obj):
    if self.proto < 5:
        raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
    view = obj.raw()
    if not view.contiguous:
        raise BufferError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer")
    in_band = True
    if self._buffer_callback is not None:
        in_band = bool(self._buffer_callback(obj))
    if in_band:
        # Copied into the stream: read-only buffers as bytes, writable ones as bytearray.
        if view.readonly:
            _write_bytes(self, view.tobytes(), obj)
        else:
            _write_bytearray(self, view.tobytes(), obj)
    else:
        self._out += NEXT_BUFFER
        if view.readonly:
            self._out += READONLY_BUFFER


def _save_str(self, obj):
    if self.bin:
        data = obj.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            self._out += SHORT_BINUNICODE + bytes((n,)) + data
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINUNICODE8 + n.to_bytes(8, 'little'), data)
        elif n >= _FRAME_TARGET and self._framing:
            self._write_large(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            self._out += BINUNICODE + n.to_bytes(4, 'little') + data
    else:
        text = (obj.replace('\\', '\\u005c').replace('\0', '\\u0000').replace('\n', '\\u000a')
                .replace('\r', '\\u000d').replace('\x1a', '\\u001a'))
        self._out += UNICODE + _raw_unicode_escape(text) + b'\n'
    self.memoize(obj)


def _save_tuple(self, obj):
    n = len(obj)
    if not n:
        self._out += EMPTY_TUPLE if self.bin else MARK + TUPLE
        return
    save = self.save
    memo = self.memo
    if n <= 3 and self.proto >= 2:
        for x in obj:
            save(x)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple was reached again through its items: drop them, take the memoized one.
            self._out += POP * n + self.get(x[0])
        else:
            self._out += _TUPLE_BY_SIZE[n]
            self.memoize(obj)
        return
    self._out += MARK
    for x in obj:
        save(x)
    x = memo.get(id(obj))
    if x is not None:
        if self.bin:
            self._out += POP_MARK + self.get(x[0])
        else:
            self._out += POP * (n + 1) + self.get(x[0])
        return
    self._out += TUPLE
    self.memoize(obj)


def _save_list(self, obj):
    # The item loop is here, not in a helper, so that nesting costs two Python frames per
    # level (save, _save_list) and the depth that fits the recursion limit is about CPython's.
    self._out += EMPTY_LIST if self.bin else MARK + LIST
    self.memoize(obj)
    save = self.save
    if not self.bin:
        for x in obj:
            save(x)
            self._out += APPEND
        return
    if len(obj) == 1:
        save(obj[0])
        self._out += APPEND
        return
    start = 0
    while start < len(obj):
        self._out += MARK
        for x in obj[start:start + _BATCH]:
            save(x)
        self._out += APPENDS
        start += _BATCH


def _save_dict(self, obj):
    self._out += EMPTY_DICT if self.bin else MARK + DICT
    self.memoize(obj)
    save = self.save
    if not self.bin:
        for k, v in obj.items():
            save(k)
            save(v)
            self._out += SETITEM
        return
    items = list(obj.items())
    if len(items) == 1:
        save(items[0][0])
        save(items[0][1])
        self._out += SETITEM
        return
    for start in range(0, len(items), _BATCH):
        self._out += MARK
        for k, v in items[start:start + _BATCH]:
            save(k)
            save(v)
        self._out += SETITEMS


def _save_set(self, obj):
    if self.proto < 4:
        self.save_reduce(set, (list(obj),), obj=obj)
        return
    self._out += EMPTY_SET
    self.memoize(obj)
    items = list(obj)
    save = self.save
    for start in range(0, len(items), _BATCH):
        self._out += MARK
        for x in items[start:start + _BATCH]:
            save(x)
        self._out += ADDITEMS


def _save_frozenset(self, obj):
    if self.proto < 4:
        self.save_reduce(frozenset, (list(obj),), obj=obj)
        return
    self._out += MARK
    for x in obj:
        self.save(x)
    x = self.memo.get(id(obj))
    if x is not None:
        self._out += POP_MARK + self.get(x[0])
        return
    self._out += FROZENSET
    self.memoize(obj)


def _save_type(self, obj):
    if obj is type(None):
        return self.save_reduce(type, (None,), obj=obj)
    if obj is type(NotImplemented):
        return self.save_reduce(type, (NotImplemented,), obj=obj)
    if obj is type(...):
        return self.save_reduce(type, (...,), obj=obj)
    return self.save_global(obj)


def _save_global(self, obj):
    self.save_global(obj)


def _save_builtin_function(self, obj):
    owner = getattr(obj, '__self__', None)
    if owner is None and '.' in obj.__qualname__:
        # A static method of a type (str.maketrans): reduced as getattr(type, name), as
        # CPython's builtin methods reduce themselves.
        module = sys.modules.get(whichmodule(obj, obj.__qualname__))
        owner = _getattribute(module, obj.__qualname__)[1] if module is not None else None
        if owner is not None:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
            return
    if owner is None or type(owner).__name__ == 'module':
        self.save_global(obj, obj.__qualname__ if owner is None else obj.__name__)
    else:
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


def _save_method(self, obj):
    self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)


def _save_descriptor(self, obj):
    # A method of a builtin type (str.upper, object.__init__) is found again by name on it.
    self.save_reduce(getattr, (obj.__objclass__, obj.__name__), obj=obj)


def _function_type():
    def f():
        pass
    return type(f)


class _MethodProbe:
    def m(self):
        pass


_ATOMS = {type(None): _save_none, bool: _save_bool, int: _save_int, float: _save_float}

_dispatch = {
    bytes: _save_bytes,
    bytearray: _save_bytearray,
    str: _save_str,
    tuple: _save_tuple,
    list: _save_list,
    dict: _save_dict,
    set: _save_set,
    frozenset: _save_frozenset,
    type: _save_type,
    _function_type(): _save_global,
    type(len): _save_builtin_function,
    type(_MethodProbe().m): _save_method,
    type(str.upper): _save_descriptor,
    PickleBuffer: _save_picklebuffer,
    type(object.__init__): _save_descriptor,
}

# reducer_override is not asked about these (as in CPython's C pickler).
_NO_OVERRIDE = frozenset([type(None), bool, int, float, bytes, str, dict, set, frozenset,
                          list, tuple])


# ---- the reader --------------------------------------------------------------------------------

class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None)

    Reads pickles from `file` (with read() and readline()).  encoding and errors decode
    Python 2 str objects (encoding='bytes' keeps them as bytes)."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file
        if file is not None:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._data = b''
        self._pos = 0
        self._end = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def _use_bytes(self, data):
        self._data = data
        self._pos = 0
        self._end = len(data)

    # -- input ----------------------------------------------------------------------------------

    def _read(self, n):
        p = self._pos
        q = p + n
        if q <= self._end:
            self._pos = q
            return self._data[p:q]
        return self._read_slow(n)

    def _read_slow(self, n):
        rest = self._data[self._pos:self._end]
        self._pos = self._end
        if self._file is None:
            raise UnpicklingError("pickle data was truncated")
        more = self._file_read(n - len(rest))
        data = rest + more
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        p = self._pos
        i = self._data.find(b'\n', p, self._end)
        if i >= 0:
            self._pos = i + 1
            return self._data[p:i + 1]
        rest = self._data[p:self._end]
        self._pos = self._end
        if self._file is None:
            raise UnpicklingError("pickle data was truncated")
        line = rest + self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _next_opcode(self):
        p = self._pos
        if p < self._end:
            self._pos = p + 1
            return self._data[p]
        if self._file is not None:
            b = self._file_read(1)
            if b:
                return b[0]
        raise EOFError("Ran out of input")

    # -- the loop -------------------------------------------------------------------------------

    def load(self):
        """Read one pickle and return the object it describes."""
        if not hasattr(self, '_data'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        dispatch = _load_dispatch
        next_opcode = self._next_opcode
        data = self._data if self._file is None else None
        try:
            while True:
                if data is not None:
                    # In memory: the opcode byte is read inline (the common case, loads()).
                    p = self._pos
                    if p >= self._end:
                        raise EOFError("Ran out of input")
                    self._pos = p + 1
                    key = data[p]
                else:
                    key = next_opcode()
                f = dispatch[key]
                if f is None:
                    shown = chr(key) if 0x20 <= key < 0x7f else '\\x%02x' % key
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                f(self)
        except _Stop as stop:
            return stop.value
        finally:
            # A file reader must not keep bytes of a frame it has not used up.
            self.stack = self.metastack = None

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The global `module.name` (a class or function a pickle refers to)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _FROM_PY2_NAME:
                module, name = _FROM_PY2_NAME[(module, name)]
            elif module in _FROM_PY2_MODULE:
                module = _FROM_PY2_MODULE[module]
        known = _BUILTIN_GLOBALS.get((module, name))
        if known is not None:
            return known
        try:
            __import__(module, level=0)
        except ImportError:
            # CPython's accelerator modules (_functools, _operator, _pickle): minipy has their
            # functions in the public module.
            public = _PUBLIC_MODULE.get(module)
            if public is None:
                raise
            __import__(public, level=0)
            module = public
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # -- helpers for the opcodes ----------------------------------------------------------------

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _global(self, module, name):
        self.append(self.find_class(module, name))

    def _ext(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        try:
            module, name = _inverted_registry[code]
        except KeyError:
            raise ValueError("unregistered extension code %d" % code) from None
        found = _extension_cache[code] = self.find_class(module, name)
        self.append(found)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is None:
            _default_setstate(inst, state)
        else:
            setstate(state)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err),
                                sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)


def _default_setstate(inst, state):
    # BUILD without __setstate__: a dict updates the instance dict, a pair (dict, slots) also
    # sets the slot values.
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        target = inst.__dict__
        for key, value in state.items():
            target[sys.intern(key) if type(key) is str else key] = value
    for key, value in (slots or {}).items():
        setattr(inst, key, value)


def _op(code):
    def register(f):
        _load_dispatch[code[0]] = f
        return f
    return register


_load_dispatch = [None] * 256


@_op(PROTO)
def _load_proto(self):
    proto = self._read(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    self.proto = proto


@_op(FRAME)
def _load_frame(self):
    size = int.from_bytes(self._read(8), 'little')
    if self._file is not None and self._pos >= self._end:
        data = self._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._use_bytes(data)
    # In memory the frame's bytes simply follow.


@_op(PERSID)
def _load_persid(self):
    try:
        pid = self._readline()[:-1].decode('ascii')
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
    self.append(self.persistent_load(pid))


@_op(BINPERSID)
def _load_binpersid(self):
    load = self.persistent_load
    if getattr(load, '__func__', None) is Unpickler.persistent_load:
        load(None)   # raises before the stack is looked at, as CPython does
    self.append(load(self._pop()))


@_op(NONE)
def _load_none(self):
    self.append(None)


@_op(NEWFALSE)
def _load_false(self):
    self.append(False)


@_op(NEWTRUE)
def _load_true(self):
    self.append(True)


@_op(INT)
def _load_int(self):
    data = self._readline()
    if data == b'00\n':
        self.append(False)
    elif data == b'01\n':
        self.append(True)
    else:
        self.append(int(data, 0))


@_op(BININT)
def _load_binint(self):
    self.append(int.from_bytes(self._read(4), 'little', signed=True))


@_op(BININT1)
def _load_binint1(self):
    p = self._pos
    if p < self._end:     # the one-byte argument read inline (a hot opcode)
        self._pos = p + 1
        self.append(self._data[p])
    else:
        self.append(self._read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self.append(int.from_bytes(self._read(2), 'little'))


@_op(LONG)
def _load_long(self):
    data = self._readline()[:-1]
    if data and data[-1:] == b'L':
        data = data[:-1]
    self.append(int(data, 0))


@_op(LONG1)
def _load_long1(self):
    n = self._read(1)[0]
    self.append(decode_long(self._read(n)))


@_op(LONG4)
def _load_long4(self):
    n = int.from_bytes(self._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    self.append(decode_long(self._read(n)))


@_op(FLOAT)
def _load_float(self):
    self.append(float(self._readline()[:-1]))


@_op(BINFLOAT)
def _load_binfloat(self):
    self.append(_unpack('>d', self._read(8))[0])


@_op(STRING)
def _load_string(self):
    data = self._readline()[:-1]
    if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    self.append(self._decode_string(_unescape_string(data)))


@_op(BINSTRING)
def _load_binstring(self):
    n = int.from_bytes(self._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    self.append(self._decode_string(self._read(n)))


@_op(SHORT_BINSTRING)
def _load_short_binstring(self):
    n = self._read(1)[0]
    self.append(self._decode_string(self._read(n)))


@_op(BINBYTES)
def _load_binbytes(self):
    n = int.from_bytes(self._read(4), 'little')
    self.append(bytes(self._read(n)))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._read(1)[0]
    self.append(bytes(self._read(n)))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = int.from_bytes(self._read(8), 'little')
    self.append(bytes(self._read(n)))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = int.from_bytes(self._read(8), 'little')
    self.append(bytearray(self._read(n)))


@_op(NEXT_BUFFER)
def _load_next_buffer(self):
    if self._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buf = next(self._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    self.append(buf)


@_op(READONLY_BUFFER)
def _load_readonly_buffer(self):
    buf = self._top()
    view = _as_view(buf)
    if not view.readonly:
        self.stack[-1] = view.toreadonly()


@_op(UNICODE)
def _load_unicode(self):
    self.append(_raw_unicode_unescape(self._readline()[:-1]))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = int.from_bytes(self._read(4), 'little')
    self.append(str(self._read(n), 'utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._read(1)[0]
    self.append(str(self._read(n), 'utf-8', 'surrogatepass'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = int.from_bytes(self._read(8), 'little')
    self.append(str(self._read(n), 'utf-8', 'surrogatepass'))


@_op(TUPLE)
def _load_tuple(self):
    items = self.pop_mark()
    self.append(tuple(items))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self.append(())


@_op(TUPLE1)
def _load_tuple1(self):
    self.stack[-1] = (self._top(),)


@_op(TUPLE2)
def _load_tuple2(self):
    stack = self.stack
    if len(stack) < 2:
        raise UnpicklingError("unpickling stack underflow")
    stack[-2:] = [(stack[-2], stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    stack = self.stack
    if len(stack) < 3:
        raise UnpicklingError("unpickling stack underflow")
    stack[-3:] = [(stack[-3], stack[-2], stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self.append([])


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self.append({})


@_op(EMPTY_SET)
def _load_empty_set(self):
    self.append(set())


@_op(FROZENSET)
def _load_frozenset(self):
    items = self.pop_mark()
    self.append(frozenset(items))


@_op(LIST)
def _load_list(self):
    items = self.pop_mark()
    self.append(items)


@_op(DICT)
def _load_dict(self):
    items = self.pop_mark()
    self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(INST)
def _load_inst(self):
    module = self._readline()[:-1].decode('ascii')
    name = self._readline()[:-1].decode('ascii')
    klass = self.find_class(module, name)
    self._instantiate(klass, self.pop_mark())


@_op(OBJ)
def _load_obj(self):
    args = self.pop_mark()
    cls = args.pop(0)
    self._instantiate(cls, args)


@_op(NEWOBJ)
def _load_newobj(self):
    args = self._pop()
    cls = self._pop()
    self.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self._pop()
    args = self._pop()
    cls = self._pop()
    self.append(cls.__new__(cls, *args, **kwargs))


@_op(GLOBAL)
def _load_global(self):
    module = self._readline()[:-1].decode('utf-8')
    name = self._readline()[:-1].decode('utf-8')
    self._global(module, name)


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self._pop()
    module = self._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    self._global(module, name)


@_op(EXT1)
def _load_ext1(self):
    self._ext(self._read(1)[0])


@_op(EXT2)
def _load_ext2(self):
    self._ext(int.from_bytes(self._read(2), 'little'))


@_op(EXT4)
def _load_ext4(self):
    self._ext(int.from_bytes(self._read(4), 'little', signed=True))


@_op(REDUCE)
def _load_reduce(self):
    args = self._pop()
    func = self._top()
    self.stack[-1] = func(*args)


@_op(POP)
def _load_pop(self):
    if self.stack:
        self.stack.pop()
    else:
        self.pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self.pop_mark()


@_op(DUP)
def _load_dup(self):
    self.append(self._top())


@_op(GET)
def _load_get(self):
    self._memo_get(int(self._readline()[:-1]))


@_op(BINGET)
def _load_binget(self):
    p = self._pos
    if p < self._end:
        self._pos = p + 1
        self._memo_get(self._data[p])
    else:
        self._memo_get(self._read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    self._memo_get(int.from_bytes(self._read(4), 'little'))


@_op(PUT)
def _load_put(self):
    self._memo_put(int(self._readline()[:-1]))


@_op(BINPUT)
def _load_binput(self):
    self._memo_put(self._read(1)[0])


@_op(LONG_BINPUT)
def _load_long_binput(self):
    self._memo_put(int.from_bytes(self._read(4), 'little'))


@_op(MEMOIZE)
def _load_memoize(self):
    memo = self.memo
    stack = self.stack
    if not stack:
        raise UnpicklingError("unpickling stack underflow")
    memo[len(memo)] = stack[-1]


@_op(APPEND)
def _load_append(self):
    value = self._pop()
    self._top().append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self.pop_mark()
    target = self._top()
    if isinstance(target, list):
        target.extend(items)
    else:
        add = target.append
        for x in items:
            add(x)


@_op(SETITEM)
def _load_setitem(self):
    value = self._pop()
    key = self._pop()
    self._top()[key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self.pop_mark()
    target = self._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(ADDITEMS)
def _load_additems(self):
    items = self.pop_mark()
    target = self._top()
    if isinstance(target, set):
        target.update(items)
    else:
        add = target.add
        for x in items:
            add(x)


@_op(BUILD)
def _load_build(self):
    self._build()


@_op(MARK)
def _load_mark(self):
    self.metastack.append(self.stack)
    self.stack = []
    self.append = self.stack.append


@_op(STOP)
def _load_stop(self):
    raise _Stop(self._pop())


# ---- the functions -----------------------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of obj as bytes."""
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickle from the open binary file and return the object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Return the object the pickle `data` (a bytes-like object) describes."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    u = Unpickler(None, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    u._use_bytes(bytes(data))
    return u.load()


# The names CPython's pickle.py gives its pure-Python classes (some libraries subclass them).
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
