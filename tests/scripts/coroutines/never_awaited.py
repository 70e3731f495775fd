# A coroutine that is created and dropped without being awaited warns on stderr, as CPython does
# (RuntimeWarning with the place where it was dropped and the tracemalloc hint).
async def fetch(n):
    return n

def forgetful():
    fetch(1)          # the result is discarded at once

forgetful()
print("after forgetful")
c = fetch(2)
del c
print("after del")
awaited = fetch(3)
try:
    awaited.send(None)
except StopIteration:
    pass
del awaited           # finished: no warning
closed = fetch(4)
closed.close()        # closed: no warning
del closed
print("end")
