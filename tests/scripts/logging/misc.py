# Odds and ends: loggers copy by name (their __reduce__ says getLogger(name)), disable() by level name, module functions
# report their caller, the configuration lock, the exported names.
import copy
import io
import logging

a = logging.getLogger('misc.a')
print(copy.copy(a) is a, copy.deepcopy(a) is a, copy.deepcopy(logging.root) is logging.root)
print(a.__reduce__()[1], logging.root.__reduce__()[1])

logging.disable('INFO')
print(logging.root.manager.disable, a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING))
logging.disable(0)
try:
    logging.disable('LOUD')
except ValueError as e:
    print('ValueError', e)

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(module)s:%(message)s'))
logging.root.addHandler(handler)


def caller():
    logging.warning('module function')
    logging.log(logging.ERROR, 'module log')
    logging.getLogger('misc').fatal('fatal method')
    logging.LoggerAdapter(a, {}).warning('adapter')


caller()
print(out.getvalue(), end='')
logging.root.removeHandler(handler)

logging._acquireLock()
logging._acquireLock()                    # reentrant
logging._releaseLock()
logging._releaseLock()
print(sorted(name for name in logging.__all__ if name.isupper()))
print(all(hasattr(logging, name) for name in logging.__all__))
print(logging.Logger.root is logging.root, logging.Logger.manager.root is logging.root)
print(logging.currentframe().f_code.co_name)
