class A:
    pass
class B():
    pass
class C(A, B):
    x = 1
    def m(self):
        return self.x
class D(A, metaclass=M, **kw):
    pass
class E(*bases): pass
