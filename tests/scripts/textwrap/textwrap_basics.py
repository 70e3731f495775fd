# textwrap: wrap and fill (width, indents, hyphens, long words, sentence endings, max_lines),
# shorten, dedent, indent.
import textwrap
from textwrap import TextWrapper

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor '
        'jugs! How vexingly quick daft zebras jump; well-known, self-evident truths -- like '
        'these -- are worth re-reading.')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 35, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('Look, goof-ball -- use the -b option!', 12))
print(textwrap.wrap('Look, goof-ball -- use the -b option!', 12, break_on_hyphens=False))
print(textwrap.wrap('A supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('A supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('An extra-ordinarily-long-hyphenated-word here', 12))
print(textwrap.wrap('Tabs\there\tand\nnewlines\nhere', 12))
print(textwrap.wrap('Tabs\there', 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  x  ', 10, drop_whitespace=False))
print(textwrap.wrap('Hello there. How are you? Fine.', 40, fix_sentence_endings=True))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('', 5) == '')
print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder=' ...'))
print(textwrap.wrap('short text', 30, max_lines=1))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.wrap('some words', 4, max_lines=1, placeholder=' [...]')
except ValueError as e:
    print('ValueError:', e)

w = TextWrapper(width=20, subsequent_indent='    ')
print(w.wrap(text)[:4], w.width)
w.width = 50
print(w.fill(text))

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 60))

code = '''
    def hello():
        print("hi")

    hello()
'''
print(textwrap.dedent(code))
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n  b')))
print(repr(textwrap.dedent('   \n  x\n \t\n  y  \n')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('  \tx\n  \ty')), repr(textwrap.dedent('')))
print(textwrap.indent('line one\n\nline three\n', '> '))
print(repr(textwrap.indent('a\n  \nb', '+ ')))
print(repr(textwrap.indent('a\nbb\nc', '# ', lambda line: len(line) > 2)))
print(repr(textwrap.indent('x\r\ny', '- ')))
