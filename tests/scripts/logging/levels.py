# Level numbers and names: the constants, getLevelName both ways, addLevelName, and how
# setLevel accepts numbers and names.
import logging

print(logging.NOTSET, logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR,
      logging.CRITICAL)
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL)
for level in (0, 10, 20, 30, 40, 50, 15, 'DEBUG', 'WARN', 'FATAL', 'nope'):
    print(repr(level), '->', repr(logging.getLevelName(level)))

mapping = logging.getLevelNamesMapping()
print(sorted(mapping.items()))
mapping['EXTRA'] = 1                      # a copy: the module's table is unchanged
print('EXTRA' in logging.getLevelNamesMapping())

logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))

log = logging.getLogger('levels')
for level in ('INFO', 25, 'NOTICE', logging.ERROR):
    log.setLevel(level)
    print(repr(level), log.level, log.getEffectiveLevel(), log)

for bad in ('LOUD', 2.5, None, [10]):
    try:
        log.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    logging.Handler(level='nope')
except ValueError as e:
    print('Handler:', e)
