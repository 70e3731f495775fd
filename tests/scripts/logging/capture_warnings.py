# captureWarnings: warnings go to the 'py.warnings' logger while capturing is on.
import logging
import sys
import os
import warnings

here = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Show(logging.Handler):
    def emit(self, record):
        print(self.format(record).replace(here, ''))


handler = Show()
handler.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
logging.getLogger('py.warnings').addHandler(handler)

original = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is not original)
warnings.warn('first', UserWarning)
warnings.warn('second', RuntimeWarning)
logging.captureWarnings(True)               # idempotent
logging.captureWarnings(False)
print(warnings.showwarning is original)
logging.captureWarnings(False)
print(warnings.showwarning is original)

# Without a handler of its own, py.warnings gets a NullHandler (nothing on stderr).
logging.getLogger('py.warnings').removeHandler(handler)
logging.captureWarnings(True)
warnings.warn('swallowed')
print([type(h).__name__ for h in logging.getLogger('py.warnings').handlers])
logging.captureWarnings(False)
