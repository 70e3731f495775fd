// repr_guard.cpp — the per-thread list of objects whose repr is in progress (see repr_guard.hpp).
#include "repr_guard.hpp"

#include <vector>

namespace minipy::rt {

namespace {
// Short and usually empty: nesting depth of reprs of containers on this thread.
thread_local std::vector<Object*> t_repr_stack;
}  // namespace

bool repr_enter(Object* o) {
    for (Object* p : t_repr_stack)
        if (p == o) return false;
    t_repr_stack.push_back(o);
    return true;
}

void repr_leave(Object* o) {
    // Normally the last entry; search from the end to tolerate unusual orders.
    for (size_t i = t_repr_stack.size(); i-- > 0;) {
        if (t_repr_stack[i] == o) {
            t_repr_stack.erase(t_repr_stack.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

}  // namespace minipy::rt
