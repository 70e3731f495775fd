# contextlib: ExitStack exception chaining across several failing and suppressing callbacks,
# compared with the equivalent nested with statements; pop_all, callback, push, errors.
import sys
from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing


def chain(exc):
    names = []
    while exc is not None:
        names.append('%s(%s)' % (type(exc).__name__, exc))
        exc = exc.__context__
    return ' <- '.join(names)


def raiser(kind, message):
    def cb(*details):
        raise kind(message)
    return cb


def swallower(*details):
    return True


def recorder(log, tag):
    def cb(exc_type, exc, tb):
        log.append((tag, exc_type.__name__ if exc_type else None, str(exc) if exc else None))
    return cb


scenarios = [
    [raiser(ValueError, 'first'), raiser(KeyError, 'second')],
    [raiser(ValueError, 'inner'), swallower, raiser(TypeError, 'outer')],
    [swallower, raiser(IndexError, 'after suppression')],
    [raiser(ValueError, 'a'), raiser(ValueError, 'b'), raiser(ValueError, 'c')],
]
for body_raises in (False, True):
    for callbacks in scenarios:
        log = []
        try:
            with ExitStack() as stack:
                stack.push(recorder(log, 'outermost'))
                for cb in callbacks:
                    stack.push(cb)
                stack.push(recorder(log, 'innermost'))
                if body_raises:
                    raise RuntimeError('body')
            print('completed', log)
        except BaseException as e:
            print('raised', chain(e), log)

# The same as nested with statements, inside an except block (an exception being handled).
try:
    raise LookupError('handled outside')
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(print, 'callback ran')
            stack.push(raiser(ValueError, 'from push'))
            stack.enter_context(nullcontext())
            raise RuntimeError('body')
    except BaseException as e:
        print('in handler:', chain(e))


@contextmanager
def failing_cleanup(tag):
    try:
        yield tag
    finally:
        raise OSError('cleanup ' + tag)


try:
    with ExitStack() as stack:
        print(stack.enter_context(failing_cleanup('x')), stack.enter_context(failing_cleanup('y')))
except OSError as e:
    print('cm chain:', chain(e))

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, 'moved callback')
    moved = inner.pop_all()
    inner.close()
    print('inner closed, moved has', len(moved._callbacks) if hasattr(moved, '_callbacks') else 1)
    outer.push(moved)
print('outer done')

stack = ExitStack()
print(stack.callback(lambda: None).__name__, stack.push(swallower) is swallower)
try:
    stack.enter_context(object())
except TypeError as e:
    print('TypeError:', e)
with ExitStack() as s2:
    s2.push(swallower)
    raise ValueError('swallowed')
print('after swallowing stack')


class Resource:
    def close(self):
        print('closed resource')


with closing(Resource()) as r:
    print(type(r).__name__)
with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError:', e)
with suppress():
    pass
print('empty suppress ok')
