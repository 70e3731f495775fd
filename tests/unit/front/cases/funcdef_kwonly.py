def f(*, a):
    pass
def g(*, a=1, b):
    pass
def h(*args, a, b=2):
    pass
