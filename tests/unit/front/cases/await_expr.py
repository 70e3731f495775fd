async def f():
    x = await y
    await a.b()
    z = await x ** 2
    w = -await v
    [await q for q in r]
