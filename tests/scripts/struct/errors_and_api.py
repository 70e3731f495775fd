import struct
def t(f, *a):
    try: print(repr(f), a, '->', struct.pack(f, *a))
    except Exception as e: print(repr(f), a, '!!', type(e).__name__, e)
t('b', 200); t('B', 300); t('B', -1); t('h', 70000); t('<h', 70000); t('<H', -1); t('i', 2**40); t('<i', 2**40); t('I', -1); t('<I', 2**32)
t('q', 2**64); t('<Q', -1); t('l', 2**63); t('<l', 2**31); t('n', 2**63); t('N', -1); t('c', 1); t('c', b'ab'); t('s', 1); t('p', 'x'); t('f', 'x'); t('f', 1e300); t('<e', 1e6); t('e', 65520.0); t('e', 65519.99)
t('i', 'a'); t('i', 1.0); t('i'); t('i', 1, 2); t('<n', 1); t('z', 1); t('3'); t('i i', 1, 2); t('3 i', 1,2,3); t('2s', b'abc'); t('5p', b'abc'); t('1p', b'x'); t('?', []); t('P', -1); t('d', 2**2000); t('x', 1); t('', ); t('99999999999999999999i')
t('0s', b''); t('@ii'); t('!h', 1); t('=l', -1); t('<3sx?', b'a', 1); t('b', True); t('256p', b'a'*300)
for f, b in [('i', b''), ('<hh', b'123'), ('0s', b''), ('3c', b'abc'), ('<e', b'\x00\x7c'), ('<e', b'\x01\x7e'), ('?', b'\x02')]:
    try: print(f, struct.unpack(f, b))
    except Exception as e: print(f, '!!', type(e).__name__, e)
try: struct.unpack_from('i', b'abc', 0)
except Exception as e: print(e)
try: struct.unpack_from('i', b'abcdefg', 5)
except Exception as e: print(e)
try: struct.unpack_from('i', b'abcdefg', -2)
except Exception as e: print(e)
try: struct.unpack_from('i', b'abcdefg', -20)
except Exception as e: print(e)
ba = bytearray(5)
for off in (2, -10, -3, 6, 1):
    try: struct.pack_into('i', ba, off, 1); print(ba)
    except Exception as e: print(type(e).__name__, e)
try: struct.pack_into('i', b'12345', 0, 1)
except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('i', b'12345'))
except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('', b''))
except Exception as e: print(type(e).__name__, e)
it = struct.iter_unpack('<h', b'1234'); print(it.__length_hint__(), list(it))
s = struct.Struct('<ih'); print(s.format, s.size, s.pack(1,2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), type(s).__name__, type(s).__module__)
print(struct.calcsize('@bi'), struct.calcsize('@bq'), struct.calcsize('@ib'), struct.calcsize('=bi'), struct.calcsize('@?d?'), struct.calcsize('P'), struct.calcsize('@hq0l'))
print(struct.error, struct.error.__mro__, struct.Struct)
try: struct.Struct(1)
except Exception as e: print(type(e).__name__, e)
print(struct.Struct(b'<i').format)
try: struct.unpack('i', 'abcd')
except Exception as e: print(type(e).__name__, e)
try: struct.calcsize(1)
except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()))
print(struct.unpack('<d', memoryview(b'\x00'*8)))
# pack_into through a memoryview of a bytearray, and read-only or released views.
ba = bytearray(8)
mv = memoryview(ba)
struct.pack_into('<hh', mv, 2, 1, -1)
print(ba, struct.unpack_from('<hh', mv, 2), struct.unpack('<4h', mv))
for target in (memoryview(b'12345678'), mv[::2]):
    try:
        struct.pack_into('<h', target, 0, 1)
    except Exception as e:
        print(type(e).__name__, e)
mv2 = memoryview(bytearray(4))
mv2.release()
for f in (lambda: struct.pack_into('<h', mv2, 0, 1), lambda: struct.unpack('<i', mv2)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(list(struct.iter_unpack('<h', bytearray(b'\x01\x00\x02\x00'))), struct.Struct('<h').iter_unpack(memoryview(b'\x05\x00')).__next__())
