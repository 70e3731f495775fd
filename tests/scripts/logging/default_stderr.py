# Where records go when nothing is configured: lastResort (bare messages at WARNING and above
# on sys.stderr) for loggers, basicConfig's stderr handler for the module functions.
import logging
import sys

log = logging.getLogger('quiet')
log.info('info is below lastResort')
log.warning('lastResort prints the bare message')
log.error('and %s', 'errors')
print(logging.lastResort, logging.lastResort.level, logging.root.handlers)

# lastResort looks sys.stderr up when it emits.
saved = sys.stderr
sys.stderr = sys.stdout
log.warning('this one went to stdout')
sys.stderr = saved

# A NullHandler anywhere up the tree keeps records away from lastResort.
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
logging.getLogger('lib.part').warning('swallowed')

# With lastResort removed, a one-time complaint instead.
logging.lastResort = None
log.warning('nobody hears this')
log.warning('nor this')
logging.lastResort = logging._defaultLastResort

# The module functions configure the root with BASIC_FORMAT on stderr.
logging.warning('root %s', 'configured')
log.warning('now through the root handler')
logging.getLogger('deprecated').warn('warn() still works')
logging.warn('module warn() too')
