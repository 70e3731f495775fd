# traceback: limit handling (positive, negative, sys.tracebacklimit), FrameSummary's lazy
# line and tuple interface, StackSummary.from_list, TracebackException equality.
import sys
import traceback


def deep(n):
    if n == 0:
        raise ValueError('bottom')
    deep(n - 1)


try:
    deep(4)
except ValueError as e:
    err = e

for limit in (None, 0, 2, -2, -100, 100):
    stack = traceback.extract_tb(err.__traceback__, limit=limit)
    print(limit, [(fs.name, fs.lineno) for fs in stack])
for setting in (-1, 0, 3):
    sys.tracebacklimit = setting
    print('tracebacklimit', setting, len(traceback.extract_tb(err.__traceback__)),
          len(traceback.format_exception(err)))
del sys.tracebacklimit

fs = traceback.FrameSummary('limits_and_summaries.py', 8, 'deep')
print(fs.line, fs[0], fs[2], len(fs), list(fs)[1], fs == ('limits_and_summaries.py', 8, 'deep', fs.line))
print(repr(fs), traceback.FrameSummary('nofile.py', None, 'x').line)
print(traceback.FrameSummary('nofile.py', 3, 'x', line='  given  ').line)
lazy = traceback.FrameSummary('limits_and_summaries.py', 9, 'deep', lookup_line=False)
print(lazy.line)
summary = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), fs])
print(summary.format())
print(traceback.format_list([('b.py', 2, 'g', 'return y')]))
a = traceback.TracebackException.from_exception(err)
b = traceback.TracebackException.from_exception(err)
print(a == b, a == 5, str(a), a.exc_type.__name__, len(a.stack))
print(''.join(traceback.format_exception_only(err)), end='')
print([line.replace(__file__, 'THIS_FILE') for line in traceback.format_exception(err, limit=1)[-2:]])
