# contextlib: contextmanager (normal exit, exceptions in the body, suppression, errors),
# ContextDecorator use, suppress, closing, nullcontext, redirect_stdout/stderr, ExitStack.
import contextlib
import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, ContextDecorator)


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated:', e)


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    {}['missing']
print('after swallow')
try:
    with swallow(KeyError):
        raise TypeError('not swallowed')
except TypeError as e:
    print('TypeError:', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        yield


try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError('wrapped') from e


try:
    with transform():
        raise KeyError('k')
except LookupError as e:
    print('LookupError:', e, repr(e.__cause__))


# StopIteration raised in the body is not swallowed.
try:
    with tag('si'):
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration:', e)


@tag('decorated')
def work(x):
    print('working on', x)
    return x * 2


print(work(21))
print(work(1))
print(work.__name__, tag.__name__, tag.__wrapped__.__name__)


class Timer(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('stop', exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def timed():
    print('timed body')


timed()

with suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed KeyError')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError('i')
except IndexError as e:
    print('IndexError:', e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


with closing(Resource('db')) as r:
    print('using', r.name)

with nullcontext('value') as v:
    print('null gives', v)
with nullcontext() as v:
    print('null gives', v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('hidden line')
    print('another')
print('redirected:', repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print('stderr got:', repr(err.getvalue()))

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ('a', 'b', 'c')]
    stack.callback(print, 'callback ran', 1, sep='-')
    print('names', names)


def exit_logger(exc_type, exc, tb):
    print('exit_logger sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(exit_logger)
    stack.enter_context(tag('inner'))
    raise ValueError('suppressed by exit_logger')
print('after suppressing stack')

with ExitStack() as stack:
    stack.callback(print, 'never runs here')
    moved = stack.pop_all()
print('popped')
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}['k'])
        raise ValueError('first')
except ZeroDivisionError as e:
    ctx = e.__context__
    print('ZeroDivisionError; context', type(ctx).__name__, 'then', type(ctx.__context__).__name__)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError:', e)

cm = contextlib.AbstractContextManager
print(isinstance(nullcontext(), cm), isinstance(io.StringIO(), cm), isinstance(1, cm))


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(issubclass(Plain, cm))
