// trashcan.cpp — deferred deallocation of nested containers (see trashcan.hpp).
#include "trashcan.hpp"

#include <utility>
#include <vector>

namespace minipy::rt {

namespace {

struct Trashcan {
    int depth = 0;        // container deallocs running on this thread right now
    int max_depth = 0;
    std::vector<std::pair<Object*, DeallocBody>> pending;   // deferred, freed by the outermost
};

thread_local Trashcan t_trash;

}  // namespace

void trashcan_dealloc(Object* o, DeallocBody body) {
    Trashcan& tc = t_trash;
    if (tc.depth >= kTrashcanDepth) {
        tc.pending.emplace_back(o, body);
        return;
    }
    ++tc.depth;
    if (tc.depth > tc.max_depth) tc.max_depth = tc.depth;
    body(o);
    if (tc.depth == 1) {
        // The outermost dealloc: free what was deferred. Each body runs at depth 1 again, so a
        // long chain is consumed kTrashcanDepth levels at a time, in a loop instead of recursion.
        while (!tc.pending.empty()) {
            auto [p, pbody] = tc.pending.back();
            tc.pending.pop_back();
            pbody(p);
        }
    }
    --tc.depth;
}

int trashcan_max_depth_seen() { return t_trash.max_depth; }

}  // namespace minipy::rt
