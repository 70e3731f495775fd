# bytes patterns over bytes and bytearray, ASCII semantics, and mixing str with bytes.
import re

print(re.match(rb'(\w+) (\d+)', b'abc 123'), re.findall(rb'\w+', b'caf\xe9 na\xefve'))
print(re.sub(rb'a(.)', rb'<\1>', b'abacad'), re.split(rb',', b'a,b'), re.escape(b'a+b'))
print(re.search(rb'\s+', bytearray(b'x \t y')), re.findall(b'.', bytearray(b'ab')))
m = re.search(rb'(b+)', bytearray(b'abbc'))
print(m.group(1), type(m.group(1)), m.string, m.span(1))
print(re.sub(b'b', b'X', bytearray(b'abc')), re.sub(b'q', b'X', bytearray(b'abc')), re.subn(b'b', bytearray(b'Y'), b'bb'))
print(re.match(b'(?i)caf\xc9', b'caf\xe9'), re.match(b'(?i)CAF', b'caf'), re.match(b'[\xe0-\xff]+', b'\xe9\xff'))
print(re.compile(b'a', re.L).flags, re.compile(b'(?L)a').flags, re.compile(b'(?a)a').flags, re.compile('(?a)a').flags)
print(re.findall(rb'\bx\b', b'x\xe9x x'), re.findall(r'\bx\b', 'xéx x'), re.findall(r'(?a)\bx\b', 'xéx x'))
print(re.findall(r'\w+', 'naïve café ΑΒΓ_1٣'), re.findall(r'\w+', 'naïve café ΑΒΓ_1٣', re.A))
print(re.findall(r'\d+', '12 ٣٤ ５'), re.findall(r'\d+', '12 ٣٤ ５', re.A), re.findall(r'\s+', 'a\u2003b\x1cc\x85d'), re.findall(r'\s+', 'a\u2003b\x1cc\x85d', re.A))
print(re.findall(rb'\s+', b'a\x1cb\x0bc\x85d'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\S]+', 'a b'))
print(re.match('(?i)é', 'É'), re.match('(?ia)é', 'É'), re.match('(?i:É)x', 'éx'), re.match('(?i)[à-ÿ]+', 'ÀÉÎ'))
for pat, s in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a')), (b'a', 1), ('a', None), (b'a', [1])]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print('TypeError', e)
for pat, repl, s in [('a', b'x', 'a'), (b'a', 'x', b'a')]:
    try:
        re.sub(pat, repl, s)
    except TypeError as e:
        print('TypeError', e)
print(re.compile(rb'\x41\101\0').pattern, re.match(rb'\x41\101\0', b'AA\x00'))
for bad in (rb'\u0041', rb'\U00000041', rb'\N{DIGIT ONE}', b'(?u)a', b'(?P<\xe9>a)'):
    try:
        re.compile(bad)
    except re.error as e:
        print('error', e)
print(re.match(r'\u00e9\U0001F600\x41', 'é😀A'), re.findall('.', '😀é'), re.sub('é', 'e', 'éé'), re.split('é', 'aébéc'))
s = 'ünïcödé ' * 3 + 'end'
print([m.span() for m in re.finditer(r'\w+', s)], re.search('end', s).span(), re.sub(r'(\w)(\w)', r'\2\1', s))
