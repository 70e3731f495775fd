# warnings: what each action shows when the same warning repeats (same line, other lines),
# registries reset by filter changes, 'error', message/module filters, WarningMessage.
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


def emit_elsewhere(text, category=UserWarning):
    warnings.warn(text, category)


for action in ('default', 'module', 'once', 'always', 'ignore'):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for _ in range(3):
            emit('repeat')
        emit_elsewhere('repeat')
        emit('other text')
        emit_elsewhere('repeat', RuntimeWarning)
    print(action, [(str(w.message), w.category.__name__, w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    emit('twice?')
    emit('twice?')
    warnings.filterwarnings('default', message='unrelated')   # filters changed: reset
    emit('twice?')
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', message='keep')
    warnings.filterwarnings('error', message='BOOM', category=RuntimeWarning)
    emit('keep me')
    emit('KEEP ME TOO')
    emit('drop me')
    try:
        emit('boom now', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    emit('boom but a UserWarning')
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.filterwarnings('always', module='__ma')
    warnings.filterwarnings('ignore', module='__main__x')
    emit('from main')
    warnings.warn_explicit('explicit', UserWarning, 'elsewhere.py', 7, module='elsewhere')
    warnings.warn_explicit('explicit2', UserWarning, 'lib.py', 8)
print([(str(w.message), w.filename.replace(__file__, 'THIS_FILE'), w.lineno) for w in log])

m = warnings.WarningMessage('text', UserWarning, 'f.py', 3)
print(m, m.file, m.source, m.line)
print(warnings.formatwarning('msg', DeprecationWarning, 'nofile.py', 1), end='')
print(warnings.formatwarning('msg', UserWarning, 'nofile.py', 1, line='  the line  '), end='')
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn(UserWarning('instance'), DeprecationWarning)
    warnings.warn('cat', category=FutureWarning)
print([(str(w.message), w.category.__name__) for w in log])
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError', e)
for bad in (lambda: warnings.simplefilter('sometimes'), lambda: warnings.filterwarnings('error', lineno=-1)):
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)
import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    obj = object()
    warnings.warn("x", ResourceWarning, source=obj)
print(log[0].source is obj, log[0].file)
