import os
for f, a in [(os.getcwd, (1,)), (os.read, ()), (os.getpid, (1,))]:
    try: f(*a)
    except TypeError as e: print(e)
print(os.getcwd.__module__, os.stat.__module__ if hasattr(os, 'stat') else None)
