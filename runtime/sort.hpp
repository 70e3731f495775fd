// sort.hpp — the stable sort behind list.sort() and sorted().
#pragma once

#include <cstdint>

#include "object.hpp"

namespace minipy::rt {

// Sorts items[0..n) in place, stably, in ascending order of `<` (rt::compare_bool with fast
// paths for small ints, floats and strs). When `keys` is not null, keys[i] is compared instead of
// items[i] and both arrays are permuted together. O(n log n) comparisons; fewer on data that is
// already partly ordered.
//
// Returns false with an exception set when a comparison fails; the sort stops at once and both
// arrays then hold a permutation of their original contents (no item lost or duplicated).
bool stable_sort(Value* items, Value* keys, int64_t n);

// Number of `<` comparisons the last stable_sort() on this thread made (for tests of the
// algorithm's complexity).
int64_t stable_sort_last_comparisons();

}  // namespace minipy::rt
