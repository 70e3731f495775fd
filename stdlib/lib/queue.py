"""queue: thread-safe queues for handing work from producer threads to consumer threads.

Queue hands items out first in, first out; LifoQueue last in, first out (a stack);
PriorityQueue smallest first.  All three are one class that differs only in its container,
reached through four hook methods a subclass may redefine (each called with the lock held):

    _init(maxsize)   create self.queue          _qsize()   how many items it holds
    _put(item)       add an item                _get()     remove and return the next item

Coordination uses one lock, `mutex`, and three conditions sharing it:

    not_empty        getters sleep on it while there is nothing to take; put() wakes one
    not_full         putters sleep on it while a bounded queue is full; get() wakes one
    all_tasks_done   join() sleeps on it until every item put was marked with task_done()

SimpleQueue is the lightweight variant: unbounded, no task accounting, just put and get.
"""

import threading
from time import monotonic as _now
from heapq import heappush as _heap_push, heappop as _heap_pop
from _collections import deque as _deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """get() found nothing to take (non-blocking call, or the timeout ran out)."""


class Full(Exception):
    """put() found no room (non-blocking call, or the timeout ran out)."""


_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


def _sleep_until(condition, ready, timeout, failure):
    # With condition's lock held and ready() false: sleep on the condition until ready() is
    # true.  With a timeout (seconds, >= 0) raise `failure` once it has run out.
    if timeout is None:
        while not ready():
            condition.wait()
        return
    deadline = _now() + timeout
    while not ready():
        left = deadline - _now()
        if left <= 0.0:
            raise failure
        condition.wait(left)


def _as_generic_alias(cls, item):
    # Queue[int] for type hints.
    from types import GenericAlias
    return GenericAlias(cls, item)


class Queue:
    """A first-in, first-out queue shared by threads.  maxsize > 0 bounds it: put() then waits
    while it holds maxsize items.  maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0     # items put and not yet reported done
        self._init(maxsize)
        self.mutex = lock = threading.Lock()
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)

    __class_getitem__ = classmethod(_as_generic_alias)

    # -- the predicates the conditions wait for (lock held) --

    def _has_item(self):
        return self._qsize() > 0

    def _has_room(self):
        return self._qsize() < self.maxsize

    # -- task accounting --

    def task_done(self):
        """Report that an item taken with get() has been dealt with.  join() returns once
        every item ever put has been reported."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item put into the queue has been taken and reported done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # -- snapshots: other threads may change the answer right after it is given --

    def qsize(self):
        """The number of items in the queue at this moment."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue holds no item at this moment."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """Whether a bounded queue is at its limit at this moment (never for maxsize <= 0)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- putting and getting --

    def put(self, item, block=True, timeout=None):
        """Add item to the queue.  When a bounded queue is full: wait for room (at most
        `timeout` seconds if given, then raise Full), or with block=False raise Full at once."""
        with self.mutex:
            if self.maxsize > 0:
                if not block:
                    if not self._has_room():
                        raise Full
                elif timeout is not None and timeout < 0:
                    raise ValueError(_NEGATIVE_TIMEOUT)
                elif not self._has_room():
                    _sleep_until(self.not_full, self._has_room, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item.  When the queue is empty: wait for one (at most
        `timeout` seconds if given, then raise Empty), or with block=False raise Empty at
        once."""
        with self.mutex:
            if not block:
                if not self._has_item():
                    raise Empty
            elif timeout is not None and timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            elif not self._has_item():
                _sleep_until(self.not_empty, self._has_item, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Add item if there is room right now, else raise Full."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Take an item if one is there right now, else raise Empty."""
        return self.get(block=False)

    # -- the container (override all four to change the order) --

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first; entries are typically
    (priority, data) tuples.  The container is a binary heap (heapq)."""

    # _qsize is inherited: len() works for the list as it did for the deque.

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the item added last first: a stack."""

    # A list instead of the deque; _qsize and _put (append) are inherited unchanged.

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue with no task accounting: put() never waits,
    get() waits only for an item to arrive."""

    __module__ = '_queue'          # CPython's is the native _queue.SimpleQueue

    def __init__(self):
        self._items = _deque()
        self._arrived = threading.Condition(threading.Lock())

    __class_getitem__ = classmethod(_as_generic_alias)

    def put(self, item, block=True, timeout=None):
        """Add item.  block and timeout are accepted for compatibility with Queue.put()
        and ignored: there is always room."""
        with self._arrived:
            self._items.append(item)
            self._arrived.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one if needed (at most `timeout`
        seconds when given, then raise Empty); block=False raises Empty at once."""
        if block and timeout is not None and timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        with self._arrived:
            if not self._items:
                if not block:
                    raise Empty
                if not self._arrived.wait_for(self._items.__len__, timeout):
                    raise Empty
            return self._items.popleft()

    def put_nowait(self, item):
        """Same as put(item)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Take an item if one is there right now, else raise Empty."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue holds no item at this moment."""
        return not self._items

    def qsize(self):
        """The number of items at this moment."""
        return len(self._items)
