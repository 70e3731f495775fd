# atexit: callbacks also run after sys.exit(), which keeps its status; _clear() drops them.
import atexit
import sys

atexit.register(print, 'dropped')
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, 'runs after sys.exit')
atexit.register(lambda: print('values seen at exit:', counter))
counter = 41
counter += 1
sys.exit(3)
