"""contextlib: utilities for the with statement.

The main tool is @contextmanager, which turns a generator function with one `yield` into a
context manager: the code before the yield is the setup, the yielded value is what `as`
binds, the code after it is the cleanup.  An exception raised in the with block is thrown into
the generator at the yield, so try/except/finally around the yield handle it; the generator
re-raising it (or raising another) propagates it, returning normally suppresses it.

ExitStack is a with statement whose exit callbacks are chosen at run time: they run newest
first, each seeing the exception the previous one left, exactly as nested with statements
would (the __context__ chains included).

The rest are small ready-made managers: suppress, closing, aclosing, nullcontext,
redirect_stdout, redirect_stderr, chdir, and the ABCs AbstractContextManager and
AbstractAsyncContextManager.
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


def _protocol_hook(owner, methods):
    # __subclasshook__ of the two ABCs: structural, for the ABC itself only.
    def __subclasshook__(cls, C):
        if cls is not owner():
            return NotImplemented
        return _collections_abc._structurally_has(C, methods)
    return classmethod(__subclasshook__)


# =============================================================================================
# The ABCs

class AbstractContextManager(abc.ABC):
    """Context managers: any class with __enter__ and __exit__ is one.  A subclass inherits
    an __enter__ that returns self."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)
    __subclasshook__ = _protocol_hook(lambda: AbstractContextManager, ('__enter__', '__exit__'))

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager(abc.ABC):
    """Asynchronous context managers: any class with __aenter__ and __aexit__.  A subclass
    inherits an __aenter__ that returns self."""

    __slots__ = ()
    __class_getitem__ = classmethod(_generic_alias)
    __subclasshook__ = _protocol_hook(lambda: AbstractAsyncContextManager,
                                      ('__aenter__', '__aexit__'))

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


# =============================================================================================
# Using a context manager as a decorator

class ContextDecorator(object):
    """Mixin for context managers that can also decorate a function: every call of the
    function then runs inside a with statement on the manager.  A manager that can only be
    entered once overrides _recreate_cm() to supply a fresh one per call."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        @wraps(func)
        def inner(*args, **kwds):
            with manager_for_call():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """ContextDecorator for asynchronous managers: decorates coroutine functions, each call
    running inside an `async with`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        @wraps(func)
        async def inner(*args, **kwds):
            async with manager_for_call():
                return await func(*args, **kwds)
        return inner


# =============================================================================================
# @contextmanager and @asynccontextmanager

class _GeneratorBacked:
    # The state shared by the two generator-based managers: the generator, and how to make
    # another one (a decorated function needs a fresh generator per call).

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        documented = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if documented is None else documented

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _entered(self):
        # Once entered the manager cannot be made again: let go of the arguments.
        del self.func, self.args, self.kwds


def _thrown_exception_verdict(raised, thrown, traceback, end_of_generator):
    """After `thrown` (the exception of the with block) was thrown into the generator, the
    generator raised `raised`.  Returns __exit__'s answer: True (suppress), False (let the
    with statement re-raise `thrown`), or None (`raised` itself must propagate)."""
    if isinstance(raised, end_of_generator):
        # The generator ran to its end: it handled the exception.  Unless the exception was
        # itself a StopIteration, which must not disappear.
        return raised is not thrown
    if raised is thrown:
        # Passed through unchanged: "not suppressed", with the with block's traceback.
        raised.__traceback__ = traceback
        return False
    converted = (isinstance(raised, RuntimeError)
                 and isinstance(thrown, (StopIteration, StopAsyncIteration))
                 and raised.__cause__ is thrown)
    if converted:
        # PEP 479 turned the StopIteration we threw in into a RuntimeError: report the
        # original as not suppressed.
        thrown.__traceback__ = traceback
        return False
    return None


