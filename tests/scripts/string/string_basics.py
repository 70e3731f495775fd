# string: constants, capwords, Template (substitute, safe_substitute, errors, subclass
# delimiter, get_identifiers/is_valid), Formatter.
import string
from string import Template, Formatter

print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords(' hello   world  from python '), string.capwords('a-b c-d', '-'))
print(string.capwords("they're bill's friends"), repr(string.capwords('')))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'ann', 'what': 'tea'}), t.substitute({'who': 'x', 'what': 'y'}, what='z'))
print(Template('${noun}ification costs $$5, $n%').substitute(noun='python', n=10))
print(Template('$a$b ${c}d').substitute(a=1, b=2.5, c=[3]))
try:
    Template('Give $who $100').substitute(who='tim')
except ValueError as e:
    print('ValueError:', e)
try:
    Template('line1\nline2 $').substitute()
except ValueError as e:
    print('ValueError:', e)
try:
    Template('$who likes $what').substitute(who='tim')
except KeyError as e:
    print('KeyError:', e)
try:
    Template('${bad name}').substitute({})
except ValueError as e:
    print('ValueError:', e)
print(Template('$who likes $what and $$ $').safe_substitute(who='tim'))
print(Template('${who} ${missing} $1 ${x').safe_substitute({'who': 'me'}))
print(Template('$a $b ${a} $c_1').get_identifiers(), Template('$a $').is_valid(), t.is_valid())


class Percent(Template):
    delimiter = '%'


print(Percent('%who knows %% %{what}').substitute(who='nobody', what='why'))


class Money(Template):
    delimiter = '#!'


print(Money('cost: #!price, #!#!').substitute(price=5))

f = Formatter()
print(f.format('{0} and {1}', 'spam', 'eggs'), f.format('{name!r:>8}|', name='x'))
print(f.format('{} {} {}', 1, 2, 3), f.format('{0.real} {1[k]} {2[1]}', 5, {'k': 'v'}, 'ab'))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{{literal}} {0:^5}', 'c'))
print(list(f.parse('a{0}b{x!s:>3}{{c}}')))
for bad in ['{0} {}', '{', '}', '{:{:{:{}}}}']:
    try:
        f.format(bad, 1, 2, 3, 4)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)


class Lenient(Formatter):
    def get_value(self, key, args, kwargs):
        try:
            return super().get_value(key, args, kwargs)
        except (KeyError, IndexError):
            return '<%s?>' % key

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Lenient().format('{a} {b!u} {0}', b='bee'))
print(sorted(string.__all__))
