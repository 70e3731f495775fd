"""Tools for the with statement.

contextmanager(gen_func) makes context managers from generator functions: the code before
the generator's single `yield` runs on entry, the yielded value is what `as` binds, and the
code after it runs on exit.  An exception raised in the with block is thrown into the
generator at the `yield`, so a try/except/finally around the yield sees it; if the generator
lets it out again (or raises another), the with statement propagates that, and if the
generator ends normally, the exception is suppressed.

ExitStack collects exit callbacks at run time and calls them newest first when the block
ends, exactly as the same number of nested with statements would, including which exception
reaches each callback and how the exceptions chain (__context__).

The other classes are small ready-made context managers: suppress, closing, aclosing,
nullcontext, redirect_stdout / redirect_stderr, chdir.
"""

import abc
import sys
import _collections_abc
from functools import wraps

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)

# --- The abstract classes ----------------------------------------------------------------------

class AbstractContextManager(abc.ABC):
    """ABC of context managers: any class with __enter__ and __exit__ counts.  Subclasses
    inherit an __enter__ returning self."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, '__enter__', '__exit__')


class AbstractAsyncContextManager(abc.ABC):
    """ABC of asynchronous context managers (__aenter__ and __aexit__)."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, '__aenter__', '__aexit__')


class ContextDecorator(object):
    """Mixin that lets a context manager decorate functions: each call of the decorated
    function runs inside `with <the manager>`."""

    def _recreate_cm(self):
        # A manager that can only be entered once makes a fresh copy of itself here.
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Like ContextDecorator, for asynchronous context managers and coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner

# --- contextmanager ----------------------------------------------------------------------------

class _GeneratorCM:
    """What @contextmanager and @asynccontextmanager return: holds the generator, and the
    function and arguments that made it so that decorator use can make a new one per call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, '__doc__', None) or type(self).__doc__

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Entered once, the recipe is no longer needed; do not keep the arguments alive.
        del self.func, self.args, self.kwds


def _outcome_of_throw(exc, value, traceback, stop_types):
    """Decide __exit__'s result after throwing `value` into the generator made it raise
    `exc`: True suppresses, False re-raises `value`, None means `exc` itself propagates."""
    if isinstance(exc, stop_types):
        # The generator finished: the exception was handled -- unless the StopIteration is
        # the very exception from the with block, which must not vanish.
        return exc is not value
    if exc is value:
        # The generator let the original exception out: report "not suppressed" and let the
        # with statement re-raise it, with its own traceback.
        exc.__traceback__ = traceback
        return False
    if (isinstance(exc, RuntimeError) and isinstance(value, (StopIteration, StopAsyncIteration))
            and exc.__cause__ is value):
        # PEP 479 turned the StopIteration we threw in into a RuntimeError.
        value.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorCM, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish now.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # Some callers pass the type only; make an instance to compare identities.
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as exc:
            verdict = _outcome_of_throw(exc, value, traceback, StopIteration)
            if verdict is None:
                raise
            return verdict
        # The generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorCM, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except BaseException as exc:
            verdict = _outcome_of_throw(exc, value, traceback, StopAsyncIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager factory:

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Like contextmanager, for async generator functions used with `async with`."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper

# --- Small context managers --------------------------------------------------------------------

class closing(AbstractContextManager):
    """`with closing(thing) as t:` binds thing and calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(agen) as g:` awaits agen.aclose() at the end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Swap sys.<_stream> for the target while the block runs.  A stack of the previous
    # streams makes one instance reusable and re-entrant.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file object while the block runs."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file object while the block runs."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Ignore the listed exception types raised in the block; execution continues after
    the with statement.

        with suppress(FileNotFoundError):
            os.remove(path)
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        # (Like except clauses, this looks at the real class hierarchy only.)
        if issubclass(exctype, self._exceptions):
            return True
        group = getattr(sys.modules['builtins'], 'BaseExceptionGroup', None)
        if group is not None and issubclass(exctype, group):
            matched, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result.  Handy where a manager
    is optional:

        cm = lock if needs_lock else nullcontext()
        with cm:
            ...
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory for the block (not thread-safe: it is process-wide)."""

    def __init__(self, path):
        self.path = path
        self._saved = []

    def __enter__(self):
        import os
        self._saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._saved.pop())

# --- ExitStack ---------------------------------------------------------------------------------

def _not_a_cm(cm, protocol):
    # (The wording of CPython 3.11.)
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f'{protocol} protocol')


def _rechain(new_exc, old_exc, frame_exc):
    """Make new_exc's chain of __context__ end in old_exc, as if each callback had run in a
    with statement nested inside the previous one.  The chain Python built ends in the
    exception being handled around the ExitStack (frame_exc); replace that link."""
    while True:
        link = new_exc.__context__
        if link is None or link is old_exc:
            return
        if link is frame_exc:
            break
        new_exc = link
    new_exc.__context__ = old_exc


class _ExitStackBase:
    """The callback stack shared by ExitStack and AsyncExitStack.  Each entry is
    (is_sync, function taking (exc_type, exc, tb))."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack, which is returned; this one is
        left empty (so leaving its with block runs nothing)."""
        new_stack = type(self)()
        new_stack._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return new_stack

    def push(self, exit):
        """Register an __exit__-like callback (or an object with __exit__, whose method is
        registered).  Like __exit__, it may suppress the exception.  Returns `exit`."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter a context manager and register its exit; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _not_a_cm(cm, 'context manager') from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit (it cannot suppress exceptions).
        Returns callback, so this works as a decorator."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, run_callback))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def call_exit(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((True, call_exit))


class ExitStack(_ExitStackBase, AbstractContextManager):
    """A with statement whose exit callbacks are chosen at run time:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
            ...   # every opened file is closed at the end, even if a later open() fails
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None        # an exception raised by a callback, to re-raise at the end
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException:
                new_details = sys.exc_info()
                _rechain(new_details[1], exc_details[1], frame_exc)
                pending = new_details[1]
                exc_details = new_details
        if pending is not None:
            # `raise` would set __context__ again; put back the chain built above.
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return had_exception and suppressed

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_ExitStackBase, AbstractAsyncContextManager):
    """ExitStack for `async with`: also takes asynchronous context managers and coroutine
    callbacks."""

    async def enter_async_context(self, cm):
        """Enter an asynchronous context manager and register its __aexit__."""
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _not_a_cm(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function (or an object with __aexit__)."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at exit."""
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, run_callback))
        return callback

    async def aclose(self):
        """Run the callbacks now."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        async def call_exit(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append((False, call_exit))

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                result = cb(*exc_details) if is_sync else await cb(*exc_details)
                if result:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException:
                new_details = sys.exc_info()
                _rechain(new_details[1], exc_details[1], frame_exc)
                pending = new_details[1]
                exc_details = new_details
        if pending is not None:
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return had_exception and suppressed
