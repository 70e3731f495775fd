@b = f(x)
def f(): pass
