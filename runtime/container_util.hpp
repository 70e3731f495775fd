// container_util.hpp — small helpers shared by the container types (tuple, list, dict, set, range,
// iterators): item buffers, CPython-worded argument checks, and the rule for when a sequence's
// `+`/`*` slot should step aside for the other operand's reflected method.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <mimalloc.h>

#include "errors.hpp"
#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;

// Item buffers (list items, dict tables, set tables). mimalloc normally; the system allocator in
// sanitizer builds, so AddressSanitizer sees overflows of a buffer.
inline void* buf_alloc(size_t bytes) {
#ifdef MINIPY_SANITIZER
    return std::malloc(bytes ? bytes : 1);
#else
    return mi_malloc(bytes ? bytes : 1);
#endif
}
inline void* buf_calloc(size_t n, size_t size) {
#ifdef MINIPY_SANITIZER
    return std::calloc(n ? n : 1, size);
#else
    return mi_calloc(n ? n : 1, size);
#endif
}
inline void* buf_realloc(void* p, size_t bytes) {
#ifdef MINIPY_SANITIZER
    return std::realloc(p, bytes ? bytes : 1);
#else
    return mi_realloc(p, bytes ? bytes : 1);
#endif
}
inline void buf_free(void* p) {
#ifdef MINIPY_SANITIZER
    std::free(p);
#else
    mi_free(p);
#endif
}

// The largest number of items a container may hold (so byte sizes never overflow).
inline constexpr int64_t kMaxItems = INT64_MAX / 16;

// "list() takes no keyword arguments"; false with TypeError set when kwnames is non-empty.
bool args_no_keywords(const char* name, Tuple* kwnames);
// "list expected at most 1 argument, got 2" / "range expected at least 1 argument, got 0".
bool args_count(const char* name, size_t nargs, size_t min, size_t max);

// For `seq + other` / `seq * other`: true when `other` is an instance of a Python class that
// defines the reflected method `rname`, so the sequence slot returns NotImplemented and lets it
// run. Otherwise the sequence slot raises CPython's sequence error itself ("can only concatenate
// list (not "int") to list"), which CPython produces through its sq_concat fallback.
bool defer_to_reflected(Value other, Str* rname);

// An int-like index for seq[i]: true for ints and objects whose type has __index__.
bool has_index(Value v);

// The index value of `key` for sequence subscription, with CPython's IndexError for ints too
// large for 64 bits. Precondition: has_index(key).
bool seq_index_value(Value key, int64_t* out);

// A start/stop argument of list.index()-like methods and of slices: an int (clamped to the int64
// range, as CPython clamps to Py_ssize_t) or an object with __index__. With allow_none, None
// leaves *out unchanged. TypeError "slice indices must be integers or None or have an __index__
// method" otherwise.
bool slice_index_arg(Value v, int64_t* out, bool allow_none);

// Clamps [start, stop) given as Python-style indices (negative counts from the end) to
// [0, length], as list.index(x, start, stop) does.
void clamp_range(int64_t length, int64_t* start, int64_t* stop);

// Lexicographic comparison of two item arrays (tuple and list richcompare; tuple.cpp). The arrays
// must stay alive and unchanged during the call (lists pass a snapshot).
Value sequence_richcompare(const Value* a, int64_t na, const Value* b, int64_t nb, CompareOp op);

// The count of `seq * n`: an int (or __index__) converted to int64, OverflowError "cannot fit
// 'int' into an index-sized integer" beyond. Precondition: has_index(n).
bool sequence_repeat_count(Value n, int64_t* out);

}  // namespace minipy::rt
