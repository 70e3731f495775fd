// set.hpp — set and frozenset.
//
// The table follows CPython's setobject.c algorithm (linear probes then perturbation, the same
// table sizes and growth), so sets of ints iterate in the same order as in CPython and printed
// sets match its output.
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct SetEntry {
    Value key;               // null: empty; the dummy object: deleted
    int64_t hash;
};

inline constexpr int64_t kSetMinSize = 8;   // CPython's PySet_MINSIZE

struct Set : Object {
    int64_t fill;            // active + dummy entries
    int64_t used;            // active entries
    int64_t mask;            // table size - 1
    SetEntry* table;         // `smalltable` or a separate buffer
    int64_t finger;          // pop() search position
    int64_t hash_cache;      // frozenset only; -1 until computed
    SetEntry smalltable[kSetMinSize];   // the table of small sets (no second allocation)
};

extern Type set_type;
extern Type frozenset_type;

inline bool is_set(Value v) { return v.is_object() && (v.as_object()->type == &set_type || is_subtype(v.as_object()->type, &set_type)); }
inline bool is_frozenset(Value v) { return v.is_object() && (v.as_object()->type == &frozenset_type || is_subtype(v.as_object()->type, &frozenset_type)); }
inline bool is_anyset(Value v) { return is_set(v) || is_frozenset(v); }
inline bool is_exact_set(Value v) { return v.is_object() && v.as_object()->type == &set_type; }
inline bool is_exact_frozenset(Value v) { return v.is_object() && v.as_object()->type == &frozenset_type; }

Value set_new(Value iterable);                    // iterable may be null
Value frozenset_new(Value iterable);
// The constant a compiler stores for a set display of more than two constants ({8, 16, 24, 0, 32}),
// to be emitted as BUILD_SET 0; LOAD_CONST <it>; SET_UPDATE 1 as CPython does. CPython builds the
// frozenset from the items, then rebuilds it from its own iteration order when it merges equal
// constants (merge_consts_recursive in Python/compile.c); both steps show in the printed order.
// `items` is a tuple of the constants in source order.
Value frozenset_constant(Value items);
int set_add(Value set, Value key);                // -1 error
int set_discard(Value set, Value key);            // 1 removed, 0 absent, -1 error
int set_contains(Value set, Value key);
bool set_next(Value set, int64_t* pos, Value* key);   // borrowed key; false at the end
int64_t set_size(Value set);                      // len(set)
Value set_pop(Value set);                         // KeyError "pop from an empty set"
void set_clear(Value set);
// In-place forms of |=, -=, ^= for a set and any iterable (set.update() etc. with one argument).
int set_update(Value set, Value iterable);
int set_difference_update(Value set, Value iterable);
int set_symmetric_difference_update(Value set, Value iterable);

}  // namespace minipy::rt
