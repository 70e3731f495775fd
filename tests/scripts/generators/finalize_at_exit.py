# At exit, what __main__ holds is finalized in creation order, as CPython's last collection does:
# suspended generators run their finally blocks, objects run __del__, and a coroutine that was
# never awaited warns (reported at sys:1, without the tracemalloc hint).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def g(n):
    try:
        yield 1
    finally:
        print("gen cleanup", n)
async def co(): pass
a = D(1)
x = g(1); next(x)
c = co()
b = D(2)
y = g(2); next(y)
_u = D("underscore")
shared = D("shared")
alias = shared
print("end")
