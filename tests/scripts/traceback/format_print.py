# traceback: format_exc/print_exc/format_exception/print_exception/format_exception_only,
# chained exceptions, notes, recursion folding, limit, extract_tb/FrameSummary, stacks,
# TracebackException.  Paths are made relative and PEP 657 caret lines dropped so the text
# compares equal across machines and CPython versions.
import sys
import traceback
import io

HERE = __file__.rsplit('/', 1)[0] + '/'


def show(text):
    lines = [l for l in text.replace(HERE, '').split('\n')
             if not (l.strip() and set(l.strip()) <= set('^~'))]
    print('\n'.join(lines), end='')


def inner(x):
    return 10 / x


def middle(x):
    return inner(x) + 1


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError:
    show(traceback.format_exc())
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    info = sys.exc_info()
    show(''.join(traceback.format_exception(*info)))
    show(''.join(traceback.format_tb(info[2])))
    print(traceback.format_exception_only(info[0], info[1]))

print(repr(traceback.format_exc()))


class AppError(Exception):
    pass


def load():
    try:
        {}['config']
    except KeyError as e:
        raise AppError('cannot load') from e


try:
    load()
except AppError as e:
    show(''.join(traceback.format_exception(e)))
    show(''.join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception_only(e))

try:
    try:
        int('x')
    except ValueError:
        [][1]
except IndexError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())

try:
    try:
        raise TypeError('first')
    except TypeError:
        raise RuntimeError('second') from None
except RuntimeError as e:
    show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))


def recurse(n):
    if n == 0:
        raise RecursionError('deep enough')
    return recurse(n - 1)


try:
    recurse(12)
except RecursionError as e:
    show(''.join(traceback.format_exception(e)))

e = ValueError('with notes')
e.add_note('first note')
e.add_note('second note')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError()), traceback.format_exception_only(KeyError('k')))


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(Unprintable()))
print(traceback.format_exception_only(traceback.TracebackException.__init__.__class__))
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as err:
    print('ValueError:', err)

try:
    outer()
except ZeroDivisionError as err:
    tb = err.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.filename.replace(HERE, ''), fs.lineno, fs.name, repr(fs.line))
    fs = summary[-1]
    print(fs[2], list(fs)[1:], len(fs), repr(fs).replace(HERE, ''))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    show(''.join(traceback.format_list(summary[1:])))
    te = traceback.TracebackException.from_exception(err)
    print(te.exc_type.__name__, str(te), len(te.stack))
    show(''.join(te.format()))
    show(''.join(te.format_exception_only()))


def where():
    return traceback.format_stack()


def deeper():
    return where()


show(''.join(deeper()))
buf = io.StringIO()


def printer():
    traceback.print_stack(file=buf, limit=2)


printer()
show(buf.getvalue())
st = traceback.extract_stack()
print(len(st) >= 1, st[-1].name, st[-1].line)
print(traceback.StackSummary.from_list([('f.py', 3, 'fn', 'x = 1')]).format())
print(traceback.FrameSummary('nofile.py', 1, 'g', line='given line').line)
print(traceback.FrameSummary('nofile.py', 1, 'g', lookup_line=False).line)
