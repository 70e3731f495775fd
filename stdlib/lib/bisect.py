"""Bisection algorithms: find insertion points in sorted sequences.

bisect_left finds the first position where x could go keeping the order (before equal
items), bisect_right the last (after equal items).  key= applies to the sequence's items only,
not to x, as in CPython 3.10+.

The `*_no_more` parameters stand for a bare `*`: minipy's call fast path currently skips
keyword-only defaults when every positional parameter is passed, and a *args parameter keeps
these functions off that path.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _check_bounds(a, lo, hi, extra=()):
    if extra:
        raise TypeError('expected at most 4 arguments, got %d' % (4 + len(extra)))
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None, *_no_more, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in a[i:] have
    e > x."""
    hi = _check_bounds(a, lo, hi, _no_more)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *_no_more, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in a[i:] have
    e >= x."""
    hi = _check_bounds(a, lo, hi, _no_more)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *_no_more, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x."""
    if _no_more:
        raise TypeError('expected at most 4 arguments, got %d' % (4 + len(_no_more)))
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *_no_more, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x."""
    if _no_more:
        raise TypeError('expected at most 4 arguments, got %d' % (4 + len(_no_more)))
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
