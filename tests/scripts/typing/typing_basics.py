# typing: annotations evaluate and print like CPython's; TypeVar, Generic, Protocol,
# NamedTuple, TypedDict, NewType, cast, overload, get_type_hints, get_origin/get_args.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, TypeVar, Generic,
                    Protocol, NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Final,
                    Literal, ClassVar, Type, NewType, get_type_hints, get_origin, get_args,
                    runtime_checkable, Annotated, NoReturn, Hashable, Sized, AnyStr, Text)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, S, Co, Contra, K.__bound__, S.__constraints__, T.__name__)
print(Any, Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int])
print(Optional[Union[int, str]], Union[Union[int, str], float], Optional[None])
print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Set[str], FrozenSet[int], Type[int], Callable, Callable[[int, str], bool])
print(Callable[..., None], Callable[[], int], Iterable[int], Iterator, Sequence[T])
print(Generator[int, None, None], Mapping[str, Any], ClassVar[int], Final[int])
print(Literal[1, 'a', None], Literal, Annotated[int, 'meta', 3], NoReturn, Hashable, Sized)
print(List[T][int], Dict[K, S][int, str], Optional[T][str], Mapping[T, List[T]][int])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], AnyStr, Text)
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[int, None])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Optional[int]), get_origin(int), get_args(int), get_args(Callable[[int], str]))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(Annotated[int, 'x']))
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(1, Hashable))
for bad in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any),
            lambda: isinstance(1, Union), lambda: Union[()], lambda: List[int, str]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](5)
print(Box[int], Box.__parameters__, b.get(), Box(3).item, Box.__orig_bases__)
print(Box.__mro__, b.__orig_class__, isinstance(b, Box))


class Pair(Generic[K, S]):
    pass


class IntPair(Pair[int, S]):
    pass


print(Pair[int, str], IntPair.__parameters__, IntPair[bytes], issubclass(IntPair, Pair))
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print('TypeError:', e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        pass


class Sizeable(Protocol):
    def size(self) -> int:
        ...


print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))
try:
    Closable()
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(Resource(), Sizeable)
except TypeError as e:
    print('TypeError:', e)


class Impl(Sizeable):
    def size(self):
        return 3


print(Impl().size(), isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def greet(self):
        return 'hi ' + self.name


e = Employee('guido')
print(e, e.greet(), Employee._fields, Employee.__annotations__, Employee._field_defaults)
print(Employee.__mro__, e._replace(id=5), e._asdict(), isinstance(e, tuple))
Pt = NamedTuple('Pt', [('x', int), ('y', float)])
print(Pt(1, 2.0), Pt.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__))
Partial = TypedDict('Partial', {'a': int, 'b': str}, total=False)
print(Partial(a=1), Partial.__total__, sorted(Partial.__optional_keys__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print('TypeError:', e)

UserId = NewType('UserId', int)
print(UserId, UserId(42), UserId.__supertype__, UserId.__name__)
print(cast(int, 'not checked'), cast('List[int]', [1]), TYPE_CHECKING)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double('ab'), len(typing.get_overloads(double)))


def annotated(a: int, b: 'str' = 'x', *args: float, c: Optional[List[int]] = None,
              **kw: Any) -> Dict[str, int]:
    return {}


print(get_type_hints(annotated))
print(annotated.__annotations__['c'], annotated.__annotations__['return'])


class WithHints:
    count: int
    name: 'str'
    tags: ClassVar[List[str]] = []


print(get_type_hints(WithHints))


def untyped(x, y=1):
    pass


print(get_type_hints(untyped), typing.get_type_hints(Box.get))
x: List[int] = [1, 2]
y: 'Dict[str, Optional[Box[int]]]' = {}
print(__annotations__)
