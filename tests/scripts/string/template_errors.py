# string.Template: line/column of invalid placeholders, safe_substitute, identifiers, keyword precedence.
from string import Template
for t in ['$', 'ab$', 'x\n$1', 'x\r\ny\n  $ ', 'x\n\n$!', 'a\x0cb$%', 'ok ${a', '$a $$ ${b}']:
    try:
        print(repr(Template(t).substitute(a=1, b=2)))
    except ValueError as e:
        print('ValueError:', e)
    print(Template(t).safe_substitute({'a': 'A'}, b='B'), Template(t).is_valid(), Template(t).get_identifiers())
print(Template('$a $b').substitute({'a': 1, 'b': 2}, b=3))
try:
    Template('$a $b').substitute({'a': 1})
except KeyError as e:
    print('KeyError:', e)
