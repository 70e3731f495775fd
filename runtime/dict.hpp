// dict.hpp — dict: an insertion-ordered hash table.
//
// Layout as CPython's compact dict: a dense array of entries {hash, key, value} in insertion order
// and a sparse index table of int32 slots (open addressing, CPython's perturbed probing). Iteration
// walks the entry array, so order is insertion order and deleted entries are skipped. Lookups by
// interned str compare pointers before calling __eq__.
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;

struct DictEntry {
    int64_t hash;
    Value key;               // null: deleted entry
    Value value;
};

struct Dict : Object {
    int64_t used;            // live entries
    int64_t nentries;        // entries used in `entries` (live + deleted)
    int64_t capacity;        // size of `entries`
    int64_t index_size;      // power of two
    int32_t* index;          // slots: -1 empty, -2 dummy, else an entries position
    DictEntry* entries;
    uint64_t version;        // bumped on every change (global-variable caches)
};

extern Type dict_type;

inline bool is_dict(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeDictSubclass); }
inline bool is_exact_dict(Value v) { return v.is_object() && v.as_object()->type == &dict_type; }

Dict* dict_new();
Dict* dict_new_presized(int64_t n);               // room for n items without resizing
// Lookups return a BORROWED value or null. *_item functions set KeyError-free semantics: null with
// no error means "absent"; null with an error set means the key's __hash__/__eq__ failed.
Value dict_get_item(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);            // fast path for str keys (no user __eq__)
Value dict_get_cstr(Dict* d, const char* key);
// Like dict_get_item, but a NEW reference (safe when other threads may change the dict).
Value dict_get_item_ref(Dict* d, Value key);
int dict_set_item(Dict* d, Value key, Value value);   // both borrowed; -1 error
int dict_set_str(Dict* d, Str* key, Value value);
int dict_set_cstr(Dict* d, const char* key, Value value);
int dict_del_item(Dict* d, Value key);            // KeyError when absent
int dict_pop_item(Dict* d, Value key, Value* out);    // 1 found (*out new ref), 0 absent, -1 error
int dict_contains(Dict* d, Value key);
void dict_clear(Dict* d);
Value dict_copy(Dict* d);
int dict_update(Dict* d, Value other);            // dict.update(other) for a mapping or pairs
int dict_merge(Dict* d, Dict* other, bool override);
Value dict_keys_list(Dict* d);
// Iteration by position: returns false at the end. pos starts at 0. Key/value are borrowed
// (either may be null when not wanted).
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
int64_t dict_size(Dict* d);                       // len(d)

// Views (d.keys(), d.values(), d.items()) and their types.
Value dict_keys_view(Dict* d);
Value dict_values_view(Dict* d);
Value dict_items_view(Dict* d);
extern Type dict_keys_type;
extern Type dict_values_type;
extern Type dict_items_type;

}  // namespace minipy::rt
