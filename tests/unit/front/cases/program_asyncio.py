import asyncio

async def fetch(i):
    await asyncio.sleep(0.1)
    return i * 2

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(3)))
    print(results)

asyncio.run(main())
