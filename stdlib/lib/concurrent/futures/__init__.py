"""concurrent.futures: run calls in the background and collect their outcomes as Futures.

    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=4) as pool:
        squares = pool.map(lambda n: n * n, range(8))
        print(list(squares))

The machinery lives in two modules: _base (Future, wait, as_completed, the Executor interface)
and thread (ThreadPoolExecutor).  minipy has no ProcessPoolExecutor yet.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

# The public names, as CPython lists them (less ProcessPoolExecutor).
__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor')
