async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return await g(1)
async def h():
    async for a in b:
        pass
    else:
        pass
    async with a, b: pass