class _GeneratorContextManager(_GeneratorBacked, AbstractContextManager, ContextDecorator):
    """A context manager made by @contextmanager from a generator."""

    def __enter__(self):
        self._entered()
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def _expect_end(self, complaint):
        # The generator must be finished now; if it yields again that is an error.
        try:
            next(self.gen)
        except StopIteration:
            return
        try:
            raise RuntimeError(complaint)
        finally:
            self.gen.close()

    def __exit__(self, typ, value, traceback):
        if typ is None:
            self._expect_end("generator didn't stop")
            return False
        if value is None:
            value = typ()        # some callers pass only the type
        try:
            self.gen.throw(value)
        except BaseException as raised:
            verdict = _thrown_exception_verdict(raised, value, traceback, StopIteration)
            if verdict is None:
                raise
            return verdict
        # The generator caught the exception and yielded once more.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorBacked, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """An asynchronous context manager made by @asynccontextmanager."""

    async def __aenter__(self):
        self._entered()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            pass
        raise RuntimeError("generator didn't yield")

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
        except BaseException as raised:
            verdict = _thrown_exception_verdict(raised, value, traceback, StopAsyncIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator making a context manager factory out of a generator function that yields
    once:

        @contextmanager
        def working_in(path):
            previous = os.getcwd()
            os.chdir(path)
            try:
                yield path
            finally:
                os.chdir(previous)
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@contextmanager for async generator functions, giving `async with` managers."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# =============================================================================================
# Small ready-made managers

class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing and hands out enter_result; stands in where a manager is
    optional:

        guard = lock if shared else nullcontext()
        with guard:
            ...
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    # The asynchronous protocol behaves exactly like the synchronous one.

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *excinfo):
        return self.__exit__(*excinfo)


class _Closer:
    # closing and aclosing: hand out `thing`, then shut it down on the way out.
    def __init__(self, thing):
        self.thing = thing


class closing(_Closer, AbstractContextManager):
    """`with closing(resource) as r:` hands out the resource and calls its close() when the
    block ends, however it ends."""

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(_Closer, AbstractAsyncContextManager):
    """`async with aclosing(agen) as g:` awaits agen.aclose() when the block ends."""

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _StreamSwap(AbstractContextManager):
    # Points sys.<stream_name> at another file while the block runs.  The replaced streams are
    # stacked, so one instance may be entered again (even while already entered).
    stream_name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self.stream_name))
        setattr(sys, self.stream_name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self.stream_name, self._replaced.pop())


class redirect_stdout(_StreamSwap):
    """Send what is printed to sys.stdout to another file object while the block runs."""
    stream_name = 'stdout'


class redirect_stderr(_StreamSwap):
    """Send what is written to sys.stderr to another file object while the block runs."""
    stream_name = 'stderr'


class suppress(AbstractContextManager):
    """Silence the given exception types if the block raises one; execution continues after
    the with statement:

        with suppress(FileNotFoundError):
            os.remove(scratch_file)
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        # The real class hierarchy decides, as in except clauses.
        if issubclass(exctype, self._exceptions):
            return True
        groups = getattr(sys.modules['builtins'], 'BaseExceptionGroup', None)
        if groups is None or not issubclass(exctype, groups):
            return False
        # An exception group: drop the matching members, re-raise what remains (if any).
        _, remaining = excinst.split(self._exceptions)
        if remaining is None:
            return True
        raise remaining


class chdir(AbstractContextManager):
    """Make path the working directory while the block runs.  The working directory belongs
    to the whole process: this is not thread-safe."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._previous.pop())


# =============================================================================================
# ExitStack and AsyncExitStack

def _unsupported_protocol(cm, protocol):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the "
                     f'{protocol} protocol')


def _splice_context(raised, previous, outer):
    """Make the __context__ chain of `raised` end at `previous` (the exception that was
    active when its callback ran), as if each callback sat in a with statement nested in the
    one before.  The chain Python built ends at `outer`, the exception being handled around
    the whole stack; that link is the one replaced."""
    node = raised
    while True:
        link = node.__context__
        if link is None or link is previous:
            return
        if link is outer:
            node.__context__ = previous
            return
        node = link


def _raise_keeping_context(exception):
    # `raise` would reset __context__ to the exception being handled: restore ours.
    context = exception.__context__
    try:
        raise exception
    except BaseException:
        exception.__context__ = context
        raise


