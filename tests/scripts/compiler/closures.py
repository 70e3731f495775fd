# Closures, cells, nonlocal, global, and class bodies that see enclosing functions.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
print(c(), c(), c(5))

def param_cell(a, b):
    def get():
        return a + b
    a = a * 10
    return get

print(param_cell(1, 2)())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]

early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])

g = 1
def use_global():
    global g
    g += 1
    return g
print(use_global(), use_global(), g)

def outer():
    v = "outer"
    u = "free"
    class Inner:
        w = u          # a free variable read in a class body (LOAD_FROM_DICT_OR_DEREF)
        v = "class"    # a class-local with the same name as a free variable of the methods
        def get(self):
            return v
        def getw(self):
            return self.w
    return Inner
I = outer()
print(I.w, I.v, I().get(), I().getw())

def class_sees_namespace_first():
    x = "enclosing"
    class K:
        locals()["x"] = "namespace"
        y = x
    return K.y
print(class_sees_namespace_first())

def shadow():
    x = 1
    class K:
        x = 2
        y = x
        def m(self):
            return x
    return K.y, K().m()
print(shadow())

def deep():
    a = 1
    def f1():
        b = 2
        def f2():
            c = 3
            def f3():
                return a + b + c
            return f3
        return f2
    return f1()()()
print(deep())

def deleted():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
deleted()

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()

print(counter.__code__.co_cellvars, counter().__code__.co_freevars)
print(param_cell.__code__.co_varnames, param_cell.__code__.co_cellvars)
print(make_adders.__qualname__, c.__qualname__, I.get.__qualname__)
