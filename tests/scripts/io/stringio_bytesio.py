# io: StringIO and BytesIO (read/readline/readlines/write/seek/tell/getvalue/truncate,
# iteration, context manager, closed-file errors), print(file=...), the ABCs, open.
import io
import sys

s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(2)
s.write('LL')
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()))
s.seek(20)
s.write('x')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s.close()
print(s.closed)
for op in [lambda: s.read(), lambda: s.write('x'), lambda: s.getvalue(), lambda: s.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)

s = io.StringIO('line1\nline2\nline3')
print([line for line in s])
s = io.StringIO('a\nbb\nccc\n')
print(s.readline(1), repr(s.readline()), s.readlines(), s.readlines())
print(io.StringIO('x\ny\n').readlines(1))
try:
    io.StringIO().write(5)
except TypeError as e:
    print('TypeError:', e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print('OSError:', e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)

with io.StringIO() as buf:
    print('to buffer', 42, sep='|', file=buf)
    print('second', file=buf, end='')
    buf.writelines(['x', 'y', '\n'])
    print(repr(buf.getvalue()))
print(buf.closed)

out = io.StringIO()
old = sys.stdout
sys.stdout = out
print('captured')
sys.stdout = old
print('got:', repr(out.getvalue()))

u = io.StringIO('a\r\nb\rc\n', newline=None)
print(repr(u.getvalue()), u.readlines(), u.newlines)
r = io.StringIO(newline='')
r.write('a\r\nb\rc\nd')
r.seek(0)
print(r.readlines())
w = io.StringIO(newline='\r\n')
w.write('x\ny\n')
print(repr(w.getvalue()))
print(repr(io.StringIO(None).getvalue()), io.StringIO('abc').read(None))

b = io.BytesIO(b'start')
print(b.read(2), b.tell(), b.read(), b.read())
b.seek(0, 2)
print(b.write(b'\nmore\nlines'), b.getvalue())
b.seek(0)
print(b.readline(), b.readlines())
b.seek(-5, 2)
print(b.read(), b.seek(2), b.seek(3, 1), b.tell())
b.seek(30)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()))
print(b.truncate(4), b.getvalue(), b.tell())
b.write(bytearray(b'ba'))
print(b.getvalue())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf)
try:
    b.write('text')
except TypeError as e:
    print('TypeError:', e)
try:
    b.seek(-1)
except ValueError as e:
    print('ValueError:', e)
print([line for line in io.BytesIO(b'1\n2\n3')])
with io.BytesIO(b'ctx') as bb:
    print(bb.read())
print(bb.closed)
try:
    bb.read()
except ValueError as e:
    print('ValueError:', e)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(sys.stdout, io.TextIOBase))
print(issubclass(io.StringIO, io.BufferedIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.TextIOWrapper is type(sys.stdout))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
