// list.hpp — list: a growable array of values.
//
// In --no-gil mode every mutation and every read that spans more than one slot holds the list's
// ObjectLock (object.hpp); single-item reads are plain loads of the items pointer and the item.
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct List : Object {
    int64_t size;
    int64_t capacity;
    Value* items;            // mimalloc memory, owned
};

extern Type list_type;

inline bool is_list(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeListSubclass); }
inline bool is_exact_list(Value v) { return v.is_object() && v.as_object()->type == &list_type; }

Value list_new(int64_t size = 0);                 // size null items (fill with owned values)
Value list_from_array(const Value* items, int64_t n);   // items borrowed
bool list_append(Value list, Value item);         // item borrowed; false on memory error
bool list_extend(Value list, Value iterable);
Value list_as_tuple(Value list);
// Stable sort in place with an optional key function (null or None: none) and reverse flag
// (list.sort(); the sorted() builtin is list(iterable) followed by this).
bool list_sort(Value list, Value key, bool reverse);

Value list_get_item(Value list, int64_t i);       // l[i] (negative counts from the end); IndexError
bool list_insert(Value list, int64_t where, Value item);   // l.insert(where, item)
bool list_set_slice(Value list, int64_t lo, int64_t hi, Value v);   // l[lo:hi] = v (v null: del)
void list_reverse(Value list);
void list_clear(Value list);

}  // namespace minipy::rt
