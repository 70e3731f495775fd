"""Functions creating iterators for efficient looping.

Infinite iterators: count, cycle, repeat.  Iterators terminating on the shortest input:
accumulate, batched, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise,
starmap, takewhile, tee, zip_longest.  Combinatoric iterators: product, permutations,
combinations, combinations_with_replacement.

Most are written as generators.  The wrapper functions check their arguments and call iter()
on their inputs right away, so that bad arguments fail at the call (as in CPython) rather than
at the first next().  count, repeat and chain are classes, since they have a repr or extra
attributes (chain.from_iterable).
"""

__all__ = [
    'accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
    'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
    'zip_longest',
]

# --- Infinite iterators ------------------------------------------------------------------------

class count:
    """start, start + step, start + 2*step, ... without end."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not _is_number(value):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, self._step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes, list, tuple))


def cycle(iterable, /):
    """The items of the iterable, then the same items again and again (kept in a list)."""
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """object, `times` times (forever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)

# --- Iterators terminating on the shortest input -----------------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals: x0, x0+x1, x0+x1+x2, ... (func(total, x) instead of + if given;
    initial, if given, comes first)."""
    return _accumulate(iter(iterable), func, initial)

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def batched(iterable, n):
    """The items in tuples of n (the last tuple may be shorter)."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)

def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


class chain:
    """The items of each iterable in turn."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain over the iterables an iterable yields (read lazily)."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    """Skip items while predicate(item) is true; then every remaining item."""
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable, /):
    """The items for which function(item) is false (the false items, without function)."""
    return _filterfalse(function, iter(iterable))

def _filterfalse(function, it):
    if function is None:
        function = bool
    for x in it:
        if not function(x):
            yield x


class groupby:
    """Consecutive runs of items with the same key: yields (key, group iterator).

    The groups share the underlying iterator: moving on to the next (key, group) skips what
    is left of the previous group, which is then empty.  key=None groups equal items."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._started = False      # an item has been read ahead into _value/_key
        self._done = False         # the input is exhausted
        self._value = self._key = self._group_key = None
        self._generation = 0       # which (key, group) pair is current

    def _read(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            raise
        self._value = value
        self._key = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        self._generation += 1
        if not self._started:
            self._read()
            self._started = True
        else:
            while self._key == self._group_key:    # the rest of the previous group
                self._read()
        self._group_key = self._key
        return self._key, self._group(self._generation)

    def _group(self, generation):
        while (self._generation == generation and not self._done
               and self._key == self._group_key):
            yield self._value
            if self._generation != generation:
                return          # the outer iterator moved on while this one was paused
            try:
                self._read()
            except StopIteration:
                return


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items at
    positions start, start+step, ... below stop, like a slice of a sequence."""
    s = slice(*args)
    start, stop, step = s.start, s.stop, s.step
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)

def _islice(it, start, stop, step):
    # The same steps as CPython: skip to the next wanted index, stop at `stop`, take one.
    # Consumption is lazy, so the items past the last one yielded are only read (up to stop)
    # when the caller asks for one more.
    cnt = 0
    nexti = start
    while True:
        while cnt < nexti:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield item


def pairwise(iterable, /):
    """Overlapping pairs: (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable, /):
    """function(*args) for each tuple of arguments in the iterable."""
    return _starmap(function, iter(iterable))

def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Items while predicate(item) is true; stops at the first false one."""
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class _TeeLink:
    """One cell of the shared buffer of tee iterators: a value and the next cell, filled in
    the first time any of the iterators gets that far."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """One of the iterators tee() returns."""
    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)

_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2, /):
    """n iterators over the same items, each at its own pace (items are kept until
    every iterator has passed them)."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


def zip_longest(*iterables, fillvalue=None):
    """Like zip, until the longest input ends; shorter inputs are padded with fillvalue."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)

def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)

# --- Combinatoric iterators --------------------------------------------------------------------

def product(*iterables, repeat=1):
    """Every tuple with one item from each iterable (repeat: the iterables that many times
    over), in the order of nested for loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    # An odometer over the pools: indices[i] is the position in pools[i].
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pool[j] for pool, j in zip(pools, indices))


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    """Every ordering of r items of the iterable (all of them by default), in
    lexicographic order of positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r)
    return _permutations(pool, r)

def _permutations(pool, r):
    # Index tuples in lexicographic order.  To step from one to the next, find the last
    # position whose index can grow to a larger value not used further left, give it the
    # smallest such value, and fill the positions after it with the smallest unused indices.
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple(pool[i] for i in idx)
    while True:
        for pos in range(r - 1, -1, -1):
            used = set(idx[:pos])
            bigger = [v for v in range(idx[pos] + 1, n) if v not in used]
            if bigger:
                idx[pos] = bigger[0]
                used.add(bigger[0])
                rest = [v for v in range(n) if v not in used]
                idx[pos + 1:] = rest[:r - pos - 1]
                break
        else:
            return
        yield tuple(pool[i] for i in idx)


_MISSING = object()


def combinations(iterable, r=_MISSING):
    """Every choice of r items in their original order, lexicographically."""
    if r is _MISSING:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)

def _combinations(pool, r):
    # Increasing index tuples in lexicographic order: bump the last index that is not yet
    # at its highest possible value (n - r + position), then make the ones after it
    # consecutive.
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple(pool[i] for i in idx)
    while True:
        pos = r - 1
        while pos >= 0 and idx[pos] == n - r + pos:
            pos -= 1
        if pos < 0:
            return
        idx[pos] += 1
        for j in range(pos + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple(pool[i] for i in idx)


def combinations_with_replacement(iterable, r=_MISSING):
    """Every choice of r items, each item allowed several times, in order."""
    if r is _MISSING:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)

def _combinations_with_replacement(pool, r):
    # Non-decreasing index tuples in lexicographic order: bump the last index below n - 1
    # and set every index after it to the same value.
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple(pool[i] for i in idx)
    while True:
        pos = r - 1
        while pos >= 0 and idx[pos] == n - 1:
            pos -= 1
        if pos < 0:
            return
        idx[pos:] = [idx[pos] + 1] * (r - pos)
        yield tuple(pool[i] for i in idx)
