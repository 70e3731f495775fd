# The re API: module functions, Pattern and Match objects, their reprs, errors and edge cases.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?')
m = p.match('Jane Doe, Bob Roe')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'first', 2), m['first'], m[2])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.span(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string, bool(m))
print(m.regs)
print(m.expand(r'\2, \1 (\g<first>) \g<2>'), repr(m.expand(r'[\g<opt>]')))
for bad in (4, 'nope', -1, 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
for bad in ('x', 9):
    try:
        m.start(bad)
    except IndexError as e:
        print('IndexError', e)

print(p.pattern, p.flags, p.groups, p.groupindex)
print(repr(p), repr(re.compile('a+', re.I)), repr(re.compile('x', re.M | re.S | re.X)), repr(re.compile(b'y', re.I)))
print(repr(re.compile('a', re.A)), repr(re.compile('a', re.U)), re.compile('a', re.U).flags, re.compile(b'a').flags)
print(p == re.compile(p.pattern), p == re.compile(p.pattern, re.I), hash(p) == hash(re.compile(p.pattern)))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m)

# pos and endpos
q = re.compile(r'\d+')
print(q.match('ab12cd34', 2), q.match('ab12cd34', 2, 3), q.search('ab12cd34', 4), q.search('12', 5), q.search('12', -5))
print(q.fullmatch('ab12cd', 2, 4), q.fullmatch('ab12cd', 2, 5), q.findall('1 22 333 4444', 2, 9), q.search('123', 1, 0))
m = q.search('ab12cd34', 3, 7)
print(m, m.pos, m.endpos)
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'(?<=b)a').search('ba', 1))

# findall group rules, finditer
print(re.findall(r'\d', 'a1b2'), re.findall(r'(\d)(x)?', 'a1b2x'), re.findall(r'(\d)', 'a1b2'), re.findall('', 'ab'))
print([(m.span(), m.group()) for m in re.finditer(r'\w*', 'ab cd')])
print(re.findall(r'\b', 'ab cd'), re.findall(r'x*', 'axxb'))

# sub / subn
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@host, ann@box'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.subn('a', '-', 'banana', count=2))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('a', r'\n\t\\', 'a') == '\n\t\\', re.sub('a', '\\-', 'a'))
print(re.sub('(?P<x>a)', r'\g<x>\g<1>\g<0>', 'a'), re.sub('a', r'\0\101', 'a'), re.sub('(a)'*10, r'\10', 'a'*10))
print(re.sub('a', lambda m: '', 'aaa'), re.subn('q', 'z', 'abc'), re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', 5))
for tpl in [r'\2', r'\g<x', r'\g<2>', r'\q', '\\', r'\g<>', r'\g<a-b>', r'\400', r'\g']:
    try:
        re.sub('(a)', tpl, 'a')
    except re.error as e:
        print('error', e, '|', e.msg, e.pos, repr(e.pattern))
try:
    re.sub('(a)', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError', e)
print(re.sub('(a)(b)?', r'<\2>', 'ac'), re.sub('(a)(b)?', lambda m: repr(m.group(2)), 'ac'))

# split
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split('(a)|(b)', 'xaybz'), re.split('z', ''), re.split('', ''))
print(re.split(r'(?=b)', 'abab'), re.split('a', 'aaa'), re.split('[,;]', 'a,b;c', -1))

# escape
print(re.escape('a.b*c+d?e[f]g{h}i(j)k|l^m$n\\o p-q#r&s~t\n\tu_vé9'), re.escape(b'a.b\x00c\xff'))

# purge, cache
re.purge()
print(re.match('a', 'a') is not None)

# Flags objects
print(re.I, re.I | re.M, re.I | 512, re.NOFLAG, ~re.I, re.I & re.I, re.M ^ re.M, int(re.I), re.I == 2, isinstance(re.S, int))
print(repr(re.IGNORECASE), str(re.DOTALL), f'{re.M}', format(re.M, 'x'), re.I.name, (re.I | re.M).name, re.RegexFlag(4), re.RegexFlag.VERBOSE)
print(re.A, re.L, re.U, re.X, re.T, re.DEBUG, re.S.value)

# Types
print(re.Pattern, re.Match, type(p) is re.Pattern, type(m) is re.Match, re.error, issubclass(re.error, Exception))
print(re.Pattern[str], re.Match[bytes])

# error attributes
try:
    re.compile('a(b')
except re.error as e:
    print(e, '|', e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
try:
    re.compile('ab\n(?P<x>c\n)(?P<x>d)')
except re.error as e:
    print(e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'a)')
except re.error as e:
    print(e, '|', e.pattern, e.pos)
for bad_flags in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(*bad_flags)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in (1, None, ['a']):
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)

# long reprs are cut as CPython cuts them
print(re.match('a*', 'a' * 100), re.search(b'b+', b'b' * 80))
print(re.compile('a' * 300))
print(re.compile(b'a' * 300, re.I))

# count < 0 substitutes nothing; no match gives the subject back
s = 'abc'
print(re.sub('a', 'b', 'aaa', -1), re.subn('a', 'b', 'aaa', -2), re.subn('a', lambda m: 'b', 'aaa', -1), re.sub('q', 'z', s) is s)
print(re.sub('(b)', r'[\1\g<0>]', 'abcb', 1), re.sub('b', '', 'abcb'), re.subn('(?:)', '-', ''), re.sub('(x)?b', r'<\1>', 'ab'))
print(re.sub('é(.)', r'\1É', 'aébéc'), re.findall('(é)(.)?', 'éaé'), re.sub(b'(a)', b'\\1\\1', bytearray(b'xa')))


class S(str):
    pass


print(type(re.sub('a', 'b', S('aa'))), re.findall('a', S('aa')), type(re.match('a', S('a')).group()))

# re.Scanner
scanner = re.Scanner([
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'\d+(?:\.\d*)?', lambda s, t: ('NUM', float(t) if '.' in t else int(t))),
    (r'[-+*/=()]', lambda s, t: ('OP', t)),
    (r'\s+', None),
    (r'#.*', 'COMMENT'),
])
print(scanner.scan('x1 = (y + 2.5) * 10 # done'))
print(scanner.scan('a = 3 $ b'))

# Pattern and Match objects come only from the module; deep nesting compiles
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
deep = re.compile('(' * 200 + 'a' + ')' * 200)
print(deep.groups, deep.match('a').span(200), re.match('(?:' * 150 + 'b' + ')*' * 150, 'bb').span())
for bad_flags in ('x', 1.0, None):
    try:
        re.compile('a', bad_flags)
    except TypeError as e:
        print('TypeError', e)
print(re.compile('a', re.I) is re.compile('a', 2), re.match('A', 'a', re.I | re.M).flags if hasattr(re.match('A', 'a', re.I), 'flags') else re.compile('A', re.I | re.M).flags)
import re
print(list(re.RegexFlag)); print(list(re.I|re.M), re.I in (re.I|re.M), re.S in re.I, len(re.RegexFlag), re.RegexFlag['DOTALL'], re.RegexFlag(2), type(re.I|re.M), bool(re.NOFLAG), isinstance(re.I, re.RegexFlag), type(re.I | 1), type(1 | re.I), type(re.I + 1), re.I.bit_length())
print(list(re.RegexFlag.__members__.keys()), len(re.I | re.S | re.X), re.RegexFlag)
