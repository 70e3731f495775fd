# weakref.finalize: runs once, when the object dies, when called, or at exit (newest first).
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def close(name):
    print('closing', name)
    return name

keep = [Resource('first'), Resource('second'), Resource('third')]
finalizers = [weakref.finalize(r, close, r.name) for r in keep]
finalizers[1].atexit = False
print([f.alive for f in finalizers], [f.atexit for f in finalizers])
temp = Resource('temp')
weakref.finalize(temp, close, 'temp')
del temp
print('end of script')
