# contextlib: asynccontextmanager, AsyncExitStack, aclosing, nullcontext under async with,
# driven by a tiny coroutine runner (no event loop needed: nothing really suspends).
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('coroutine suspended')


@asynccontextmanager
async def session(name):
    print('open', name)
    try:
        yield name + '-conn'
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('close', name)


async def main():
    async with session('a') as conn:
        print('using', conn)
    async with session('b'):
        raise KeyError('k')
    try:
        async with session('c'):
            raise ValueError('v')
    except ValueError as e:
        print('propagated', e)
    async with nullcontext(5) as five:
        print('null', five)

    async def cleanup(tag):
        print('async cleanup', tag)

    async with AsyncExitStack() as stack:
        c1 = await stack.enter_async_context(session('s1'))
        stack.push_async_callback(cleanup, 'x')
        stack.callback(print, 'sync callback')
        print('stack has', c1)

    class Gen:
        async def aclose(self):
            print('aclose called')

    async with aclosing(Gen()) as g:
        print('got', type(g).__name__)
    return 'done'


print(run(main()))


@session('decorated')
async def decorated():
    print('in decorated')
    return 7


print(run(decorated()))
