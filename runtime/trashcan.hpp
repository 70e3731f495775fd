// trashcan.hpp — deferred deallocation, so freeing a deeply nested container cannot overflow the
// C stack.
//
// Freeing a tuple decrefs its items; if an item's count drops to zero, its dealloc runs inside the
// first one, and so on: a tuple nested 100000 deep would need 100000 nested C++ frames. CPython
// bounds this with its "trashcan" (Py_TRASHCAN_BEGIN/END in Include/cpython/object.h): past a
// fixed nesting depth, objects are put on a per-thread list instead of being freed at once, and the
// outermost dealloc frees the list after it returns. This is the same idea.
//
// Use it in a container type's dealloc:
//
//     static void list_dealloc_body(Object* o) { ...release items...; free_object_memory(o); }
//     static void list_dealloc(Object* o) { trashcan_dealloc(o, list_dealloc_body); }
#pragma once

#include <cstddef>

#include "object.hpp"

namespace minipy::rt {

using DeallocBody = void (*)(Object*);

// How many container deallocs may nest before further ones are deferred.
inline constexpr int kTrashcanDepth = 50;

// Runs body(o) now, or later (at the end of the outermost container dealloc on this thread) when
// this thread is already kTrashcanDepth container deallocs deep.
void trashcan_dealloc(Object* o, DeallocBody body);

// For tests: the deepest nesting of container deallocs seen on this thread so far.
int trashcan_max_depth_seen();

}  // namespace minipy::rt
