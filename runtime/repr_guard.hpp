// repr_guard.hpp — "repr in progress" marks, so self-referential containers print [...] / {...}.
//
// A container's repr calls repr() on its items; if an item is (or contains) the container itself,
// that would recurse forever. CPython keeps a per-thread list of the objects whose repr is being
// computed (Py_ReprEnter / Py_ReprLeave in Objects/object.c); a repr that finds its object already
// in the list prints a placeholder instead. This is the same, per thread, so two threads printing
// the same list at once do not see each other's marks.
#pragma once

#include "object.hpp"

namespace minipy::rt {

// Returns true and marks `o` when its repr is not in progress on this thread; false when it is
// (the caller prints the placeholder and must NOT call repr_leave).
bool repr_enter(Object* o);
void repr_leave(Object* o);

// RAII form: `ReprScope scope(o); if (!scope.entered()) return placeholder;`
class ReprScope {
public:
    explicit ReprScope(Object* o) : m_o(o), m_entered(repr_enter(o)) {}
    ~ReprScope() { if (m_entered) repr_leave(m_o); }
    bool entered() const { return m_entered; }
    ReprScope(const ReprScope&) = delete;
    ReprScope& operator=(const ReprScope&) = delete;

private:
    Object* m_o;
    bool m_entered;
};

}  // namespace minipy::rt
