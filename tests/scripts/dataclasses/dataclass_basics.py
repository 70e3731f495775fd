# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, field()
# options, order, frozen, unsafe_hash, __post_init__, InitVar, ClassVar, KW_ONLY,
# inheritance, asdict/astuple/fields/replace/is_dataclass/make_dataclass, errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING)
from typing import ClassVar, List, Optional
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(1, 2) == p, Point(1) != p, Point(x=5, y=6))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
print(Point.__dataclass_params__)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)], Point.y)
p.x = 10
print(p, p == (10, 2), Point(1, 2) == Point(1.0, 2.0))
for args in [(), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    Point(1, z=3)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default='hidden', repr=False, compare=False)
    tags: tuple = ()


a = Inventory('a')
b = Inventory('a')
a.items.append('sword')
print(a, b, a.items is b.items, Inventory('x', secret='s') == Inventory('x'))
print([(f.name, f.repr, f.compare) for f in fields(Inventory)])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'beta'), Version(1, 0), Version(1, 2, 'x')]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    @property
    def hex(self):
        return '#%02x%02x%02x' % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c, c.hex, len({c, Color(255, 128, 0), Color(0, 0, 0)}), hash(c) == hash(Color(255, 128, 0)))
try:
    c.r = 0
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del c.g
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(replace(c, g=0), c)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    note: str = field(default='', hash=False, compare=False)


print(hash(Key('a')) == hash(Key('a', 'different')), {Key('a'): 1}[Key('a')])


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    unit: ClassVar[str] = 'cm'

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


r = Rect(2, 3)
print(r, Rect(2, 3, scale=2), Rect.unit, [f.name for f in fields(Rect)])
print('scale' in Rect.__dataclass_fields__, Rect.__dataclass_fields__['unit']._field_type)
try:
    Rect(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options('x', verbose=True), Options.__match_args__)
try:
    Options('x', True)
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host='h'), Config(port=1, host='z'))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 100


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root, asdict(Node(5, [Node(6)])), astuple(Node(5, [Node(6)])))
print(asdict(p), astuple(p), asdict(Inventory('q', ['a'], {'k': (1, 2)})))


@dataclass
class Pair:
    items: tuple
    mapping: dict


pair = Pair((Point(1, 1), [Point(2, 2)]), {'p': Point(3, 3)})
print(asdict(pair))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(dict))
try:
    asdict(Point)
except TypeError as e:
    print('TypeError:', e)
try:
    fields(5)
except TypeError as e:
    print('TypeError:', e)

Pos = make_dataclass('Pos', ['lat', ('lon', float), ('alt', int, field(default=0))],
                     frozen=True)
pos = Pos(1.5, 2.5)
print(pos, Pos.__name__, [f.name for f in fields(Pos)], is_dataclass(Pos))

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class BadDefault:
        x: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass(order=True, eq=False)
    class BadOrder:
        x: int
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    replace(r, area=5)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom<%d>' % self.a

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), repr(Plain(1)).startswith('<__main__.Plain object'))
meta = field(metadata={'unit': 'm'})
print(meta.metadata['unit'], dataclasses.MISSING is MISSING, fields(Point)[0].default is MISSING)


@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)


t = Tree('t')
t.kids.append(t)
print(t)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError:
    print('AttributeError: no new attributes')
