# memoryview over bytes and bytearray: the basics.
def attempt(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, memoryview) else ('memoryview', r.tobytes()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b'hello world')
print(len(m), m[0], m[-1], m[1:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:8:3].tolist())
print(m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj, m.c_contiguous, m.contiguous,
      m[::2].contiguous, m[::2].strides, m[::2].nbytes, m[2:2].shape)
print(m.tobytes(), m.tolist()[:3], m.hex(), m[:3].hex(':'), bytes(m[6:]), bytearray(m[:5]), list(m[:3]))
print(m == b'hello world', m == bytearray(b'hello world'), m[:5] == m[:5], m[:5] == b'hellx', m == 'hello world',
      m[::2] == b'hlowrd', hash(m) == hash(b'hello world'), m[1:3] != b'el')
print(b'ab' + memoryview(b'cd'), bytearray(b'ab') + memoryview(b'cd'), b'-'.join([memoryview(b'x'), b'y']))
print(memoryview(m[2:9])[1:3].tobytes(), memoryview(m).obj is m.obj, m[2:9][1:3].obj is m.obj)
ba = bytearray(b'abcdef')
w = memoryview(ba)
w[0] = ord('A')
w[1:3] = b'BC'
w[-1:] = memoryview(b'F')
print(ba, w.readonly, w[4], w.tolist())
w2 = w[::2]
w2[:] = b'xyz'
print(ba)
attempt(lambda: ba.append(1))
attempt(lambda: ba.extend(b'12'))
w.release()
w2.release()
ba.append(ord('!'))
print(ba)
attempt(lambda: w[0])
attempt(lambda: len(w))
attempt(lambda: w.tobytes())
print(repr(w).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
with memoryview(bytearray(b'ctx')) as c:
    print(c.tobytes(), c.readonly)
attempt(lambda: c.tolist())
attempt(lambda: m.__setitem__(0, 1))
attempt(lambda: m.__delitem__(0))
attempt(lambda: memoryview(ba).__setitem__(0, 300))
attempt(lambda: memoryview(ba).__setitem__(slice(0, 2), b'xyz'))
attempt(lambda: memoryview(ba).__setitem__(0, b'x'))
attempt(lambda: hash(memoryview(ba)))
attempt(lambda: memoryview('text'))
attempt(lambda: memoryview(5))
attempt(lambda: memoryview())
attempt(lambda: m[20])
attempt(lambda: m['a'])
attempt(lambda: m[1.5])
attempt(lambda: m < m)
attempt(lambda: iter(m).__next__())
attempt(lambda: memoryview(b'')[0])
print(type(m).__name__, type(iter(m)).__name__, sum(m[:2]), [x for x in memoryview(b'\x01\x02')])
