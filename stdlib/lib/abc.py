"""Abstract Base Classes (ABCs), PEP 3119.

ABCMeta is the metaclass: at class creation it collects the names of the abstract methods
(functions marked by @abstractmethod and not overridden) into cls.__abstractmethods__.
Assigning that attribute is what makes the class abstract for the core: object.__new__ then
refuses to instantiate it with "Can't instantiate abstract class X with abstract method f".

ABCs also take "virtual subclasses": ABCMeta.register(C) makes issubclass(C, ABC) true
without inheritance, and a class can answer issubclass() itself with __subclasshook__.  The
answers are cached per ABC; registering anything anywhere bumps a global counter that
invalidates every negative cache.  (CPython keeps these caches in weak sets; minipy has no
weak references yet, so they are plain sets and keep the classes alive.)
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class with ABCMeta (or ABC) as metaclass cannot be
    instantiated until every abstract method is overridden.  Stack it under classmethod,
    staticmethod or property for those kinds of methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""

    __isabstractmethod__ = True


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls, own_names):
    """The abstract methods of cls: those marked in its own namespace, plus the inherited
    abstract names it does not override with something concrete."""
    names = {name for name in own_names if _is_abstract(own_names[name])}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Besides computing __abstractmethods__, an ABC answers isinstance/issubclass for
    virtual subclasses: registered classes (register), classes its __subclasshook__
    accepts, and their subclasses.  The answers are cached per ABC: positive ones for good
    (a class never stops being a subclass), negative ones until the next register() call
    anywhere, which bumps a global version number."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # Assigning __abstractmethods__ is what tells the core to refuse instances.
        cls.__abstractmethods__ = _abstract_names(cls, namespace)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it (so this works as a
        class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass           # nothing to do (this also allows X.register(X))
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), looking at both __class__ and the real type."""
        declared = instance.__class__
        if declared in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is declared:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and declared in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(declared)
        return cls.__subclasscheck__(declared) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), with the caches."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            # Something was registered since: the negative answers may be wrong now.
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls._decide(subclass)
        (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
        return answer

    def _decide(cls, subclass):
        # In order: the hook, real inheritance, registered classes (and their subclasses),
        # then this ABC's own subclasses, which may have registrations of their own.
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError('__subclasshook__ must return a bool or NotImplemented')
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        for name in ('_abc_registry', '_abc_cache', '_abc_negative_cache',
                     '_abc_negative_cache_version'):
            print(f'{name}: {getattr(cls, name)!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def get_cache_token():
    """A value that changes whenever any ABC registers a class (compare with ==)."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced on an
    existing class (by a class decorator, say).  Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, dict(cls.__dict__))
    return cls


class ABC(metaclass=ABCMeta):
    """Base class giving its subclasses ABCMeta as metaclass: `class Shape(ABC): ...`."""
    __slots__ = ()
