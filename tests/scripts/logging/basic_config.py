# basicConfig: every keyword, the errors for incompatible ones, force=True, and the module
# functions that configure the root logger on first use.
import logging
import io
import os
import sys

root = logging.getLogger()


def reset():
    for h in list(root.handlers):
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.WARNING)


# The module-level functions call basicConfig() when the root has no handler.
print(root.handlers)
saved = sys.stderr
sys.stderr = io.StringIO()
logging.info('not shown')
logging.warning('shown %s', 'once')
handler = root.handlers[0]
print(type(handler).__name__, handler.stream is sys.stderr, handler.formatter._fmt)
logging.error('error')
logging.critical('critical')
logging.fatal('fatal')
logging.log(logging.ERROR, 'via log')
try:
    raise ValueError('oops')
except ValueError:
    logging.exception('exception')
captured, sys.stderr = sys.stderr.getvalue(), saved
print(captured.splitlines()[:6], captured.splitlines()[-1])

# A second basicConfig does nothing while the root has handlers...
logging.basicConfig(stream=sys.stdout, format='X %(message)s', level='DEBUG')
print(len(root.handlers), root.handlers[0] is handler, root.level)
# ...unless force=True, which closes and replaces them.
logging.basicConfig(stream=sys.stdout, format='forced %(levelname)s %(message)s',
                    level=logging.DEBUG, force=True)
print(len(root.handlers), root.handlers[0] is handler, root.level)
logging.debug('debug is on')
logging.info('info %d', 1)

reset()
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname}|{name}|{message}',
                    level='INFO')
logging.getLogger('x.y').info('brace style')
reset()
logging.basicConfig(stream=sys.stdout, style='$')
logging.warning('default dollar format')
reset()
logging.basicConfig(stream=sys.stdout, style='{')
logging.warning('default brace format')
reset()
logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(message)s', datefmt='<%Y>')
root.handlers[0].formatter.converter = lambda secs: (2026, 11, 25, 22, 10, 0, 2, 329, 0)
logging.warning('with datefmt')

# handlers=: their own formatters are kept, the others get the basicConfig one.
reset()
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('own: %(message)s'))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[own, plain], format='shared: %(message)s')
logging.warning('to two handlers')

# filename=: a FileHandler.
reset()
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'basic_config_test.log')
for mode in ('w', 'a'):
    logging.basicConfig(filename=path, filemode=mode, format='%(levelname)s:%(message)s',
                        encoding='utf-8', force=True)
    h = root.handlers[0]
    print(type(h).__name__, h.mode, h.encoding, h.errors, h.baseFilename == path)
    logging.warning('mode %s', mode)
reset()
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(path)

# Errors.
for kwargs in ({'stream': sys.stdout, 'filename': path},
               {'stream': sys.stdout, 'handlers': []},
               {'filename': path, 'handlers': [plain]},
               {'style': '#'},
               {'format': 'no fields'},
               {'format': '{nope', 'style': '{'},
               {'bogus': 1, 'other': 2, 'stream': sys.stdout},
               {'level': 'LOUD', 'stream': sys.stdout}):
    reset()
    try:
        logging.basicConfig(**kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
reset()
