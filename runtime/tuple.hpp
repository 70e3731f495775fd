// tuple.hpp — tuple: an immutable, fixed-size array of values stored inline.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Tuple : Object {
    int64_t size;
    int64_t hash_cache;      // -1 until computed (tuples of hashable items only)
    Value items[];
};

extern Type tuple_type;

inline bool is_tuple(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeTupleSubclass); }
inline bool is_exact_tuple(Value v) { return v.is_object() && v.as_object()->type == &tuple_type; }

Tuple* tuple_new(int64_t size);                   // items null; fill each with an owned value
Value tuple_empty();                              // the immortal ()
Value tuple_pack(std::initializer_list<Value> items);   // items borrowed
Value tuple_from_array(const Value* items, int64_t n);  // items borrowed
Value tuple_slice(Tuple* t, int64_t start, int64_t stop);   // clamped to [0, size]

// CPython's tuple hash of n values (xxHash-style); also used by range and slice hashes.
// -1 with an error set when an item is unhashable.
int64_t hash_combine_values(const Value* items, int64_t n);

}  // namespace minipy::rt
