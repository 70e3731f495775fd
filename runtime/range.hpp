// range.hpp — range, slice, and their iterators.
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

// A range whose start/stop/step fit in int64 (ranges of big ints are a separate slow form).
struct Range : Object {
    Value start, stop, step;     // ints, owned
    Value length;                // int, owned
};

// The iterator over an int64 range; the eval loop's FOR_ITER fast path reads it directly.
struct RangeIter : Object {
    int64_t next;
    int64_t step;
    int64_t remaining;
};

struct Slice : Object {
    Value start, stop, step;     // owned; None when omitted
};

extern Type range_type;
extern Type range_iter_type;
extern Type slice_type;

Value range_new(int64_t start, int64_t stop, int64_t step);
Value slice_new(Value start, Value stop, Value step);   // borrowed; null means None
// slice.indices(): clamps to a sequence of `length` items. Returns false with an error set.
bool slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelength);
// The two halves of slice_indices, as CPython's PySlice_Unpack / PySlice_AdjustIndices: unpack
// converts the fields (may call __index__; None gives the defaults, values clamp to int64), adjust
// clamps them to a length without calling Python code and returns the slice length.
bool slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step);
int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step);

}  // namespace minipy::rt
