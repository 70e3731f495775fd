# The default sys.unraisablehook prints "Exception ignored in: <obj repr>" and the traceback.
import sys
import weakref

class Named:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Named(%r)' % self.name
    def __call__(self, ref):
        raise KeyError(self.name)

class Thing:
    pass

t = Thing()
r = weakref.ref(t, Named('callback'))
del t
print('after the failing callback')
print(sys.unraisablehook is sys.__unraisablehook__)
