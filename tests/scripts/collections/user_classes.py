# collections.UserDict, UserList, UserString.
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, d['b'], d.get('z', 0), list(d), isinstance(d, UserDict))
d.update({'D': 4})
print(d.pop('d'), d.setdefault('e', 5), sorted(d.items()), d.copy(), type(d.copy()).__name__)
del d['e']
print(d, d == {'a': 1, 'b': 2, 'c': 3}, d | {'z': 0}, {'y': 1} | d)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)


class Default(UserDict):
    def __missing__(self, key):
        return 'default-' + key


dd = Default(a=1)
print(dd['a'], dd['b'], 'b' in dd, UserDict.fromkeys('xy', 1))

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend([0])
ul.insert(0, 9)
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul.data)
ul.sort()
print(ul, ul.pop(), ul.index(3), ul.count(1), 3 in ul)
ul.reverse()
ul.remove(9) if 9 in ul else None
print(ul, ul + [7], [7] + ul, ul * 2, ul == [3, 2, 1, 0], ul < [4], ul.copy())
ul += [8]
ul *= 1
del ul[0]
ul[0] = 'x'
print(ul, list(reversed(ul)), UserList(), UserList(UserList('ab')))
ul.clear()
print(ul)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s)

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[::-1], us.upper(), us.lower(), us.split())
print(us.replace('World', 'There'), us.startswith('He'), us.find('o'), us.count('l'))
print(us + '!', '>' + us, us * 2, 'World' in us, us == 'Hello World', us < 'Z')
print(us.center(15, '*'), us.strip('Hd'), us.title(), us.swapcase(), us.zfill(13))
print(UserString(42), UserString(' x ').strip(), us.join(['a', 'b']), us.encode())
print(UserString('%s-%d') % ('a', 1), us.partition(' '), us.isalpha(), us.islower())
print({us: 1}[UserString('Hello World')], int(UserString('12')) + 1, float(UserString('1.5')))
print(sorted([UserString('b'), UserString('a')]))
