# Deep recursion with a high limit, long traceback chains and deeply nested containers must end
# in RecursionError or complete normally, never crash (freeing them cannot overflow the C stack).
import sys

sys.setrecursionlimit(300000)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback entries > 100000:", depth > 100000)
print("traceback chain freed")
x = []
for i in range(300000):
    x = [x]
print("nested list built")
del x
print("nested list freed")
d = {}
for i in range(100000):
    d = {"k": d}
del d
print("nested dict freed")
