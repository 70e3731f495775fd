# Random replacement templates (fixed seed): re.sub/subn and Match.expand must give CPython's
# results and errors, for str and bytes, with named, numbered and missing groups.
import random
import re
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 800
PIECES = ['x', '-', '\\1', '\\2', '\\3', '\\0', '\\g<1>', '\\g<name>', '\\g<0>', '\\g<2>', '\\g<9>', '\\g<nope>',
          '\\g<', '\\g', '\\n', '\\t', '\\\\', '\\q', '\\-', '\\', '\\12', '\\101', '\\400', '\\07', '\\08', '\\g<01>',
          '\\g<1a>', '\\g<>', 'é', '\\a', '\\b', '\\x41', '\\u0041', '\\N', '>', '<']
PATTERNS = [r'(?P<name>a)(b)?', r'(a)|(b)', r'(?P<name>\w)(\w)(\w)?', r'x*', r'(b)']
SUBJECTS = ['abcab', 'bbb', '', 'xaxbx']

for i in range(N):
    tpl = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 4)))
    pat = rng.choice(PATTERNS)
    s = rng.choice(SUBJECTS)
    count = rng.choice([0, 0, 1, 2, -1])
    for use_bytes in (False, True):
        try:
            if use_bytes:
                try:
                    t = tpl.encode('ascii')
                except UnicodeEncodeError:
                    continue
                r = re.subn(pat.encode(), t, s.encode(), count)
                m = re.search(pat.encode(), s.encode())
                e = m.expand(t) if m else None
            else:
                r = re.subn(pat, tpl, s, count)
                m = re.search(pat, s)
                e = m.expand(tpl) if m else None
            print(repr(tpl), pat, repr(s), count, r, repr(e))
        except (re.error, IndexError) as exc:
            print(repr(tpl), pat, repr(s), count, type(exc).__name__, exc)
