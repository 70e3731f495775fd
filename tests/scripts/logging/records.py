# LogRecord: attributes, getMessage (tuple args, a lone dict, non-string messages), where the
# call came from (funcName, lineno, stacklevel), extra, makeLogRecord and record factories.
import logging
import io

stream = io.StringIO()
handler = logging.StreamHandler(stream)
seen = []


class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record)


log = logging.getLogger('rec')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(Keep())


def helper():
    log.info('in helper %d', 1)                    # line 23


def wrapper():
    log.info('from wrapper', stacklevel=2)          # reported at the caller of wrapper


helper()
wrapper()                                           # line 31
log.warning('top level %s and %r', 'x', 'y')
log.error('%(a)s+%(b)s', {'a': 1, 'b': 2})
log.info(['a', 'list'])
log.info('%s', {'a': 1})
log.info('no args but %s stays')
log.debug('empty dict %s', {})

for r in seen:
    print(r.name, r.levelno, r.levelname, r.filename, r.module, r.funcName, r.lineno,
          repr(r.getMessage()), r.args, r.exc_info, r.exc_text, r.stack_info)

r = seen[0]
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000,
      r.relativeCreated >= 0, r.threadName, r.processName, isinstance(r.thread, int),
      isinstance(r.process, int))
print(r.pathname == __file__ or r.pathname.endswith('records.py'))
print(sorted(vars(r)))

# extra adds attributes; replacing the record's own is refused.
log.info('with extra', extra={'user': 'ann', 'ip': '10.0.0.1'})
print(seen[-1].user, seen[-1].ip)
for key in ('message', 'asctime', 'name', 'lineno'):
    try:
        log.info('x', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)

# makeLogRecord fills an empty record from a dict.
r = logging.makeLogRecord({'msg': 'hello %s', 'args': ('you',), 'levelno': 40, 'custom': 7})
print(repr(r), r.getMessage(), r.levelname, r.custom, r.name)
print(repr(logging.makeLogRecord({})))


# Record factories: wrap the default one to stamp every record.
old = logging.getLogRecordFactory()
print(old is logging.LogRecord)


def factory(*args, **kwargs):
    record = old(*args, **kwargs)
    record.stamp = 'S'
    return record


logging.setLogRecordFactory(factory)
log.info('stamped')
print(seen[-1].stamp, logging.getLogRecordFactory() is factory)
logging.setLogRecordFactory(old)
log.info('plain')
print(hasattr(seen[-1], 'stamp'))

# A bad % expression surfaces from getMessage.
r = logging.makeLogRecord({'msg': '%d', 'args': ('x',)})
try:
    r.getMessage()
except TypeError as e:
    print('TypeError', e)

# LogRecord built by hand with a dict argument tuple.
r = logging.LogRecord('n', logging.INFO, '/a/b/mod.py', 3, '%(k)s', ({'k': 'v'},), None, 'fn')
print(r.args, r.getMessage(), r.filename, r.module, r.funcName, r.lineno)
