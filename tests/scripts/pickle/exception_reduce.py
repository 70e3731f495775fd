# BaseException.__reduce__ as CPython's: (type, args), plus the instance __dict__ only when it is
# not empty; the attributes CPython keeps in C fields (StopIteration.value, SystemExit.code,
# OSError.errno/filename, ImportError.name/path, SyntaxError and UnicodeError fields) are not
# state. OSError puts its filenames back into args, ImportError its name/path into the state.
# The pickles of all of these are python3's bytes.
import pickle


class MyOSError(OSError):
    pass


class MyImportError(ImportError):
    def __init__(self, a):
        super().__init__(a, name='nn')
        self.z = 3


def extra(e, **attrs):
    for k, v in attrs.items():
        setattr(e, k, v)
    return e


cases = [
    OSError(2, 'x'), OSError(2, 'x', 'f'), OSError('a'), OSError(2, 'x', None),
    OSError(2, 'x', None, None, 'b'), OSError(1, 2, 3, 4),
    FileNotFoundError(2, 'No such', 'p', None, 'q'), extra(OSError(2, 'x'), filename='z'),
    extra(OSError('a'), filename='z'), BlockingIOError(11, 'again', 'f'),
    StopIteration(5), StopIteration(), StopAsyncIteration(7), extra(StopIteration(4), value=9),
    SystemExit(3), SystemExit(), SystemExit(1, 2),
    ImportError('m', name='x'), ImportError('m', name='x', path='p'), ImportError('m'),
    ImportError('m', path='x'), extra(ImportError(), name='q'), ModuleNotFoundError('m', name='y'),
    extra(ImportError('m', name='x'), foo=1),
    NameError('n', name='x'), AttributeError('a', name='n', obj=1),
    ValueError(1, 2), KeyError('k'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
    SyntaxError('m', ('f', 1, 2, 'x', 1, 3)),
    extra(ValueError(3), foo=1), extra(OSError(2, 'y'), bar=2), extra(StopIteration(), __notes__=['a']),
    extra(MyOSError(2, 'x', 'f'), q=1), MyImportError('w'),
]
for e in cases:
    print(type(e).__name__, e.__reduce__())
    for p in range(6):
        print(' ', p, pickle.dumps(e, p).hex())
    back = pickle.loads(pickle.dumps(e))
    print(' ', type(back).__name__, back.args, str(back), getattr(back, 'foo', None),
          getattr(back, 'bar', None), getattr(back, 'q', None), getattr(back, 'z', None))
    if isinstance(e, OSError):
        print('  ', back.errno, back.strerror, back.filename, back.filename2)
    if isinstance(e, ImportError):
        print('  ', back.name, back.path, back.msg)
