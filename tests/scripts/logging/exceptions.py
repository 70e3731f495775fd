# exc_info in all its forms, exception(), stack_info, and tracebacks in the output.
import logging
import io
import os
import sys

here = os.path.dirname(os.path.abspath(__file__)) + os.sep
out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s: %(message)s'))
log = logging.getLogger('exc')
log.addHandler(h)
log.propagate = False


def show():
    # CPython 3.11 draws ^~~ markers under the failing expression; minipy does not.
    for line in out.getvalue().replace(here, '').splitlines():
        if line.strip(' ^~'):
            print(line)
    print('----')
    out.truncate(0)
    out.seek(0)


def fail():
    raise KeyError('k')


try:
    fail()
except KeyError as e:
    caught = e
    log.exception('exception() while handling %s', 'KeyError')
    log.error('exc_info=True', exc_info=True)
    triple = sys.exc_info()
show()
log.error('an exception instance', exc_info=caught)
log.warning('a triple', exc_info=triple)
show()
log.error('exc_info=True outside except', exc_info=True)
log.error('exc_info=False', exc_info=False)
log.exception('exception() outside except')
show()


def deep():
    log.warning('with stack', stack_info=True)


def outer():
    deep()


outer()
show()
try:
    1 / 0
except ZeroDivisionError:
    log.error('both', exc_info=True, stack_info=True)
show()

# Chained exceptions come out as the traceback module prints them.
try:
    try:
        int('x')
    except ValueError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError:
    log.exception('chained')
show()

# The adapter and the root shortcut have exception() too.
adapter = logging.LoggerAdapter(log, {'ctx': 1})
try:
    [][1]
except IndexError:
    adapter.exception('from adapter')
show()
