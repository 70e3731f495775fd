# memoryview.toreadonly(): a read-only view of the same memory (PEP 574's READONLY_BUFFER
# loads a writable out-of-band buffer as one).
import pickle

b = bytearray(b'abcdef')
m = memoryview(b)[1:5:2]
r = m.toreadonly()
print(r.readonly, m.readonly, r.tolist(), r.obj is b, r.nbytes, r.strides, r.shape, r.format)
try:
    r[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    r[0:1] = b'x'
except TypeError as e:
    print('TypeError:', e)
m[0] = ord('Z')
b[3] = ord('z')
print(r.tobytes(), bytes(r), r == b'Zz', b)
try:
    b.append(1)
except BufferError as e:
    print('BufferError:', e)
try:
    hash(r)
except TypeError as e:
    print('TypeError:', e)
r2 = memoryview(b'xy').toreadonly()
print(hash(r2) == hash(b'xy'), r2.readonly, r2.toreadonly().toreadonly().readonly)
print(memoryview(r).readonly, r[::-1].readonly, r[1:].tolist(), memoryview(b).toreadonly()[2:4].readonly)
r.release()
m.release()
for f in (m.toreadonly, lambda: r.readonly):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
b.append(1)
print(b)
with memoryview(bytearray(b'ab')).toreadonly() as v:
    print(bytes(v), v.readonly)
print(memoryview.toreadonly.__doc__)

# Out-of-band buffers: READONLY_BUFFER turns a writable one into a read-only view of it.
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw'))], 5,
                    buffer_callback=bufs.append)
source = [bytearray(b'RO'), bytearray(b'RW')]
back = pickle.loads(data, buffers=source)
print([type(x).__name__ for x in back], back[0].readonly, bytes(back[0]), back[1] is source[1])
source[0][0] = ord('X')
print(bytes(back[0]), back[0].obj is source[0])
try:
    back[0][0] = 1
except TypeError as e:
    print('TypeError:', e)
