# Shared and recursive structures, the Pickler/Unpickler hooks, files with several pickles,
# the copyreg extension registry, framing of large data, and the error messages.
import copyreg
import io
import pickle


def show_error(f, *args):
    try:
        f(*args)
    except Exception as e:
        text = str(e)
        at = text.find(' at 0x')
        if at >= 0:
            end = text.find('>', at)
            text = text[:at] + ' at 0x...' + text[end:]
        print('  ', type(e).__name__, text)
    else:
        print('   no error')


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


# --- identity and cycles ---------------------------------------------------------------------
shared = [1, 2]
for proto in range(6):
    data = pickle.dumps([shared, shared, (shared,)], proto)
    a, b, (c,) = pickle.loads(data)
    print(proto, data.hex(), a is b is c)

    loop = [1]
    loop.append(loop)
    d = {'self': None}
    d['self'] = d
    t = ([],)
    t[0].append(t)
    data = pickle.dumps([loop, d, t], proto)
    l2, d2, t2 = pickle.loads(data)
    print(proto, data.hex(), l2[1] is l2, d2['self'] is d2, t2[0][0] is t2)

    root = Node('root')
    for i in range(3):
        child = Node('c%d' % i)
        child.parent = root
        root.children.append(child)
    data = pickle.dumps(root, proto)
    r = pickle.loads(data)
    print(proto, data.hex(), [c.parent is r for c in r.children], [c.name for c in r.children])

# --- a Pickler over a file, several dumps, memo kept between them -------------------------------
buf = io.BytesIO()
p = pickle.Pickler(buf, 4)
item = ['x']
p.dump(item)
p.dump(item)
p.clear_memo()
p.dump(item)
pickle.dump({'k': 1}, buf, 2)
print(buf.getvalue().hex())
buf.seek(0)
u = pickle.Unpickler(buf)
first, second, third = u.load(), u.load(), u.load()
print(first, second, third, first is second, first is third, pickle.load(buf), buf.read())

# --- persistent ids --------------------------------------------------------------------------
class DB:
    def __init__(self, key):
        self.key = key


class PPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, DB):
            return ('db', obj.key)
        return None


class PUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %r' % (pid,)


for proto in (0, 1, 2, 4, 5):
    f = io.BytesIO()
    PPickler(f, proto).dump([DB(7), 'plain', DB('k')])
    print(proto, f.getvalue().hex())
    f.seek(0)
    print(PUnpickler(f).load())
show_error(pickle.loads, pickle.dumps(None, 0)[:0] + b'Pxx\n.')


class StrPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'id-%d' % obj if isinstance(obj, int) and obj > 100 else None


f = io.BytesIO()
StrPickler(f, 0).dump([5, 500])
print(f.getvalue())

# --- dispatch_table and reducer_override ------------------------------------------------------
class Temperature:
    def __init__(self, c):
        self.c = c


def reduce_temperature(t):
    return (Temperature, (t.c * 10,))


f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Temperature] = reduce_temperature
p.dump(Temperature(3))
print(f.getvalue().hex(), pickle.loads(f.getvalue()).c)


class Overrider(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Temperature):
            return (str, ('temperature %s' % obj.c,))
        return NotImplemented


f = io.BytesIO()
Overrider(f, 4).dump([Temperature(2), 1, 'a'])
print(f.getvalue().hex(), pickle.loads(f.getvalue()))

# --- copyreg extension codes ---------------------------------------------------------------------
copyreg.add_extension(__name__, 'Node', 200)
copyreg.add_extension(__name__, 'DB', 40000)
copyreg.add_extension(__name__, 'Temperature', 10 ** 6)
for proto in (1, 2, 4):
    data = pickle.dumps([Node, DB, Temperature], proto)
    print(proto, data.hex(), pickle.loads(data) == [Node, DB, Temperature])
copyreg.remove_extension(__name__, 'Node', 200)
copyreg.remove_extension(__name__, 'DB', 40000)
copyreg.remove_extension(__name__, 'Temperature', 10 ** 6)

