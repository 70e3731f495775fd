# types: the names of the builtin types, SimpleNamespace, MappingProxyType, new_class.
import types
import sys


def f():
    yield 1


async def co():
    pass


class C:
    def m(self):
        pass


print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(isinstance(f(), types.GeneratorType), isinstance(lambda: 0, types.LambdaType))
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), types.NoneType is type(None))
print(types.NotImplementedType is type(NotImplemented), types.EllipsisType is type(...))
print(isinstance(f.__code__, types.CodeType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.ModuleType.__name__)
print(types.MethodType.__name__, types.BuiltinFunctionType.__name__, types.CodeType.__name__)
print(types.CellType.__name__, types.TracebackType.__name__, types.FrameType.__name__)
print(types.WrapperDescriptorType.__name__, types.MethodWrapperType.__name__)
print(types.MethodDescriptorType.__name__, types.ClassMethodDescriptorType.__name__)
print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)
print(types.AsyncGeneratorType.__name__, types.CoroutineType.__name__)

class Box:
    pass


# SimpleNamespace
ns = types.SimpleNamespace(x=1, y='two')
print(ns, repr(ns))
ns.z = [3]
del ns.x
print(ns, ns.y, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(y='two', z=[3]))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
nested = types.SimpleNamespace(inner=types.SimpleNamespace(v=1))
print(nested)
nested.self = nested
print(nested)
try:
    ns.missing
except AttributeError as e:
    print('AttributeError:', e)


class MyNS(types.SimpleNamespace):
    pass


print(MyNS(q=1))

# MappingProxyType
base = {'a': 1}
proxy = types.MappingProxyType(base)
print(proxy['a'], len(proxy), list(proxy), 'a' in proxy, proxy.get('b', 0))
base['b'] = 2
print(sorted(proxy.items()), proxy.copy())
try:
    proxy['c'] = 3
except TypeError as e:
    print('TypeError:', e)

# new_class
def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__
    ns['value'] = 7


Dyn = types.new_class('Dyn', (Box,), exec_body=body)
print(Dyn.__name__, Dyn.__bases__ == (Box,), Dyn().greet(), Dyn.value)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = kw.get('flag')
        return cls


WithMeta = types.new_class('WithMeta', (), {'metaclass': Meta, 'flag': 'on'})
print(type(WithMeta).__name__, WithMeta.flag)
print(types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1})[0].__name__)
print(types.resolve_bases((int, str)))


class DCA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance name'


print(DCA().name)
try:
    DCA.name
except AttributeError:
    print('class lookup raises AttributeError')
