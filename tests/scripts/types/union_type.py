# PEP 604 unions: int | str is a types.UnionType.
import types
import typing

u = int | str
print(type(u), repr(u), u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__)
print(list[int] | None, dict[str, int] | None | float)
print(int | int, int | str | int, (int | str) | (str | bytes))
print(list[int] | list[int], list[int] | list[str])
print(int | str == str | int, int | str == int | bytes, (int | str) != (str | int))
print(hash(int | str) == hash(frozenset((int, str))))
print(isinstance(1, int | str), isinstance('a', int | None), isinstance(None, int | None))
print(isinstance(2.5, int | str), isinstance(True, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | None))
print(type.__or__(int, str), type.__ror__(int, str))
print(types.UnionType is type(int | str))


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


class L:
    pass


print(K | L, L | None)

for expr in ["int | 'str'", "int | 3", "3 | int", "isinstance(1, list[int] | None)",
             "issubclass(int, list[int] | None)", "(int | str)[int]", "types.UnionType()",
             "(int | str) < (int | str)"]:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '->', type(e).__name__, e)


def f(x: int | None = None) -> list[int] | None:
    return x


print(f.__annotations__)
print(typing.get_args(int | None))
print(typing.get_origin(int | None) is types.UnionType)
print({int | str: 1}[str | int])
print(typing.Union[int, str] == int | str, typing.Optional[int] == int | None)
