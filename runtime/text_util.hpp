// text_util.hpp — small helpers shared by str.cpp, bytes.cpp, codecs.cpp and str_format.cpp
// (internal to the text types; other parts of the runtime use str.hpp and bytes.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"

namespace minipy::rt::text {

// A start/end argument of find(), count(), startswith()...: None (or absent, the null Value)
// keeps *out; anything with __index__ is converted (clamped to int64); otherwise TypeError
// "slice indices must be integers or None or have an __index__ method".
bool slice_index_arg(Value v, int64_t* out);

// CPython's ADJUST_INDICES: negative indexes count from the end, then both are clamped to
// [0, len]. (start may end up greater than end: the caller treats that as "nothing".)
inline void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
    if (end > len) end = len;
    else if (end < 0) { end += len; if (end < 0) end = 0; }
    if (start < 0) { start += len; if (start < 0) start = 0; }
}

// Parses the optional (start, end) arguments and adjusts them for a sequence of `len` items.
inline bool start_end_args(Value start_v, Value end_v, int64_t len, int64_t* start, int64_t* end) {
    *start = 0;
    *end = INT64_MAX;
    if (!slice_index_arg(start_v, start) || !slice_index_arg(end_v, end)) return false;
    adjust_indices(*start, *end, len);
    return true;
}

// An integer argument (width, count, tabsize, ...) through __index__; OverflowError
// "Python int too large to convert to C ssize_t" when it does not fit.
bool int_arg(Value v, int64_t* out);

// The number of times `needle` occurs in `hay` without overlapping (needle not empty), at most
// `max_count` (-1: no limit).
int64_t count_occurrences(std::string_view hay, std::string_view needle, int64_t max_count = -1);

// Appends c as \xNN (lowercase hex), as repr() writes it.
inline void append_hex_escape(std::string& out, unsigned c, char kind = 'x') {
    static const char digits[] = "0123456789abcdef";
    int n = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    out += '\\';
    out += kind;
    for (int i = n - 1; i >= 0; i--) out += digits[(c >> (4 * i)) & 0xf];
}

}  // namespace minipy::rt::text

namespace minipy::rt {
// ASCII-only case conversion of n bytes (str's ASCII fast path and the bytes methods).
// op: 0 upper, 1 lower, 2 casefold, 3 swapcase, 4 capitalize, 5 title.
void ascii_case_convert(const char* in, char* out, int64_t n, int op);
}  // namespace minipy::rt
