# super() details: nested functions and static methods (no arguments), class methods, missing
# attributes, the explicit forms and their attributes, and a metaclass that drops __classcell__.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    x = 1
class B(A):
    def f(self):
        def nested():
            return super().f()
        try:
            return nested()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def missing(self):
        try:
            return super().nope
        except AttributeError as e:
            return "AttributeError: " + str(e)
    def attr(self): return super().x
    def init_args(self):
        try:
            super().__init__(1)
        except TypeError as e:
            return "TypeError: " + str(e)
b = B()
print(b.f(), B.c(), B.s(), b.missing(), b.attr(), b.init_args())
print(super(B, b).f(), super(B, B).c(), super(B, b).c(), repr(super(B, b))[:30], super(B, b).__self__ is b, super(B, b).__thisclass__)
print(super(B).__self__, super(B).__self_class__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class Broken(metaclass=Meta):
        def m(self): return super().m()
except RuntimeError as e:
    print("RuntimeError:", e)
class Setter(A):
    def __init__(self):
        super().__setattr__("y", 5)
print(Setter().y)
def outside(self):
    return super(B, self).f()
print(outside(b))