# --- large payloads and frames -----------------------------------------------------------------
for n in (65530, 65536, 70000):
    for proto in (4, 5):
        for value in (b'x' * n, 'y' * n, [b'a' * (n // 2), 'b' * (n // 2), 1], bytearray(n)):
            data = pickle.dumps(value, proto)
            print(n, proto, len(data), data[:24].hex(), data[-24:].hex(), pickle.loads(data) == value)
data = pickle.dumps([list(range(i, i + 50)) for i in range(2000)], 4)
print(len(data), data.count(b'\x95'), pickle.loads(data)[1999][49])

# --- errors --------------------------------------------------------------------------------------
print('dumps errors')
show_error(pickle.dumps, lambda: 1)
def make_local():
    class Local:
        pass
    return Local
show_error(pickle.dumps, make_local())
show_error(pickle.dumps, make_local()())
show_error(pickle.dumps, 1, 6)
import threading
show_error(pickle.dumps, threading.Lock())


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for bad in (5, (1,), (1, ()), (BadReduce, [])):
    show_error(pickle.dumps, BadReduce(bad))


class Renamed:
    pass


Renamed.__qualname__ = 'NoSuchName'
show_error(pickle.dumps, Renamed)
Renamed.__qualname__ = 'Node'
show_error(pickle.dumps, Renamed)
show_error(pickle.Pickler, 'not a file')
print('loads errors')
for data in [b'', b'\x80\x04', b'\x80\x04\x95', b'\xff', b'\x80\x09.', b'K', b'(K\x01', b']K\x01a',
             b'h\x05.', b'N', b'cnosuchmod\nx\n.', b'cbuiltins\nnosuch\n.', b'Q.', b'.',
             b'X\x05\x00\x00\x00ab', b'1.', b't.']:
    print(data)
    show_error(pickle.loads, data)
show_error(pickle.loads, 'text')

# --- pickles in the older encodings (as Python 2 wrote them) -------------------------------------
old = [
    b"(lp0\nI1\naS'two'\np1\naF3.5\naL12345678901234567890L\na(dp2\nS'k'\np3\nNsa.",
    b"(i__main__\nNode\np0\n(dp1\nS'name'\np2\nS'old'\np3\nsb.",
    b"]q\x00(U\x03abcq\x01T\x04\x00\x00\x00defgq\x02c__builtin__\nxrange\nq\x03K\x00K\x05K\x01\x87Rq\x04e.",
    b"(c__main__\nNode\nq\x00S'objname'\nq\x01o}q\x02U\x08childrenq\x03]sb.",
    b"\x80\x02cexceptions\nValueError\nq\x00U\x03badq\x01\x85Rq\x02.",
    b"S'esc\\'aped\\n\\x41\\101'\n.",
]
for data in old:
    obj = pickle.loads(data)
    if isinstance(obj, Node):
        obj = (obj.name, obj.__dict__.get('children'))
    print(repr(obj))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding='latin1'), pickle.loads(b"U\x03abc.", encoding='bytes'))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
# Pickles written by CPython name its accelerator modules; they load here too.
import functools, operator
print(pickle.loads(b'\x80\x04\x95\x19\x00\x00\x00\x00\x00\x00\x00\x8c\n_functools\x94\x8c\x06reduce\x94\x93\x94.') is functools.reduce,
      pickle.loads(b'\x80\x04\x95\x15\x00\x00\x00\x00\x00\x00\x00\x8c\t_operator\x94\x8c\x03add\x94\x93\x94.')(2, 3))

# PickleBuffer (protocol 5, PEP 574): in band as bytes/bytearray, or out of band.
print(pickle.dumps(pickle.PickleBuffer(b'abc'), 5), pickle.dumps(pickle.PickleBuffer(bytearray(b'abc')), 5))
pb = pickle.PickleBuffer(b'xyz')
print(pickle.dumps([pb, pb], 5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'ro'), pickle.PickleBuffer(bytearray(b'rw')), 7], 5, buffer_callback=bufs.append)
print(data, [bytes(b.raw()) for b in bufs], [b.raw().readonly for b in bufs])
back = pickle.loads(data, buffers=bufs)
print([bytes(b.raw()) for b in back[:2]], back[2])
print(pickle.loads(data, buffers=[b'a', bytearray(b'b')]))
print(pickle.dumps([pickle.PickleBuffer(b'ro')], 5, buffer_callback=lambda b: True))
show_error(pickle.dumps, pickle.PickleBuffer(b'x'), 4)
show_error(pickle.loads, data)
show_error(lambda: pickle.loads(data, buffers=[]))
show_error(lambda: pickle.dumps(1, 4, buffer_callback=print))
