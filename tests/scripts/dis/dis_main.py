# dis.main(), the command line `python -m dis [infile]`: it disassembles the file it is given.
# The bytecode is minipy's own, so this checks what CPython and minipy agree on.
import contextlib
import io
import sys

import dis

source = 'answer = 6 * 7\nprint(answer)\n'
with open('dis_main_input.tmp', 'w') as f:
    f.write(source)
saved = sys.argv
sys.argv = ['dis', 'dis_main_input.tmp']
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        dis.main()
finally:
    sys.argv = saved
    import os
    os.remove('dis_main_input.tmp')
text = out.getvalue()
print('STORE_NAME' in text, '(answer)' in text, '(print)' in text, 'LOAD_CONST' in text)
lines = [line.split()[0] for line in text.splitlines() if line[:5].strip().isdigit()]
print([n for n in lines if n != '0'][:2])
