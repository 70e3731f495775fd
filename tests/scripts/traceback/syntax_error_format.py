# traceback: the layout of SyntaxError in format_exception_only.
import traceback

e = SyntaxError('invalid syntax', ('prog.py', 3, 7, 'x = (1 +\n', 3, 8))
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('bad indent', ('prog.py', 2, 5, '    return\n', 2, 11))
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('message only')
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('no line', ('file.py', None, None, None))
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('tabs', ('t.py', 1, 3, '\tab cd\n', 1, 5))
print(''.join(traceback.format_exception_only(e)), end='')
e = SyntaxError('', ('t.py', 1, 1, 'x\n', 1, 1))
print(''.join(traceback.format_exception_only(e)), end='')
