// memoryview.hpp — memoryview over the bytes of a bytes or bytearray object (format 'B', one
// dimension), as CPython's for those exporters.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct MemoryView : Object {
    Value obj;           // the exporter (bytes or bytearray), owned; null once released
    int64_t start;       // offset of item 0 in the exporter's bytes
    int64_t length;      // number of items
    int64_t step;        // distance between items (slices with a step)
    int64_t hash_cache;  // -1 until computed
    bool readonly;
};

extern Type memoryview_type;

inline bool is_memoryview(Value v) { return v.is_object() && v.as_object()->type == &memoryview_type; }

// The viewed bytes: a view of the exporter's storage when the items are contiguous, else a copy
// gathered into *copy. false with an error set for a released view. Like bytes_like_view(), a
// view of a bytearray is valid until that bytearray changes.
bool memoryview_bytes(Value mv, std::string_view* out, std::string* copy);

void init_memoryview_type();

}  // namespace minipy::rt
