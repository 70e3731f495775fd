"""bisect: binary search in sorted sequences, and insertion that keeps them sorted.

For a sequence `a` sorted in ascending order and a value `x`:

* bisect_left(a, x) is the first index i where x could be inserted with the order kept, i.e.
  before any items equal to x (every a[j] for j < i is < x);
* bisect_right(a, x) (alias bisect) is the last such index, after the items equal to x.

lo and hi limit the search to a[lo:hi].  With key=, the function is applied to the sequence's
items (not to x: x is already a key).  insort_left/insort_right (alias insort) insert x at
those positions.  Only `<` is used to compare, with the operands in a fixed order, so objects
that define just __lt__ work.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


# The searches keep the answer inside [lo, hi] and halve that window at each step: the item at
# the midpoint says which half the answer lies in.  This is the textbook loop; it is also the
# fastest shape under minipy's compiler (a "remaining count" variant measured slower).  The keyed
# searches live in their own functions so the common unkeyed loop carries no key test.

def _keyed_right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        mid_key = key(a[mid])          # the key is computed once per probe
        if x < mid_key:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _keyed_left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        mid_key = key(a[mid])
        if mid_key < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Insertion index for x in the sorted a[lo:hi], after items equal to x."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is not None:
        return _keyed_right(a, x, lo, hi, key)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid          # a[mid] is past x: the answer is mid or left of it
        else:
            lo = mid + 1      # a[mid] <= x: the answer is right of mid
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Insertion index for x in the sorted a[lo:hi], before items equal to x."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is not None:
        return _keyed_left(a, x, lo, hi, key)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1      # a[mid] < x: the answer is right of mid
        else:
            hi = mid          # x <= a[mid]: the answer is mid or left of it
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
