# LoggerAdapter: extra on every record, process() for custom context, delegation.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s [%(conn)s] %(funcName)s:%(message)s'))
log = logging.getLogger('net')
log.addHandler(h)
log.propagate = False
log.setLevel(logging.DEBUG)

conn = logging.LoggerAdapter(log, {'conn': 'c-17'})
print(repr(conn), conn.name, conn.manager is log.manager, conn.logger is log)


def serve():
    conn.debug('opening')
    conn.info('got %d bytes', 512)
    conn.warning('slow')
    conn.error('failed: %s', 'reset')
    conn.critical('down')
    conn.log(25, 'custom level')


serve()
conn.setLevel(logging.WARNING)
print(log.level, conn.getEffectiveLevel(), conn.isEnabledFor(logging.INFO), conn.hasHandlers())
conn.info('filtered')
conn.warning('passes')


class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['user'], msg), kwargs


p = Prefixer(log, {'user': 'ann'})
h.setFormatter(logging.Formatter('%(message)s'))
p.warning('logged in from %s', 'home')
p.error('bad password', extra={'ignored': True})
print(repr(Prefixer(log)))

# extra given to an adapter call is replaced by the adapter's own.
seen = []
log.addFilter(lambda r: seen.append(sorted(k for k in ('conn', 'other') if hasattr(r, k))) or True)
conn.warning('mine', extra={'other': 1})
print(seen)
