"""WeakSet: a set that holds its members through weak references.

A member disappears from the set when the last strong reference to it goes.  The set stores
`weakref.ref(member, on_death)` objects in a plain set; a reference hashes and compares like its
referent while that lives, so membership tests build a temporary reference to the candidate.
`on_death` holds the WeakSet itself only weakly, so the set can be freed before its members.

Iteration walks a snapshot of the references taken when it starts, so members that die while a
loop runs (their callbacks remove them from the underlying set) cannot disturb it.
"""

from _weakref import ref

__all__ = ['WeakSet']


def _death_watcher(owner):
    owner_ref = ref(owner)

    def on_death(dead, owner_ref=owner_ref):
        weak_set = owner_ref()
        if weak_set is not None:
            weak_set.data.discard(dead)
    return on_death


class WeakSet:
    """A set of objects held only weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._on_death = _death_watcher(self)
        if data is not None:
            self.update(data)

    # --- helpers ---------------------------------------------------------------------------

    def _ref(self, item):
        return ref(item, self._on_death)

    def _members(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    @classmethod
    def _from_members(cls, members):
        result = cls()
        result.update(members)
        return result

    # --- container protocol ----------------------------------------------------------------

    def __iter__(self):
        return self._members()

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    # --- changing the set ------------------------------------------------------------------

    def add(self, item):
        self.data.add(self._ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self._from_members(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        keep = {ref(item) for item in other}
        self.data.intersection_update(keep)
        return self

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
            return self
        toggles = {}                      # each distinct member of other once
        for item in other:
            toggles.setdefault(ref(item), item)
        for probe, item in toggles.items():
            if probe in self.data:
                self.data.discard(probe)
            else:
                self.add(item)
        return self

    # --- new sets ------------------------------------------------------------------------

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def intersection(self, other):
        return self._from_members(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    # --- comparisons ------------------------------------------------------------------------

    def _ref_set(self, other):
        return {ref(item) for item in other}

    def issubset(self, other):
        return self.data.issubset(self._ref_set(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._ref_set(other)

    def issuperset(self, other):
        return self.data.issuperset(self._ref_set(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._ref_set(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._ref_set(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
