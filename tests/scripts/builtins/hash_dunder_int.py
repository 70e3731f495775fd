# hash() of an object whose __hash__ returns an int: the int is used as is when it fits a
# machine word (-1 becomes -2), and hashed as an int otherwise.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


class MyInt(int):
    pass


for v in [0, 1, -1, -2, 12345, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 5,
          10**30, -10**30, True, False, MyInt(7), MyInt(2**70)]:
    print(repr(v), hash(H(v)), hash(H(v)) == hash(v))


class S:
    __hash__ = lambda self: hash('x')


print(hash(S()) == hash('x'), hash(S()) == hash(hash('x')))
for bad in [1.5, 'x', None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print(e)
