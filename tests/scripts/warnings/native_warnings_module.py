# Warnings raised by the core (int() delegating to __trunc__, a coroutine never awaited) go
# through the warnings module once it is imported: filters and catch_warnings() apply.
import gc
import warnings


class Truncable:
    def __trunc__(self):
        return 7


async def fetch():
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(int(Truncable()))
    c = fetch()
    del c
    gc.collect()
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter('error', DeprecationWarning)
    try:
        int(Truncable())
    except DeprecationWarning as e:
        print('raised:', e)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(int(Truncable()))
    c = fetch()
    del c

print(int(Truncable()))   # the default filters show it once (DeprecationWarning in __main__)
print(int(Truncable()))
