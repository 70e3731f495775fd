def f(x=lambda y)
    pass