class _CallbackStack:
    """The stack of exit callbacks behind ExitStack and AsyncExitStack.  Each entry is
    (is_async, callback); a callback takes (exc_type, exc, traceback) like __exit__."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        """Move all registered callbacks to a new stack and return it.  This stack is left
        empty, so leaving its with block does nothing."""
        successor = type(self)()
        successor._callbacks, self._callbacks = self._callbacks, []
        return successor

    def _add_exit_of(self, cm, exit_method, is_async=False):
        if is_async:
            async def exit_callback(exc_type, exc, tb):
                return await exit_method(cm, exc_type, exc, tb)
        else:
            def exit_callback(exc_type, exc, tb):
                return exit_method(cm, exc_type, exc, tb)
        self._callbacks.append((is_async, exit_callback))

    def push(self, exit):
        """Register an __exit__-style callback, or the __exit__ of an object that has one.
        Like __exit__, it may suppress the exception by returning true.  Returns exit."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._callbacks.append((False, exit))
        else:
            self._add_exit_of(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm and register its __exit__; returns what __enter__
        returned."""
        kind = type(cm)
        try:
            enter, exit = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _unsupported_protocol(cm, 'context manager') from None
        result = enter(cm)
        self._add_exit_of(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit (it cannot suppress exceptions).
        Returns callback, so it can serve as a decorator."""
        def call_at_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        call_at_exit.__wrapped__ = callback
        self._callbacks.append((False, call_at_exit))
        return callback

    # The unwinding, as a generator shared by the synchronous and asynchronous __exit__: it
    # yields each (is_async, callback, exc_details); the caller sends back the callback's
    # result, or throws in what the callback raised.  Its return value is __exit__'s.

    def _unwind(self, exc_details):
        received = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        failure = None          # the latest exception raised by a callback
        while self._callbacks:
            is_async, callback = self._callbacks.pop()
            try:
                if (yield is_async, callback, exc_details):
                    suppressed = True
                    failure = None
                    exc_details = (None, None, None)
            except BaseException as error:
                _splice_context(error, exc_details[1], outer)
                failure = error
                exc_details = (type(error), error, error.__traceback__)
        if failure is not None:
            _raise_keeping_context(failure)
        return received and suppressed


def _drive_sync(steps):
    # Runs an _unwind() generator whose callbacks are all synchronous.
    try:
        is_async, callback, exc_details = next(steps)
        while True:
            try:
                result = callback(*exc_details)
            except BaseException as error:
                step = steps.throw(error)
            else:
                step = steps.send(result)
            is_async, callback, exc_details = step
    except StopIteration as done:
        return done.value


class ExitStack(_CallbackStack, AbstractContextManager):
    """A with statement whose exit callbacks are registered as the block runs:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
            ...     # all the files get closed, even if one of the open() calls fails
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        return _drive_sync(self._unwind(exc_details))

    def close(self):
        """Run all the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_CallbackStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: it also takes asynchronous context managers and
    coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the asynchronous context manager cm and register its __aexit__."""
        kind = type(cm)
        try:
            enter, exit = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise _unsupported_protocol(cm, 'asynchronous context manager') from None
        result = await enter(cm)
        self._add_exit_of(cm, exit, is_async=True)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-style coroutine function, or the __aexit__ of an object."""
        exit_method = getattr(type(exit), '__aexit__', None)
        if exit_method is None:
            self._callbacks.append((True, exit))
        else:
            self._add_exit_of(exit, exit_method, is_async=True)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at exit."""
        async def await_at_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        await_at_exit.__wrapped__ = callback
        self._callbacks.append((True, await_at_exit))
        return callback

    async def aclose(self):
        """Run all the callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        steps = self._unwind(exc_details)
        try:
            is_async, callback, details = next(steps)
            while True:
                try:
                    result = callback(*details)
                    if is_async:
                        result = await result
                except BaseException as error:
                    step = steps.throw(error)
                else:
                    step = steps.send(result)
                is_async, callback, details = step
        except StopIteration as done:
            return done.value
