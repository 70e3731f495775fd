# dataclasses: where values live (instance or class), the generated signature and docstring,
# Field/params reprs, hash rules, slots, replace/make_dataclass errors, match args.
import copy
from dataclasses import (dataclass, field, fields, replace, make_dataclass, InitVar, KW_ONLY,
                         FrozenInstanceError, MISSING, asdict, astuple)
from typing import ClassVar
from collections import namedtuple


@dataclass
class Where:
    a: int
    b: int = field(default=5, init=False)
    c: list = field(default_factory=list, init=False)
    d: str = 'dee'


w = Where(1)
print(w, vars(w), Where.b, Where.d)


@dataclass(slots=True)
class SlotWhere:
    a: int
    b: int = field(default=5, init=False)


print(SlotWhere(2), SlotWhere(2).b, SlotWhere.__slots__)


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    x: int
    y: tuple = ()


fs = FrozenSlots(1, (2,))
print(copy.copy(fs), copy.deepcopy(fs) == fs, hash(fs) == hash(FrozenSlots(1, (2,))))
try:
    fs.x = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    _: KW_ONLY
    note: str = ''
    kind: ClassVar[str] = 'k'

    def __post_init__(self, scale):
        self.a *= scale


print(WithInit(3), WithInit(3, 3, note='n'), WithInit.__match_args__)


def shown(obj):
    return repr(obj).replace(repr(MISSING), 'MISSING')


print(shown(fields(WithInit)[0]))
print(shown(WithInit.__dataclass_fields__['scale']))
print(WithInit.__dataclass_params__, WithInit.__init__.__qualname__, WithInit.__init__.__defaults__)
print(WithInit.__init__.__kwdefaults__, WithInit.__eq__.__qualname__)

for options in [dict(), dict(eq=False), dict(frozen=True), dict(unsafe_hash=True),
                dict(eq=False, frozen=True), dict(unsafe_hash=True, eq=False)]:
    @dataclass(**options)
    class H:
        v: int
    print(options, H.__dict__.get('__hash__', 'absent') is None, '__hash__' in H.__dict__)


@dataclass
class OwnHash:
    v: int

    def __hash__(self):
        return 7


print(hash(OwnHash(1)))
try:
    @dataclass(unsafe_hash=True)
    class Refused:
        v: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError', e)


@dataclass(order=True)
class Ord:
    x: int


@dataclass(order=True)
class Other:
    x: int


for expr in (lambda: Ord(1) < Other(2), lambda: Ord(1) == Other(1), lambda: Ord(1) <= Ord(1)):
    try:
        print(expr())
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass(order=True)
    class Clash:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)

for source in ['x: ClassVar[list] = field(default_factory=list)',
               'x = field(default=1)',
               '_: KW_ONLY\n    y: int = 0\n    __: KW_ONLY',
               'x: set = set()',
               'x: int = 0\n    y: int']:
    try:
        namespace = {'dataclass': dataclass, 'field': field, 'ClassVar': ClassVar, 'KW_ONLY': KW_ONLY}
        exec('@dataclass\nclass Bad:\n    ' + source + '\n', namespace)
        print('accepted', source)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class Frozen(object):
    pass


for args in [['a', ('b', int), ('c', int, field(default=3))], ['a', 'a'], ['class'], ['1x'],
             [('a', int, field(), 4)]]:
    try:
        C = make_dataclass('C', args, namespace={'extra': lambda self: 'extra!'})
        print(C(1, 2), C(1, 2).extra(), [f.type for f in fields(C)])
    except TypeError as e:
        print('TypeError', str(e).replace(repr(MISSING), 'MISSING'))

print(replace(WithInit(2), a=5, scale=1), replace(Where(1), d='x'))
for bad in (lambda: replace(Where(1), b=2), lambda: replace(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class Needs:
    a: int
    v: InitVar[int]

    def __post_init__(self, v):
        pass


try:
    replace(Needs(1, 2))
except ValueError as e:
    print('ValueError', e)
P = namedtuple('P', 'x y')


@dataclass
class Box:
    p: P
    items: dict


print(asdict(Box(P([1], 2), {'k': (Where(1),)})), astuple(Box(P(1, 2), {})))
print(asdict(Where(1), dict_factory=lambda pairs: [name for name, _ in pairs]))
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE object'), repr(KW_ONLY)[:30])
print(shown(field(default=1, metadata={'m': 1})))
print(InitVar[int], InitVar[list[int]] if False else InitVar['S'], InitVar(str).type)
