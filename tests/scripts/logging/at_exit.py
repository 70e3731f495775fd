# logging.shutdown runs at exit (atexit): every handler still open is flushed and closed,
# newest first; errors from streams that are already closed are ignored.
import atexit
import io
import os


def after_logging_shutdown():
    # Registered before logging is imported, so it runs after logging's own exit hook.
    print('file handler stream after shutdown:', fh.stream, raw.closed)
    with open(path) as f:
        print(repr(f.read()))
    os.remove(path)


atexit.register(after_logging_shutdown)
import logging


class Loud(logging.Handler):
    def __init__(self, tag):
        logging.Handler.__init__(self)
        self.tag = tag

    def emit(self, record):
        print(self.tag, 'emit', record.getMessage())

    def flush(self):
        print(self.tag, 'flush')

    def close(self):
        print(self.tag, 'close')
        logging.Handler.close(self)


first, second = Loud('first'), Loud('second')
log = logging.getLogger('exit')
log.addHandler(first)
log.addHandler(second)
log.warning('during the run')

# A stream that is already closed when shutdown flushes it: ValueError, ignored.
dead = io.StringIO()
logging.StreamHandler(dead)
dead.close()

# A file handler the program never closes.
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'at_exit_test.log')
fh = logging.FileHandler(path, mode='w')
raw = fh.stream
log.addHandler(fh)
log.warning('written before exit')
print('end of script')
