@dec
def f():
    pass
@a.b
@c(1)
@d[0]
@(lambda f: f)
class C:
    pass
@dec
async def g():
    pass
