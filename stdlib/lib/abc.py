"""abc: abstract base classes (PEP 3119).

ABCMeta, the metaclass, does two jobs.

* Abstract methods.  When a class is created, ABCMeta collects the names of its abstract
  methods (marked with @abstractmethod, and not overridden by something concrete) into
  cls.__abstractmethods__.  Setting that attribute is what makes the core refuse instances:
  "Can't instantiate abstract class X ...".

* Virtual subclasses.  issubclass(C, SomeABC) is also true when C was registered with
  SomeABC.register(C), when SomeABC.__subclasshook__(C) says so, or when C is a (virtual)
  subclass of such a class.  Answers are cached per ABC in an _AbcBook: positive answers
  for good, negative ones only until the next register() call anywhere (a global counter,
  the "cache token", tells).  minipy has no weak references yet, so the caches hold their
  classes strongly.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Decorator marking a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while any abstract method is left without a concrete override.  For
    class methods, static methods and properties, put it innermost:

        @property
        @abstractmethod
        def area(self): ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class _AbstractDescriptor:
    # The old spellings abstractclassmethod/abstractstaticmethod: the descriptor and the
    # function it wraps are both marked abstract.
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractclassmethod(_AbstractDescriptor, classmethod):
    """Deprecated: stack @classmethod on @abstractmethod instead."""


class abstractstaticmethod(_AbstractDescriptor, staticmethod):
    """Deprecated: stack @staticmethod on @abstractmethod instead."""


class abstractproperty(property):
    """Deprecated: stack @property on @abstractmethod instead."""

    __isabstractmethod__ = True


def _marked_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls, namespace):
    """The abstract methods of cls: the abstract entries of its own namespace, and the
    abstract names of its bases that it still resolves to something abstract."""
    names = {name for name, value in namespace.items() if _marked_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _marked_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


# Bumped by every register() call: negative answers cached before that may be stale.
_registrations = 0


class _AbcBook:
    # What one ABC knows about virtual subclasses.
    __slots__ = ('registered', 'yes', 'no', 'no_as_of')

    def __init__(self):
        self.registered = set()       # classes passed to register()
        self.yes = set()              # classes known to be subclasses
        self.no = set()               # classes known not to be, as of registration count...
        self.no_as_of = _registrations

    # (The checks below read these sets directly: isinstance() against an ABC is common
    # enough that a method call per check shows.)


class ABCMeta(type):
    """The metaclass of abstract base classes: computes __abstractmethods__, and answers
    isinstance()/issubclass() for virtual subclasses (see the module docstring)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace)
        cls._abc_book = _AbcBook()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC, and return it (so register can
        decorate a class)."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass           # already one (registering the ABC itself included)
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_book.registered.add(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): the instance's __class__ may differ from its real
        type (proxies); either one being a subclass is enough."""
        claimed = instance.__class__
        book = cls._abc_book
        if claimed in book.yes:
            return True
        real = type(instance)
        if real is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(real)
        if book.no_as_of == _registrations and claimed in book.no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), with virtual subclasses and cached answers."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        book = cls._abc_book
        if subclass in book.yes:
            return True
        if book.no_as_of != _registrations:
            book.no = set()           # registrations happened since: forget the no's
            book.no_as_of = _registrations
        elif subclass in book.no:
            return False
        answer = _is_virtual_subclass(cls, subclass)
        (book.yes if answer else book.no).add(subclass)
        return answer

    # Debugging and test helpers, as CPython's ABCMeta has them.

    def _dump_registry(cls, file=None):
        """Print what this ABC has registered and cached."""
        book = cls._abc_book
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for label, value in (('_abc_registry', book.registered), ('_abc_cache', book.yes),
                             ('_abc_negative_cache', book.no),
                             ('_abc_negative_cache_version', book.no_as_of)):
            print(f'{label}: {value!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        cls._abc_book.registered.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers."""
        cls._abc_book.yes.clear()
        cls._abc_book.no.clear()


def _is_virtual_subclass(abc, subclass):
    # The uncached decision, in order: the ABC's __subclasshook__, real inheritance, the
    # registered classes (and their subclasses), and the ABC's own subclasses (which may
    # have registrations of their own).
    verdict = abc.__subclasshook__(subclass)
    if verdict is not NotImplemented:
        if not isinstance(verdict, bool):
            raise AssertionError('__subclasshook__ must return either False, True, or NotImplemented')
        return verdict
    if abc in getattr(subclass, '__mro__', ()):
        return True
    candidates = list(abc._abc_book.registered) + type.__subclasses__(abc)
    return any(issubclass(subclass, candidate) for candidate in candidates)


def get_cache_token():
    """A value that changes whenever some ABC registers a class (compare with ==): a cached
    isinstance/issubclass answer is still valid while the token is unchanged."""
    return _registrations


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or replaced on an
    existing class (by a class decorator, typically).  Returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__))
    return cls


class ABC(metaclass=ABCMeta):
    """A convenience base class: `class Shape(ABC):` gives Shape the metaclass ABCMeta."""
    __slots__ = ()
