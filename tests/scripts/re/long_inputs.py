# Long subjects: the matcher keeps its backtracking state on an explicit stack, so deep
# backtracking over hundreds of thousands of characters neither crashes nor recurses in C++.
import re

s = 'ab' * 100000
m = re.match('(a|b)*', s)
print(m.span(), m.group(1), m.lastindex)
print(re.match('(a|b)*c', s))
print(re.match('(?:a|b)*?$', s).span())
print(re.fullmatch('(?:ab)+', s) is not None, re.fullmatch('(?:ab)+?', s + 'a'))
print(re.match('((a)(b))*', s).span(2))
print(re.match('(?>a|b)*', s).end(), re.match('(?:(?=a)a|b)*', s).end(), re.match('(?:(?<=a)b|a)*', s).end())
print(re.match('(a|b){3,150000}', s).span(), re.match('(a|b){3,150000}?', s).span())
t = 'x' * 300000
print(re.match('.*', t).end(), re.match('.*y', t), re.search('x*y', 'x' * 3000), re.match('(x+x+)+y', 'x' * 12))
print(len(re.findall('x', t)), len(re.split('x', t)), len(re.sub('x', 'yy', t)))
u = 'é' * 100000 + 'b'
print(re.search('b', u).span(), re.match(r'\w+', u).end(), len(re.findall(r'\w', u)))
print(re.match(r'(\w)\1*', u).end(), re.match(r'(?i)É+', u).end())
w = ('word ' * 50000)
print(len(re.findall(r'\b\w+\b', w)), re.sub(r'(\w+) ', r'\1,', w)[-12:])
print(sum(1 for _ in re.finditer(r'(?<=o)r', w)))
print(re.match('(?:(a)|b)*', s).group(1), re.match('(?:a(?=b)|b)+', s).end())
# One pattern over two long non-ASCII texts in turn (the matcher caches a decoded text per pattern).
a = 'äb' * 500
b = 'öc' * 400 + 'ü'
p = re.compile(r'(\w)(\w)')
g = lambda m: m and (m.span(), m.groups())
print([(g(p.match(a, i)), g(p.match(b, i)), g(p.search(b, i))) for i in (0, 1, 798, 799, 800)])
print(p.match(b, 801), p.search(a + 'x', 999), len(p.findall(a)), len(p.findall(b)), p.sub(r'\2\1', b)[-5:])
pos, toks = 0, []
text = 'größe = 12; straße = "x"; ' * 40
tok = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
while pos < len(text):
    m = tok.match(text, pos)
    toks.append(m.lastindex)
    pos = m.end()
print(len(toks), toks[:12])
