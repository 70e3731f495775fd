# IGNORECASE for str patterns: which characters a literal, a one-character set and a range match,
# for every code point below U+0600 and some beyond (candidates: the character's case mappings and
# the characters that share an upper case with another: s/ſ, i/ı/İ, k/K (Kelvin), µ/μ, ...).
import re

SPECIAL = [0x49, 0x69, 0x130, 0x131, 0x4B, 0x6B, 0x212A, 0x53, 0x73, 0x17F, 0xB5, 0x39C, 0x3BC,
           0x3A3, 0x3C2, 0x3C3, 0x392, 0x3B2, 0x3D0, 0x398, 0x3B8, 0x3D1, 0x3F4, 0x1E60, 0x1E61, 0x1E9B,
           0xC5, 0xE5, 0x212B, 0x3A9, 0x3C9, 0x2126, 0xDF, 0x1E9E, 0x3B9, 0x345, 0x1FBE, 0x399]


def candidates(c):
    out = set(SPECIAL)
    for s in (c, c.lower(), c.upper(), c.title(), c.casefold(), c.swapcase()):
        for ch in s:
            out.add(ord(ch))
    return sorted(out)


cps = list(range(0x20, 0x600)) + list(range(0x1E00, 0x1F00, 7)) + [0x212A, 0x212B, 0x2126, 0x1E9E, 0x10400, 0x10428]
lines = []
for cp in cps:
    c = chr(cp)
    if c in '\\':
        continue
    lit = re.compile(re.escape(c), re.I)
    cls = re.compile('[' + re.escape(c) + ']', re.I)
    hits_lit = [x for x in candidates(c) if lit.fullmatch(chr(x))]
    hits_cls = [x for x in candidates(c) if cls.fullmatch(chr(x))]
    if hits_lit != [cp] or hits_cls != [cp]:
        lines.append('%04X %s %s' % (cp, hits_lit, hits_cls))
print(len(lines))
for l in lines:
    print(l)
# Ranges and ASCII-only folding.
for pat, flags in [('[a-z]+', re.I), ('[A-Z]+', re.I), ('[k]', re.I), ('[^k]', re.I), ('[α-ω]+', re.I),
                   ('[a-z]+', re.I | re.A), ('k', re.I | re.A), ('[^a-z]', re.I), (r'\w+', re.I),
                   ('ǅ', re.I), ('ß', re.I), ('ﬁ', re.I)]:
    r = re.compile(pat, flags)
    print(pat, flags, [m.group() for m in r.finditer('abcXYZ K ſ ı İ ΑΒΓαβγ ǄǅǆSS ß ﬁ FI kK')])
