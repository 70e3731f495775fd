# Keyword errors, PyArg_ParseTuple-style messages and the METH_COEXIST methods (list.__getitem__).
import math, time
for s in ["'a'.startswith('a', x=1)", 'math.sqrt(x=1)', 'len(x=1)', 'time.sleep()', 'time.sleep(x=1)',
          'math.gcd(x=1)', 'set().union(x=1)', 'math.hypot(x=1)', "b'a'.find()", 'bytearray().find()',
          "b'a'.startswith()", "'a'.rfind()", "'a'.rindex()", "b'a'.count()", 'math.log()', 'math.log(x=1)',
          "'a'.find(1,2,3,4)", '[].__getitem__(x=1)', 'set().__contains__()', 'frozenset().__contains__()',
          '{}.__contains__()', 'time.time(1)', "'abc'.find('c', 0, 3, 4)", "'abc'.find('c', x=3)"]:
    try:
        eval(s)
    except TypeError as e:
        print(s, '!!', e)
print(list.__getitem__, dict.__contains__, type(set.__contains__).__name__)
print([5, 6].__getitem__(1), {1: 2}.__getitem__(1), {1: 2}.__contains__(1), {3}.__contains__(3),
      frozenset([4]).__contains__(5), set([frozenset()]).__contains__(set()))


class D(dict):
    def __missing__(self, k):
        return k * 2


class L(list):
    pass


class G(dict):
    def __getitem__(self, k):
        return 'G' + super().__getitem__(k)


print(D(a=1)['a'], D()['z'], L([7])[0], 'q' in D(q=1), G(x='y')['x'], D.__getitem__ is dict.__getitem__)
