# Formatter: the three styles, validation errors, defaults, times with a fixed clock,
# exception and stack text, usesTime, BufferingFormatter.
import logging
import time

record = logging.makeLogRecord({
    'name': 'app.db', 'levelno': 30, 'levelname': 'WARNING', 'msg': 'disk %d%% full',
    'args': (93,), 'lineno': 42, 'funcName': 'check', 'created': 1795644600.123456,
    'msecs': 123.0, 'threadName': 'Worker-1',
})

for fmt, style in (('%(levelname)s:%(name)s:%(message)s', '%'),
                   ('%(name)-8s|%(lineno)5d|%(levelno)03d|%(message)r', '%'),
                   ('{levelname}:{name}:{message}', '{'),
                   ('{name:>10}|{lineno:05d}|{threadName!r}|{message}', '{'),
                   ('$levelname:$name:${message}!', '$'),
                   (None, '%'), (None, '{'), (None, '$')):
    f = logging.Formatter(fmt, style=style)
    print(style, repr(f._fmt), '->', f.format(record), f.usesTime())

print(logging.Formatter().format(record))
print(record.message)

# Validation: formats that name no field, or name them wrongly.
bad = [('plain text', '%'), ('%(name)', '%'), ('%(name)z', '%'), ('%(name).s', '%'),
       ('%(name)-+#05.3f', '%'), ('%(x)*.*s', '%'), ('plain', '{'), ('{', '{'), ('{x!z}', '{'),
       ('{x:zz}', '{'), ('{a-b}', '{'), ('{0}', '{'), ('{a.b[c]}', '{'), ('{a.}', '{'),
       ('{a[]}', '{'), ('{x:*^+#010,.3f}', '{'), ('{x:{w}.{p}}', '{'), ('{x:<}', '{'),
       ('{x:%}', '{'), ('{x:.}', '{'), ('plain', '$'), ('$', '$'), ('$$ only', '$'),
       ('cost: $ 5 $name', '$'), ('${1}', '$'), ('${name', '$'), ('$$$name', '$'),
       ('%(asctime)s', 'x')]
for fmt, style in bad:
    try:
        logging.Formatter(fmt, style=style)
        print(repr(fmt), style, 'ok')
    except ValueError as e:
        print(repr(fmt), style, 'ValueError:', e)
print(logging.Formatter('no fields', validate=False).format(record))

# A field the record lacks.
for fmt, style in (('%(user)s', '%'), ('{user}', '{'), ('$user', '$')):
    try:
        logging.Formatter(fmt, style=style).format(record)
    except ValueError as e:
        print('ValueError:', e)
# ...unless defaults supply it.
for fmt, style in (('%(user)s %(message)s', '%'), ('{user} {message}', '{'),
                   ('$user $message', '$')):
    f = logging.Formatter(fmt, style=style, defaults={'user': 'nobody', 'message': 'ignored'})
    print(f.format(record))

# Times: a fixed instant and UTC.
utc = logging.Formatter('%(asctime)s %(message)s')
utc.converter = time.gmtime
print(utc.usesTime(), utc.format(record))
print(utc.formatTime(record), utc.formatTime(record, '%H:%M'))
dated = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%d/%m/%Y %H:%M:%S')
dated.converter = time.gmtime
print(dated.format(record))
print(logging.Formatter('{asctime} {message}', style='{').usesTime(),
      logging.Formatter('$asctime $message', style='$').usesTime(),
      logging.Formatter('${asctime} $message', style='$').usesTime())


class Iso(logging.Formatter):
    converter = time.gmtime
    default_time_format = '%Y-%m-%dT%H:%M:%S'
    default_msec_format = '%s.%03dZ'


print(Iso('%(asctime)s').format(record))
Iso.default_msec_format = None
print(Iso('%(asctime)s').format(record))

# The default converter is local time.
print(logging.Formatter.converter is time.localtime)

# Exceptions: formatted once, cached in exc_text, appended after a newline.
try:
    {}['missing']
except KeyError:
    import sys
    err = logging.makeLogRecord({'msg': 'lookup failed', 'exc_info': sys.exc_info()})
f = logging.Formatter('%(levelname)s %(message)s')
text = f.format(err)
print(text.splitlines()[0], '|', text.splitlines()[-1])
print(err.exc_text is not None, err.exc_text.startswith('Traceback (most recent call last):'))
err.exc_text = 'cached text'
print(f.format(err))
print(repr(f.formatException((ValueError, ValueError('v'), None))))
stacky = logging.makeLogRecord({'msg': 'with stack', 'stack_info': 'Stack: here'})
print(f.format(stacky))
both = logging.makeLogRecord({'msg': 'both\n', 'exc_text': 'EXC', 'stack_info': 'STACK'})
print(repr(f.format(both)))


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatStack(self, stack_info):
        return '<' + stack_info + '>'


print(Upper('%(name)s %(message)s').format(stacky))


# BufferingFormatter: a batch of records with header and footer.
class Boxed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '+-- %d records\n' % len(records)

    def formatFooter(self, records):
        return '+--'


recs = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
print(Boxed(logging.Formatter('| %(message)s\n')).format(recs))
