async def f():
    await g()
    return None or True and not False
