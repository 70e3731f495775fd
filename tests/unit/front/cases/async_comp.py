async def f():
    [x async for x in y]
    {x: 1 async for x in y}
    (x async for x in y)
    [await x for x in y]
