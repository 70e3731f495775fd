# Sequence repetition and concatenation run only after both operands' numeric slots: a class
# with __rmul__/__radd__ gets its say first, as in CPython.
import collections


class N:
    def __index__(self):
        return 2

    def __rmul__(self, other):
        return 'N.__rmul__'

    def __mul__(self, other):
        return 'N.__mul__'


class OnlyIndex:
    def __index__(self):
        return 2


class Declines:
    def __index__(self):
        return 3

    def __rmul__(self, other):
        return NotImplemented


class R:
    def __radd__(self, other):
        return 'R.__radd__'

    def __iter__(self):
        return iter([7, 8])


for seq in [[0], 'ab', (1,), b'xy', bytearray(b'q'), collections.deque([1])]:
    print(type(seq).__name__, seq * N(), N() * seq, seq * OnlyIndex(), OnlyIndex() * seq, seq * Declines())
    print(seq + R())
    x = seq
    x *= N()
    print(x)
    y = seq
    y += R()
    print(y)
    try:
        seq * 2.5
    except TypeError as e:
        print(e)
    try:
        2.5 * seq
    except TypeError as e:
        print(e)
    try:
        seq + 5
    except TypeError as e:
        print(e)
    try:
        5 + seq
    except TypeError as e:
        print(e)

lst = [1]
lst *= OnlyIndex()
print(lst)
lst += (9,)
print(lst)
try:
    lst += 5
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
try:
    [1] * [2]
except TypeError as e:
    print(e)


class L(list):
    def __rmul__(self, other):
        return 'L.__rmul__'


print([1] * 2, 2 * [1], L([1]) * 2, 2 * L([1]), [5] * L([1]) if False else '')
print('%s-%s' % ('a', 'b'))
