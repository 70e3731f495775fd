# types.coroutine marks a generator function as an iterable coroutine (CO_ITERABLE_COROUTINE,
# set with code.replace), so `await` accepts its generators; code.replace and code equality.
import types


@types.coroutine
def sleep0(value):
    got = yield value
    return got * 2


def plain_gen():
    yield 1


async def main():
    r = await sleep0('tick')
    return ('done', r)


print(bool(sleep0.__code__.co_flags & 0x100), bool(plain_gen.__code__.co_flags & 0x100))
c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)


async def bad():
    await plain_gen()

try:
    bad().send(None)
except TypeError as e:
    print(e)


async def already():
    return 1

print(types.coroutine(already) is already)
try:
    types.coroutine(5)
except TypeError as e:
    print(e)
