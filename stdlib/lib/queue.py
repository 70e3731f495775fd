"""Synchronized queues for passing items between threads.

Queue (first in, first out), LifoQueue (last in, first out) and PriorityQueue (smallest first)
share one design: a container plus one lock and three conditions on that lock:

    not_empty       get() waits on it; put() notifies it
    not_full        put() waits on it when maxsize > 0; get() notifies it
    all_tasks_done  join() waits on it; task_done() notifies it when the count reaches zero

Subclasses change only the container, through _init/_qsize/_put/_get.
"""

import threading
from time import monotonic as time

try:
    from heapq import heappush, heappop
except ImportError:
    # heapq is another module of the library; until it is there, two small heap functions
    # (a binary min-heap in a list, compared with < only) keep PriorityQueue working.
    def heappush(heap, item):
        heap.append(item)
        pos = len(heap) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if not item < heap[parent]:
                break
            heap[pos] = heap[parent]
            pos = parent
        heap[pos] = item

    def heappop(heap):
        last = heap.pop()
        if not heap:
            return last
        smallest = heap[0]
        end = len(heap)
        pos = 0
        child = 1
        while child < end:
            if child + 1 < end and heap[child + 1] < heap[child]:
                child += 1
            if not heap[child] < last:
                break
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        heap[pos] = last
        return smallest

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Fifo:
    # A first-in first-out container for when collections.deque is not available: a list and
    # the index of its first live item.  popleft() is O(1); the dead prefix is cut off once it
    # is at least half of the list, so memory stays proportional to the live items.
    __slots__ = ('_items', '_head')

    def __init__(self, iterable=()):
        self._items = list(iterable)
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def appendleft(self, item):
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = item
        else:
            self._items.insert(0, item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def pop(self):
        if self._head >= len(self._items):
            raise IndexError("pop from an empty deque")
        item = self._items.pop()
        if self._head >= len(self._items):
            self._items.clear()
            self._head = 0
        return item

    def clear(self):
        self._items.clear()
        self._head = 0

    def remove(self, value):
        for i in range(self._head, len(self._items)):
            if self._items[i] == value:
                del self._items[i]
                return
        raise ValueError("deque.remove(x): x not in deque")

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __contains__(self, value):
        return value in self._items[self._head:]

    def __getitem__(self, index):
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("deque index out of range")
        return self._items[self._head + index]

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


try:
    from _collections import deque      # the native deque, where it exists
except ImportError:
    deque = _Fifo


class Queue:
    """A FIFO queue.  If maxsize <= 0 it is unbounded; otherwise put() blocks while it holds
    maxsize items."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the container; the three conditions all use it, so a thread holding
        # any of them may touch the container.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that an item taken with get() has been processed.  When every item
        put so far has been marked done, join() returns."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put into the queue has been got and marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate size of the queue (another thread may change it at any moment)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty (only a snapshot, like qsize())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full (only a snapshot, like qsize())."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        block=True, timeout=None: wait as long as needed for a free slot.
        block=True, timeout=t:    wait at most t seconds, then raise Full.
        block=False:              raise Full at once if there is no free slot.
        """
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        block=True, timeout=None: wait as long as needed for an item.
        block=True, timeout=t:    wait at most t seconds, then raise Empty.
        block=False:              raise Empty at once if there is no item.
        """
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The container.  Override these four in a subclass to change the order; they are called
    # with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put() never blocks.

    The number of items is counted by a semaphore: put() releases it, get() acquires it, so a
    get() on an empty queue sleeps until a put().  A lock guards the container itself, since
    several getters may take items at the same moment."""

    def __init__(self):
        self._queue = deque()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue (block and timeout exist for compatibility with Queue)."""
        with self._lock:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item; block/timeout as in Queue.get()."""
        if not block:
            timeout = None              # ignored, as in CPython
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    # Queue[int] is allowed (for type hints); it needs types.GenericAlias.
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)
