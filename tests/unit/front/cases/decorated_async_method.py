class C:
    @classmethod
    async def m(cls, *a, **k):
        async with cls.lock:
            return await cls.f(*a, **k)
