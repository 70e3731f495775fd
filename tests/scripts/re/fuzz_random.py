# Random patterns and subjects (fixed seed): every result of match/search/fullmatch/findall/sub/split
# must be CPython's, including group spans, lastindex and errors.
import random
import re
import sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1234)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 400

UNI = len(sys.argv) > 3 and sys.argv[3] == 'uni'
ALPHA = 'abc'
ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', r'\w', r'\W', r'\d', r'\s', 'x', 'A', 'B', r'\b', r'\B', '^', '$', r'\A', r'\Z', '[A-a]', '[^bc ]', ' ', '\n']
if UNI:
    ALPHA = 'aéÉsſSkKı'
    ATOMS += ['é', 'É', 'ſ', 's', 'k', 'K', '[é-ſ]', '[^s]', '[a-zé]', 'ı', '[İ]']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '{0,1}?', '*+', '++', '?+', '{1,3}+']


def gen(depth, ngroups):
    r = rng.random()
    if depth > 2 or r < 0.35:
        atom = rng.choice(ATOMS)
        if atom in ('^', '$', r'\A', r'\Z', r'\b', r'\B'):
            return atom, ngroups
    elif r < 0.55:
        ngroups[0] += 1
        inner, _ = gen_seq(depth + 1, ngroups)
        kind = rng.choice(['(', '(', '(?:', '(?>', '(?P<g%d>' % ngroups[0]])
        atom = kind + inner + ')'
    elif r < 0.7:
        a, _ = gen_seq(depth + 1, ngroups)
        b, _ = gen_seq(depth + 1, ngroups)
        atom = '(?:' + a + '|' + b + ')'
    elif r < 0.78:
        a, _ = gen_seq(depth + 1, ngroups)
        atom = rng.choice(['(?=', '(?!']) + a + ')'
        return atom, ngroups
    elif r < 0.84:
        atom = rng.choice(['(?<=a)', '(?<!b)', '(?<=[ab]c)', '(?<!..)', '(?<=a|b)'])
        return atom, ngroups
    elif r < 0.9 and ngroups[0] > 0:
        g = rng.randint(1, ngroups[0])
        atom = rng.choice([r'\%d' % g, '(?(%d)a|b)' % g, '(?(%d)c)' % g])
        if atom.startswith('\\'):
            return atom, ngroups
    else:
        atom = rng.choice(ATOMS)
    return atom + rng.choice(QUANTS), ngroups


def gen_seq(depth, ngroups):
    n = rng.randint(1, 3)
    out = []
    for i in range(n):
        a, ngroups = gen(depth, ngroups)
        out.append(a)
    s = ''.join(out)
    if rng.random() < 0.15:
        b, _ = gen(depth + 1, ngroups)
        s = s + '|' + b
    return s, ngroups


def show(m):
    if m is None:
        return None
    return (m.span(), [m.span(i) for i in range(1, m.re.groups + 1)], m.lastindex, m.lastgroup)


def run(p, flags, subjects):
    try:
        c = re.compile(p, flags)
    except re.error as e:
        print('E', repr(p), e)
        return
    except Exception as e:
        print('X', repr(p), type(e).__name__, e)
        return
    print('P', repr(p), c.groups)
    for s in subjects:
        print(' ', repr(s), show(c.match(s)), show(c.search(s)), show(c.fullmatch(s)))
        print('   ', c.findall(s), c.split(s), c.sub('<\\g<0>>', s), [m.span() for m in c.finditer(s)])


for i in range(N):
    p, ng = gen_seq(0, [0])
    flags = rng.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.X, re.A | re.I, re.X | re.S])
    subjects = [''.join(rng.choice(ALPHA + 'AB x\n') for _ in range(rng.randint(0, 8))) for _ in range(3)]
    run(p, flags, subjects)
