"""Heap queue (priority queue) functions on plain lists.

A heap here is a list in which every item is <= its two children: heap[k] <= heap[2k+1]
and heap[k] <= heap[2k+2].  So heap[0] is the smallest item.  Only `<` is used to compare.

Two primitive moves keep the shape:
  _bubble_up(heap, start, pos, less): the item at pos moves toward the root while it is smaller
      than its parent (used after appending);
  _sink(heap, pos, less): the item at pos moves down.  It first sends the "hole" down along the
      smaller children all the way to a leaf, then lets the item bubble up from there; for
      an item that came from the bottom of the heap (the usual case) this costs fewer
      comparisons than stopping as soon as it is in order.
Both take a `less` function, so the same moves also run max-heaps (merge(reverse=True), the
bounded heap of nsmallest).  The public functions, the hot path, use copies of the two moves
specialised to `<` (_min_bubble_up, _min_sink).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _bubble_up(heap, start, pos, less):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) // 2
        if not less(item, heap[parent]):
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _sink(heap, pos, less):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


# The public functions work on min-heaps, the hot case, so they use `<` directly instead of
# going through a `less` function: the same two moves, specialised.

def _min_bubble_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) // 2
        above = heap[parent]
        if not item < above:
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def _min_sink(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        sibling = child + 1
        if sibling < end and not heap[child] < heap[sibling]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    # Now bubble the item back up from the leaf, but not past where it started.
    while pos > start:
        parent = (pos - 1) // 2
        above = heap[parent]
        if not item < above:
            break
        heap[pos] = above
        pos = parent
    heap[pos] = item


def heappush(heap, item, /):
    """Add item to the heap."""
    heap.append(item)
    _min_bubble_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Remove and return the smallest item."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _min_sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (one sift instead of two).  The result may be
    larger than item; use heappushpop to get the smaller of the two."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _min_sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _min_sink(heap, 0)
    return item


def heapify(x, /):
    """Turn the list into a heap, in place, in linear time: sink every item that has
    children, from the last such item back to the root."""
    if not isinstance(x, list):
        raise TypeError('heapify() argument must be list, not %s' % type(x).__name__)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _min_sink(x, pos)


def _heapify_max(x):
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos, _gt)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink(heap, 0, _gt)
    return largest


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink(heap, 0, _gt)
    return largest

# --- merge, nsmallest, nlargest ----------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator, reading each input lazily.  Equal
    items come out in the order of their inputs.  With reverse=True the inputs must be
    sorted largest first."""
    return _merge(iterables, key, reverse)


def _merge(iterables, key, reverse):
    # The heap holds one entry per input that still has items:
    #   [sort key, input number (the tie-break), current item, the input's iterator]
    less = _gt if reverse else _lt
    sign = -1 if reverse else 1
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append([item if key is None else key(item), number * sign, item, it])
            break
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos, less)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            _sink(heap, 0, less)
            break
        else:
            # That input is exhausted: remove its entry.
            last = heap.pop()
            heap[0] = last
            _sink(heap, 0, less)
    if heap:
        # One input left: the rest of it, as it comes.
        yield heap[0][2]
        yield from heap[0][3]


def _select(n, iterable, key, smallest):
    """The n smallest (or largest) items in sorted order, stable for equal keys.

    A bounded heap of the n best so far is kept with the worst of them on top (a max-heap
    for the smallest, a min-heap for the largest); a new item replaces the top when it is
    better.  Entries are (key, position, item): the position breaks ties (earlier wins), so
    items themselves are never compared."""
    it = iter(iterable)
    heap = []
    for position, item in zip(range(n), it):
        heap.append((item if key is None else key(item),
                     position if smallest else -position, item))
    if not heap:
        return []
    worse = _gt if smallest else _lt
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos, worse)
    position = n
    for item in it:
        k = item if key is None else key(item)
        top = heap[0][0]
        if (k < top) if smallest else (top < k):
            heap[0] = (k, position if smallest else -position, item)
            _sink(heap, 0, worse)
        position += 1
    heap.sort(reverse=not smallest)
    return [entry[2] for entry in heap]


def _known_length(iterable):
    # The length when the input has one (sequences, sets, dicts); None for iterators.
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def _n_best(n, iterable, key, largest):
    if n == 1:
        # One item: a single pass of min()/max() beats any heap.
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    size = _known_length(iterable)
    if size is not None and n >= size:
        # Everything is wanted anyway: sorting is the cheapest way.
        return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    return _select(n, iterable, key, not largest)


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n], without sorting everything."""
    return _n_best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n], without sorting
    everything."""
    return _n_best(n, iterable, key, True)
