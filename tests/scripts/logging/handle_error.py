# Handler.handleError: what a failing emit() prints (to sys.stderr, captured here), and
# silence when logging.raiseExceptions is false.
import logging
import io
import os
import sys

here = os.path.dirname(os.path.abspath(__file__)) + os.sep
log = logging.getLogger('err')
log.propagate = False
log.addHandler(logging.StreamHandler(sys.stdout))


def report(text):
    # The traceback's inner frames are logging's own (paths differ between interpreters):
    # show the header, the exception line and everything from 'Call stack:' on.
    lines = text.replace(here, '').splitlines()
    start = lines.index('Call stack:')
    print(lines[0])
    print(lines[1])
    print(lines[start - 1])
    print('\n'.join(lines[start:]))


def log_badly():
    log.warning('%d items', 'many')


saved = sys.stderr
sys.stderr = io.StringIO()
log.warning('two args, one slot %s', 1, 2)
log_badly()
text = sys.stderr.getvalue()
sys.stderr = saved
for chunk in text.split('--- Logging error ---\n')[1:]:
    report('--- Logging error ---\n' + chunk)
print('still running')


class Unprintable:
    def __repr__(self):
        raise RuntimeError('no repr')

    def __str__(self):
        raise RuntimeError('no str')


sys.stderr = io.StringIO()
log.warning(Unprintable())
text = sys.stderr.getvalue()
sys.stderr = saved
print(text.replace(here, '').splitlines()[-2:])

logging.raiseExceptions = False
sys.stderr = io.StringIO()
log.warning('%d', 'x')
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))
# With raiseExceptions off, a non-integer level is ignored instead of refused.
log.log('WARNING', 'ignored')
logging.raiseExceptions = True
try:
    log.log('WARNING', 'refused')
except TypeError as e:
    print('TypeError', e)
