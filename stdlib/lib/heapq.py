"""Heap queue algorithm: a binary min-heap kept in a plain list.

The invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k that has children,
so heap[0] is always the smallest item.  Items are only ever compared with `<`, as in CPython.

    heap = []
    heappush(heap, 3); heappush(heap, 1)
    heappop(heap)      # -> 1
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_up(heap, pos):
    # The item at `pos` may be smaller than its parent: move it up until it is not.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # The item at `pos` may be larger than its children: move it down, each time swapping
    # with the smaller child, until it is not.
    end = len(heap)
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (faster than heappop + heappush).
    The returned value may be larger than the item added."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than heappush + heappop)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x, /):
    """Transform list x into a heap, in place, in linear time."""
    for pos in reversed(range(len(x) // 2)):
        _sift_down(x, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (a generator)."""
    # Each heap entry is [sort key, input number, value, iterator]; the input number breaks
    # ties so that equal keys come out in input order and values are never compared.
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append(_MergeEntry(k, number, value, it, reverse))
            break
    heapify(entries)
    while entries:
        top = entries[0]
        yield top.value
        for value in top.it:
            top.key = value if key is None else key(value)
            top.value = value
            heapreplace(entries, top)
            break
        else:
            heappop(entries)


class _MergeEntry:
    __slots__ = ('key', 'order', 'value', 'it', 'reverse')

    def __init__(self, key, order, value, it, reverse):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
            return self.order < other.order
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (like sorted(iterable, key=key)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first
    (like sorted(iterable, key=key, reverse=True)[:n])."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
