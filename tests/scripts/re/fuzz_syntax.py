# Random short patterns over the metacharacters (fixed seed): re.compile() must accept the same
# ones as CPython and report the same errors (message, position, line and column).
import random
import re
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 99)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
PIECES = ['(', ')', '(?', '(?:', '(?P<', '(?P=', '>', 'a', 'b', '1', '0', '9', '|', '*', '+', '?', '{', '}',
          '{2}', '{1,2}', ',', '[', ']', '^', '-', '\\', '\\1', '\\2', '\\x4', '\\x41', '\\u00', '\\0', '\\7',
          '\\w', '\\d', '\\b', '\\A', '\\Z', '\\q', '\\\\', '.', '$', '#', ' ', '\n', '(?i', '(?-', ':', '=', '!',
          '<', '(?<=', '(?<!', '(?(', '(?#', '(?>', 'x', 's', 'L', 'u', 'a', 'P', 'n>', '\\N{', '\\U0001']

for i in range(N):
    p = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
    flags = rng.choice([0, 0, re.X, re.I, re.A])
    for pat in (p, p.encode()):
        try:
            c = re.compile(pat, flags)
            print('ok', repr(pat), c.groups, sorted(c.groupindex.items()), c.flags)
        except re.error as e:
            print('err', repr(pat), e.msg, '|', e, e.pos, e.lineno, e.colno)
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, repr(pat), e)
