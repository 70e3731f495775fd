# atexit: callbacks run at exit, last registered first, with their arguments; unregister;
# a callback that raises does not stop the others.
import atexit
import sys

def hello(name, punctuation='!'):
    print('goodbye', name + punctuation)

@atexit.register
def decorated():
    print('decorated callback runs')

atexit.register(hello, 'first')
atexit.register(hello, 'second', punctuation='?')
atexit.register(print, 'print as a callback', 1, 2, sep='-')

def removed():
    print('this never runs')
atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(len)      # never registered: nothing happens

def fails():
    raise RuntimeError('callback failed')
atexit.register(fails)
atexit.register(sys.stdout.flush)

print(decorated.__name__)
for bad in [lambda: atexit.register(1), lambda: atexit.register()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print('end of script')
