# __module__ and __doc__ of classes can be assigned; a '__doc__' slot without a docstring.
class A:
    "orig"
A.__module__ = 'm'
print(A, A.__module__, A.__dict__['__module__'])
A.__doc__ = 'x'
print(A.__doc__, A.__dict__['__doc__'])
A.__module__ = 5
print(A.__module__)
for stmt in ["del A.__module__", "del A.__doc__", "int.__module__ = 'x'", "int.__doc__ = 'x'", "del int.__doc__"]:
    try:
        exec(stmt); print(stmt, 'ok')
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(A.__doc__, getattr(A, '__module__', 'gone'))
class B:
    __slots__ = ('__doc__', 'y')
print(B.__doc__, B().__doc__ if False else '')
b = B(); b.__doc__ = 'inst'; print(b.__doc__, B.__doc__)
try:
    class C:
        "doc"
        __slots__ = ('__doc__',)
except Exception as e:
    print(type(e).__name__, e)
class D(A): pass
print(D.__doc__, D.__module__)
