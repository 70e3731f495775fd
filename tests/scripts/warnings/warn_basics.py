# warnings: warn with categories and stacklevel (printed to stderr in CPython's format, once
# per location by default), filters (simplefilter, filterwarnings with message/module),
# "error" turning warnings into exceptions, catch_warnings(record=True), showwarning hooks.
import warnings


def deprecated_api():
    warnings.warn('deprecated_api is old', DeprecationWarning, stacklevel=2)


def user_warn(msg):
    warnings.warn(msg)


user_warn('first warning')
user_warn('first warning')          # same location: shown once
for i in range(3):
    warnings.warn('in a loop')      # shown once
warnings.warn('runtime trouble', RuntimeWarning)
deprecated_api()                     # DeprecationWarning is shown in __main__
warnings.warn(UserWarning('instance message'))


class MyWarning(UserWarning):
    pass


warnings.warn('custom category', MyWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    user_warn('recorded one')
    user_warn('recorded one')
    warnings.warn('recorded two', FutureWarning)
    deprecated_api()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print([w.lineno for w in log], log[0].filename == __file__)
print(str(log[1]).replace(__file__, 'FILE'))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught RuntimeWarning:', e)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('never shown')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip me')
    warnings.filterwarnings('error', category=MyWarning)
    warnings.warn('skip me please')
    warnings.warn('keep me')
    try:
        warnings.warn('bad', MyWarning)
    except MyWarning as e:
        print('MyWarning raised:', e)
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('module filtered')
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('once only', MyWarning)
print(len(log))

try:
    warnings.warn('x', category=str)
except TypeError as e:
    print('TypeError:', e)

print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, line='  code here  '))
print(repr(warnings.formatwarning('msg', SyntaxWarning, 'nofile.py', 3)))

shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn('through hook')
warnings.showwarning = old
print(shown)
warnings.warn('top-level stacklevel', stacklevel=5)
print(warnings.filters[-1][:1], len(warnings.filters) >= 5)
print('done')
