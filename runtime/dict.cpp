// dict.cpp — dict, its views (dict_keys, dict_values, dict_items) and iterators.
//
// Design note
// ===========
// The layout is CPython's "compact dict" (Objects/dictobject.c, since 3.6):
//
//     index:   int32[index_size]   -1 empty, -2 dummy (deleted), else a position in `entries`
//     entries: {hash, key, value}[capacity], filled in insertion order
//
// A lookup hashes the key, probes the index table (i = hash & mask, then
// i = (5*i + 1 + perturb) & mask with perturb >>= 5 each step, so every bit of the hash
// eventually takes part), and compares the entry it finds: identity first, then for exact strs a
// byte comparison (interned strs are usually identical pointers already), then __eq__.
// Iteration walks `entries`, so order is insertion order; deletion empties the entry and leaves a
// dummy in the index so probe chains stay intact. An insert appends an entry; when `entries` is
// full, the table is rebuilt at the smallest power of two >= 3 * used (CPython 3.11's
// GROWTH_RATE), which also compacts away deleted entries. Capacity is 2/3 of index_size
// (USABLE_FRACTION), so the index is never more than 2/3 full.
//
// Python code (a key's __eq__ or __hash__) can run during a lookup and can change the dict. As
// CPython does, the probe notes the arrays and the entry's key before calling __eq__ and restarts
// when they changed. Under --no-gil the dict's ObjectLock is held for every read and write of the
// table, and released around __eq__ calls (std::optional<ObjectLock> is re-engaged after each).
// Values removed from the dict are released after the lock is dropped.
//
// `version` takes a fresh value from a global counter on every change, so a cache keyed by
// (dict, version) can never confuse two states (the VM's global-variable caches).
#include "dict.hpp"

#include <atomic>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "container_util.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "repr_guard.hpp"
#include "set.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "trashcan.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type dict_type;
Type dict_keys_type;
Type dict_values_type;
Type dict_items_type;
Type dict_keyiter_type;
Type dict_valueiter_type;
Type dict_itemiter_type;
Type dict_revkeyiter_type;
Type dict_revvalueiter_type;
Type dict_revitemiter_type;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int64_t kMinIndexSize = 8;
constexpr int kPerturbShift = 5;

std::atomic<uint64_t> g_dict_version{1};

inline void bump_version(Dict* d) { d->version = g_dict_version.fetch_add(1, std::memory_order_relaxed); }
inline int64_t usable_for(int64_t index_size) { return (index_size << 1) / 3; }

// The smallest power of two >= n, at least kMinIndexSize.
int64_t index_size_for(int64_t n) {
    int64_t size = kMinIndexSize;
    while (size < n) size <<= 1;
    return size;
}

using Lock = std::optional<ObjectLock>;

// The hash of a key; exact strs use their cached hash.
inline int64_t key_hash(Value key) {
    if (is_exact_str(key)) return str_hash(key.as<Str>());
    return hash(key);
}

// An index slot that is empty or dummy along `hash`'s probe sequence (for inserting).
int64_t find_free_slot(const int32_t* index, int64_t index_size, int64_t hash) {
    uint64_t mask = static_cast<uint64_t>(index_size - 1);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (index[i] >= 0) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<int64_t>(i);
}

// The index slot that holds entry position `ix` (which must be in the table).
int64_t find_slot_of(const Dict* d, int64_t hash, int64_t ix) {
    uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    while (d->index[i] != ix) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    return static_cast<int64_t>(i);
}

// Rebuilds the table with `new_index_size` slots, compacting the entries. Lock held.
bool resize_locked(Dict* d, int64_t new_index_size) {
    int64_t cap = usable_for(new_index_size);
    auto* index = static_cast<int32_t*>(buf_alloc(static_cast<size_t>(new_index_size) * sizeof(int32_t)));
    auto* entries = static_cast<DictEntry*>(buf_alloc(static_cast<size_t>(cap) * sizeof(DictEntry)));
    if (!index || !entries) {
        buf_free(index);
        buf_free(entries);
        return false;
    }
    std::memset(index, 0xff, static_cast<size_t>(new_index_size) * sizeof(int32_t));   // all kEmpty
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry& e = d->entries[i];
        if (e.key.is_null()) continue;
        entries[n] = e;
        index[find_free_slot(index, new_index_size, e.hash)] = static_cast<int32_t>(n);
        n++;
    }
    buf_free(d->index);
    buf_free(d->entries);
    d->index = index;
    d->entries = entries;
    d->index_size = new_index_size;
    d->capacity = cap;
    d->nentries = n;
    return true;
}

// Finds `key`: its entry position (and index slot in *slot), -1 when absent, -2 on error (the
// exception set). `lk` is engaged on entry and on return; it is released around __eq__ calls.
int64_t lookup(Dict* d, Value key, int64_t hash, Lock& lk, int64_t* slot = nullptr) {
    bool key_is_str = is_exact_str(key);
restart:
    if (d->index_size == 0) return -1;
    uint64_t mask = static_cast<uint64_t>(d->index_size - 1);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            DictEntry* e = &d->entries[ix];
            if (e->key == key || (e->hash == hash && key_is_str && is_exact_str(e->key) &&
                                  str_equal(e->key.as<Str>(), key.as<Str>()))) {
                if (slot) *slot = static_cast<int64_t>(i);
                return ix;
            }
            if (e->hash == hash && !(key_is_str && is_exact_str(e->key))) {
                Value startkey = e->key;
                DictEntry* entries = d->entries;
                int32_t* index = d->index;
                incref(startkey);
                lk.reset();
                int cmp = equal(startkey, key);
                decref(startkey);
                lk.emplace(d);
                if (cmp < 0) return -2;
                if (d->entries != entries || d->index != index || d->entries[ix].key != startkey) goto restart;
                if (cmp > 0) {
                    if (slot) *slot = static_cast<int64_t>(i);
                    return ix;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Appends a new entry (key absent). Lock held. References are taken here.
bool insert_new_locked(Dict* d, Value key, int64_t hash, Value value) {
    if (d->nentries >= d->capacity) {
        if (!resize_locked(d, index_size_for(d->used * 3))) return false;
    }
    int64_t slot = find_free_slot(d->index, d->index_size, hash);
    int64_t ix = d->nentries++;
    d->index[slot] = static_cast<int32_t>(ix);
    d->entries[ix] = DictEntry{hash, newref(key), newref(value)};
    d->used++;
    bump_version(d);
    return true;
}

enum class SetMode { Replace, KeepExisting };

// d[key] = value with a known hash. With KeepExisting an existing value stays (setdefault and
// merges without override); *existing then receives a new reference to it when not null.
int insert(Dict* d, Value key, int64_t hash, Value value, SetMode mode = SetMode::Replace,
           Value* existing = nullptr) {
    Value old;
    bool nomem = false;
    {
        Lock lk;
        lk.emplace(d);
        int64_t ix = lookup(d, key, hash, lk);
        if (ix == -2) return -1;
        if (ix >= 0) {
            if (mode == SetMode::Replace) {
                old = d->entries[ix].value;
                d->entries[ix].value = newref(value);
                bump_version(d);
            } else if (existing) {
                *existing = newref(d->entries[ix].value);
            }
        } else {
            if (!insert_new_locked(d, key, hash, value)) nomem = true;
            else if (existing) *existing = newref(value);
        }
    }
    decref(old);
    if (nomem) {
        raise_no_memory();
        return -1;
    }
    return 0;
}

// A new reference to d[key] with a known hash; null when absent (no error) or on error.
Value lookup_ref(Dict* d, Value key, int64_t hash) {
    Lock lk;
    lk.emplace(d);
    int64_t ix = lookup(d, key, hash, lk);
    if (ix < 0) return {};
    return newref(d->entries[ix].value);
}

// Removes `key` (known hash): 1 removed (*out_value gets the value's reference when not null,
// else it is released), 0 absent, -1 error.
int remove(Dict* d, Value key, int64_t hash, Value* out_value = nullptr) {
    Value old_key, old_value;
    {
        Lock lk;
        lk.emplace(d);
        int64_t slot;
        int64_t ix = lookup(d, key, hash, lk, &slot);
        if (ix == -2) return -1;
        if (ix == -1) return 0;
        DictEntry& e = d->entries[ix];
        old_key = e.key;
        old_value = e.value;
        e.key = Value{};
        e.value = Value{};
        d->index[slot] = kDummy;
        d->used--;
        bump_version(d);
    }
    decref(old_key);
    if (out_value) *out_value = old_value;
    else decref(old_value);
    return 1;
}

// The live entry at or after position *pos (forward), copied out with new references.
bool next_entry(Dict* d, int64_t* pos, Value* key, Value* value, int64_t* hash_out = nullptr) {
    ObjectLock lock(d);
    int64_t i = *pos;
    while (i < d->nentries && d->entries[i].key.is_null()) i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    *key = newref(d->entries[i].key);
    if (value) *value = newref(d->entries[i].value);
    if (hash_out) *hash_out = d->entries[i].hash;
    *pos = i + 1;
    return true;
}

struct Snapshot {
    OwnedValues keys, values;
    std::vector<int64_t> hashes;
};

// All entries, copied out with new references.
void snapshot_entries(Dict* d, Snapshot& s) {
    ObjectLock lock(d);
    s.keys.reserve(d->used);
    s.values.reserve(d->used);
    s.hashes.reserve(static_cast<size_t>(d->used));
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry& e = d->entries[i];
        if (e.key.is_null()) continue;
        s.keys.push_borrowed(e.key);
        s.values.push_borrowed(e.value);
        s.hashes.push_back(e.hash);
    }
}

Dict* alloc_dict(Type* type) {
    Dict* d = alloc<Dict>(type);
    if (!d) {
        raise_no_memory();
        return nullptr;
    }
    d->used = 0;
    d->nentries = 0;
    d->capacity = 0;
    d->index_size = 0;
    d->index = nullptr;
    d->entries = nullptr;
    bump_version(d);
    return d;
}

// Takes the table out of `d`, leaving it empty; returns the old arrays for release.
struct DetachedTable {
    int32_t* index = nullptr;
    DictEntry* entries = nullptr;
    int64_t nentries = 0;
    void release() {
        for (int64_t i = 0; i < nentries; i++) {
            decref(entries[i].key);
            decref(entries[i].value);
        }
        buf_free(index);
        buf_free(entries);
        index = nullptr;
        entries = nullptr;
        nentries = 0;
    }
};

DetachedTable detach_locked(Dict* d) {
    DetachedTable t{d->index, d->entries, d->nentries};
    d->index = nullptr;
    d->entries = nullptr;
    d->nentries = 0;
    d->used = 0;
    d->capacity = 0;
    d->index_size = 0;
    bump_version(d);
    return t;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// C++ API

Dict* dict_new() { return alloc_dict(&dict_type); }

Dict* dict_new_presized(int64_t n) {
    Dict* d = dict_new();
    if (!d || n <= 5) return d;
    if (!resize_locked(d, index_size_for((n * 3 + 1) / 2))) {
        decref(d);
        raise_no_memory();
        return nullptr;
    }
    return d;
}

Value dict_get_item(Dict* d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return {};
    Lock lk;
    lk.emplace(d);
    int64_t ix = lookup(d, key, h, lk);
    if (ix < 0) return {};
    return d->entries[ix].value;   // borrowed
}

Value dict_get_item_ref(Dict* d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return {};
    return lookup_ref(d, key, h);
}

Value dict_get_str(Dict* d, Str* key) { return dict_get_item(d, Value(key)); }

Value dict_get_cstr(Dict* d, const char* key) {
    Ref k{str_from_cstr(key)};
    if (!k) return {};
    return dict_get_item(d, k.get());
}

int dict_set_item(Dict* d, Value key, Value value) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return insert(d, key, h, value);
}

int dict_set_str(Dict* d, Str* key, Value value) { return dict_set_item(d, Value(key), value); }

int dict_set_cstr(Dict* d, const char* key, Value value) {
    Ref k{str_from_cstr(key)};
    if (!k) return -1;
    return dict_set_item(d, k.get(), value);
}

int dict_del_item(Dict* d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    int r = remove(d, key, h);
    if (r == 0) {
        raise_key_error(key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

int dict_pop_item(Dict* d, Value key, Value* out) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    return remove(d, key, h, out);
}

int dict_contains(Dict* d, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    Lock lk;
    lk.emplace(d);
    int64_t ix = lookup(d, key, h, lk);
    if (ix == -2) return -1;
    return ix >= 0;
}

void dict_clear(Dict* d) {
    DetachedTable t;
    {
        ObjectLock lock(d);
        if (d->used == 0 && d->nentries == 0 && !d->index) return;
        t = detach_locked(d);
    }
    t.release();
}

Value dict_copy(Dict* d) {
    Snapshot s;
    snapshot_entries(d, s);
    Dict* r = dict_new_presized(s.keys.size());
    if (!r) return {};
    ObjectLock lock(r);
    for (int64_t i = 0; i < s.keys.size(); i++) {
        if (!insert_new_locked(r, s.keys[i], s.hashes[static_cast<size_t>(i)], s.values[i])) {
            decref(r);
            return raise_no_memory();
        }
    }
    return Value(r);
}

int dict_merge(Dict* d, Dict* other, bool override) {
    if (d == other) return 0;
    Snapshot s;
    snapshot_entries(other, s);
    for (int64_t i = 0; i < s.keys.size(); i++) {
        if (insert(d, s.keys[i], s.hashes[static_cast<size_t>(i)], s.values[i],
                   override ? SetMode::Replace : SetMode::KeepExisting) < 0)
            return -1;
    }
    return 0;
}

static bool is_plain_dict_iter(Value v);

// Merges a mapping that is not a plain dict: for k in other.keys(): d[k] = other[k].
static int merge_mapping(Dict* d, Value other, Value keys_method, bool override) {
    Ref keys{call0(keys_method)};
    if (!keys) return -1;
    Ref it{get_iter(keys.get())};
    if (!it) return -1;
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? -1 : 0;
        if (!override) {
            int c = dict_contains(d, key.get());
            if (c < 0) return -1;
            if (c) continue;
        }
        Ref value{getitem(other, key.get())};
        if (!value) return -1;
        if (dict_set_item(d, key.get(), value.get()) < 0) return -1;
    }
}

// d.update(pairs): each item a 2-sequence.
static int merge_pairs(Dict* d, Value seq) {
    Ref it{get_iter(seq)};
    if (!it) return -1;
    for (int64_t i = 0;; i++) {
        Ref item{iter_next(it.get())};
        if (!item) return has_error() ? -1 : 0;
        OwnedValues kv;
        if (!collect_items(item.get(), kv)) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                raise(&exc::TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
            }
            return -1;
        }
        if (kv.size() != 2) {
            raise(&exc::ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i,
                  kv.size());
            return -1;
        }
        if (dict_set_item(d, kv[0], kv[1]) < 0) return -1;
    }
}

int dict_update(Dict* d, Value other) {
    if (is_dict(other) && is_plain_dict_iter(other)) return dict_merge(d, other.as<Dict>(), true);
    Ref keys{getattr_or_null(other, names::keys)};
    if (keys) return merge_mapping(d, other, keys.get(), true);
    if (has_error()) return -1;
    return merge_pairs(d, other);
}

Value dict_keys_list(Dict* d) {
    OwnedValues keys;
    {
        ObjectLock lock(d);
        keys.reserve(d->used);
        for (int64_t i = 0; i < d->nentries; i++)
            if (!d->entries[i].key.is_null()) keys.push_borrowed(d->entries[i].key);
    }
    return list_from_array(keys.data(), keys.size());
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
    ObjectLock lock(d);
    int64_t i = *pos;
    while (i < d->nentries && d->entries[i].key.is_null()) i++;
    if (i >= d->nentries) {
        *pos = i;
        return false;
    }
    *pos = i + 1;
    if (key) *key = d->entries[i].key;
    if (value) *value = d->entries[i].value;
    return true;
}

int64_t dict_size(Dict* d) {
    ObjectLock lock(d);
    return d->used;
}

// ---------------------------------------------------------------------------------------------
// Life cycle

static void dict_dealloc_body(Object* o) {
    Dict* d = static_cast<Dict*>(o);
    DetachedTable t{d->index, d->entries, d->nentries};
    d->index = nullptr;
    d->entries = nullptr;
    d->nentries = d->used = 0;
    t.release();
    free_object_memory(o);
}

static void dict_dealloc(Object* o) { trashcan_dealloc(o, dict_dealloc_body); }

static void dict_traverse(Object* o, VisitFn visit, void* arg) {
    Dict* d = static_cast<Dict*>(o);
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry& e = d->entries[i];
        if (e.key.is_null()) continue;
        if (e.key.is_object()) visit(e.key.as_object(), arg);
        if (e.value.is_object()) visit(e.value.as_object(), arg);
    }
}

static void dict_clear_slot(Object* o) { dict_clear(static_cast<Dict*>(o)); }

static Value dict_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Dict* d = alloc_dict(type);
    return d ? Value(d) : Value{};
}

// dict(arg): a plain dict merges; an object with keys() is a mapping; else pairs.
static int update_arg(Dict* d, Value arg) {
    if (is_exact_dict(arg)) return dict_merge(d, arg.as<Dict>(), true);
    return dict_update(d, arg);
}

// The keyword arguments of a vectorcall, stored into d.
static int update_kwargs(Dict* d, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!kwnames) return 0;
    for (int64_t i = 0; i < kwnames->size; i++)
        if (dict_set_item(d, kwnames->items[i], args[nargs + static_cast<size_t>(i)]) < 0) return -1;
    return 0;
}

static int dict_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_count("dict", nargs, 0, 1)) return -1;
    Dict* d = self.as<Dict>();
    if (nargs == 1 && update_arg(d, args[0]) < 0) return -1;
    return update_kwargs(d, args, nargs, kwnames);
}

// ---------------------------------------------------------------------------------------------
// Protocol slots

static Value dict_repr(Value self) {
    Dict* d = self.as<Dict>();
    if (dict_size(d) == 0) return str_from("{}");
    ReprScope scope(d);
    if (!scope.entered()) return str_from("{...}");
    std::string out = "{";
    int64_t pos = 0;
    bool first = true;
    Value k, v;
    while (next_entry(d, &pos, &k, &v)) {
        Ref key{k}, value{v};
        if (!first) out += ", ";
        first = false;
        Ref kr{repr(key.get())};
        if (!kr) return {};
        out += str_view(kr.get());
        out += ": ";
        Ref vr{repr(value.get())};
        if (!vr) return {};
        out += str_view(vr.get());
    }
    out += "}";
    return str_from(out);
}

static int64_t dict_length(Value self) { return dict_size(self.as<Dict>()); }

static int dict_contains_slot(Value self, Value key) { return dict_contains(self.as<Dict>(), key); }

static Value dict_subscript(Value self, Value key) {
    Dict* d = self.as<Dict>();
    int64_t h = key_hash(key);
    if (h == -1) return {};
    Value v = lookup_ref(d, key, h);
    if (v || has_error()) return v;
    if (!is_exact_dict(self)) {
        Value missing = type_lookup(type_of(self), names::__missing__);
        if (missing) {
            Type* mt = type_of(missing);
            if (mt->descr_get) {
                Ref bound{mt->descr_get(missing, self, Value(type_of(self)))};
                if (!bound) return {};
                return call1(bound.get(), key);
            }
            return call1(missing, key);
        }
    }
    return raise_key_error(key);
}

static int dict_ass_subscript(Value self, Value key, Value v) {
    Dict* d = self.as<Dict>();
    if (v) return dict_set_item(d, key, v);
    return dict_del_item(d, key);
}

static int dict_equal(Dict* a, Dict* b) {
    if (dict_size(a) != dict_size(b)) return 0;
    int64_t pos = 0, h;
    Value k, v;
    while (next_entry(a, &pos, &k, &v, &h)) {
        Ref key{k}, aval{v};
        Ref bval{lookup_ref(b, key.get(), h)};
        if (!bval) return has_error() ? -1 : 0;
        int c = equal(aval.get(), bval.get());
        if (c <= 0) return c;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, CompareOp op) {
    if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return newref(not_implemented());
    int c = dict_equal(a.as<Dict>(), b.as<Dict>());
    if (c < 0) return {};
    return bool_value((c == 1) == (op == CompareOp::Eq));
}

static Value dict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return newref(not_implemented());
    Ref r{dict_copy(a.as<Dict>())};
    if (!r) return {};
    if (update_arg(r.as<Dict>(), b) < 0) return {};
    return r.release();
}

static Value dict_ior(Value a, Value b) {
    if (update_arg(a.as<Dict>(), b) < 0) return {};
    return newref(a);
}

// ---------------------------------------------------------------------------------------------
// Iterators

namespace {

enum class IterKind : uint8_t { Keys, Values, Items };

struct DictIter : Object {
    Dict* dict;          // owned; null once exhausted
    int64_t used;        // d->used when created; -1 after a size-change error (sticky)
    int64_t pos;         // next entry position (reverse: the next one down)
    int64_t remaining;   // items left to produce
    IterKind kind;
    bool reverse;
};

struct DictView : Object {
    Dict* dict;          // owned
};

Type* iter_type_for(IterKind kind, bool reverse) {
    switch (kind) {
    case IterKind::Keys: return reverse ? &dict_revkeyiter_type : &dict_keyiter_type;
    case IterKind::Values: return reverse ? &dict_revvalueiter_type : &dict_valueiter_type;
    case IterKind::Items: return reverse ? &dict_revitemiter_type : &dict_itemiter_type;
    }
    return nullptr;
}

}  // namespace

static Value new_dict_iter(Dict* d, IterKind kind, bool reverse) {
    DictIter* it = alloc<DictIter>(iter_type_for(kind, reverse));
    if (!it) return raise_no_memory();
    incref(d);
    it->dict = d;
    it->kind = kind;
    it->reverse = reverse;
    ObjectLock lock(d);
    it->used = d->used;
    it->remaining = d->used;
    it->pos = reverse ? d->nentries - 1 : 0;
    return Value(it);
}

static bool is_plain_dict_iter(Value v) {
    return type_of(v)->iter == dict_type.iter;
}

static Value dict_iter_next(Value self) {
    DictIter* it = self.as<DictIter>();
    Dict* d = it->dict;
    if (!d) return {};
    Value key, value;
    const char* error = nullptr;
    {
        ObjectLock lock(d);
        if (it->used != d->used) {
            error = "dictionary changed size during iteration";
            it->used = -1;
        } else if (!it->reverse) {
            int64_t i = it->pos;
            while (i < d->nentries && d->entries[i].key.is_null()) i++;
            if (i < d->nentries) {
                if (it->remaining == 0) {
                    error = "dictionary keys changed during iteration";
                } else {
                    it->pos = i + 1;
                    it->remaining--;
                    key = newref(d->entries[i].key);
                    value = newref(d->entries[i].value);
                }
            }
        } else {
            int64_t i = it->pos;
            while (i >= 0 && i < d->nentries && d->entries[i].key.is_null()) i--;
            if (i >= 0 && i < d->nentries) {
                it->pos = i - 1;
                if (it->remaining > 0) it->remaining--;
                key = newref(d->entries[i].key);
                value = newref(d->entries[i].value);
            }
        }
    }
    if (!key) {
        it->dict = nullptr;
        it->remaining = 0;
        decref(d);
        if (error) raise(&exc::RuntimeError, "%s", error);
        return {};
    }
    switch (it->kind) {
    case IterKind::Keys: decref(value); return key;
    case IterKind::Values: decref(key); return value;
    case IterKind::Items: {
        Value t = tuple_pack({key, value});
        decref(key);
        decref(value);
        return t;
    }
    }
    return {};
}

static void dict_iter_dealloc_body(Object* o) {
    DictIter* it = static_cast<DictIter*>(o);
    if (it->dict) decref(it->dict);
    free_object_memory(o);
}
static void dict_iter_dealloc(Object* o) { trashcan_dealloc(o, dict_iter_dealloc_body); }

static void dict_iter_traverse(Object* o, VisitFn visit, void* arg) {
    DictIter* it = static_cast<DictIter*>(o);
    if (it->dict) visit(it->dict, arg);
}

static Value iter_self(Value self) { return newref(self); }

static Value dict_iter_length_hint(const Value* args) {
    DictIter* it = args[0].as<DictIter>();
    int64_t n = 0;
    if (it->dict) {
        ObjectLock lock(it->dict);
        if (it->used == it->dict->used) n = it->remaining;
    }
    return int_from_i64(n);
}

static const NativeDef dict_iter_methods[] = {
    {"__length_hint__(self, /)", dict_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

static Value dict_iter(Value self) { return new_dict_iter(self.as<Dict>(), IterKind::Keys, false); }

// ---------------------------------------------------------------------------------------------
// Views

static Value new_view(Type* type, Dict* d) {
    DictView* v = alloc<DictView>(type);
    if (!v) return raise_no_memory();
    incref(d);
    v->dict = d;
    return Value(v);
}

static inline Dict* view_dict(Value v) { return v.as<DictView>()->dict; }
static inline bool is_keys_view(Value v) { return type_of(v) == &dict_keys_type; }
static inline bool is_items_view(Value v) { return type_of(v) == &dict_items_type; }
static inline bool is_setlike_view(Value v) { return is_keys_view(v) || is_items_view(v); }

static void view_dealloc_body(Object* o) {
    decref(static_cast<DictView*>(o)->dict);
    free_object_memory(o);
}
static void view_dealloc(Object* o) { trashcan_dealloc(o, view_dealloc_body); }

static void view_traverse(Object* o, VisitFn visit, void* arg) { visit(static_cast<DictView*>(o)->dict, arg); }

static int64_t view_length(Value self) { return dict_size(view_dict(self)); }

static Value keys_iter(Value self) { return new_dict_iter(view_dict(self), IterKind::Keys, false); }
static Value values_iter(Value self) { return new_dict_iter(view_dict(self), IterKind::Values, false); }
static Value items_iter(Value self) { return new_dict_iter(view_dict(self), IterKind::Items, false); }

static Value keys_reversed(const Value* args) { return new_dict_iter(view_dict(args[0]), IterKind::Keys, true); }
static Value values_reversed(const Value* args) { return new_dict_iter(view_dict(args[0]), IterKind::Values, true); }
static Value items_reversed(const Value* args) { return new_dict_iter(view_dict(args[0]), IterKind::Items, true); }

static int keys_contains(Value self, Value key) { return dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item) {
    if (!is_tuple(item) || item.as<Tuple>()->size != 2) return 0;
    Tuple* t = item.as<Tuple>();
    Dict* d = view_dict(self);
    int64_t h = key_hash(t->items[0]);
    if (h == -1) return -1;
    Ref found{lookup_ref(d, t->items[0], h)};
    if (!found) return has_error() ? -1 : 0;
    return equal(found.get(), t->items[1]);
}

static int values_contains(Value self, Value x) {
    Dict* d = view_dict(self);
    int64_t pos = 0;
    Value k, v;
    while (next_entry(d, &pos, &k, &v)) {
        decref(k);
        Ref value{v};
        int c = equal(value.get(), x);
        if (c != 0) return c;
    }
    return 0;
}

static Value view_repr(Value self) {
    ReprScope scope(self.as_object());
    if (!scope.entered()) return str_from("...");
    Ref list{sequence_to_list(self)};
    if (!list) return {};
    Ref r{repr(list.get())};
    if (!r) return {};
    std::string out = type_of(self)->tp_name;
    out += "(";
    out += str_view(r.get());
    out += ")";
    return str_from(out);
}

// Every item of `a` is in `b`: 1/0, -1 error.
static int all_contained_in(Value a, Value b) {
    Ref it{get_iter(a)};
    if (!it) return -1;
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return has_error() ? -1 : 1;
        int c = contains(b, item.get());
        if (c <= 0) return c;
    }
}

static Value view_richcompare(Value a, Value b, CompareOp op) {
    if (!is_setlike_view(a) || !(is_anyset(b) || is_setlike_view(b))) return newref(not_implemented());
    int64_t la = length(a);
    if (la < 0) return {};
    int64_t lb = length(b);
    if (lb < 0) return {};
    int ok = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: ok = la == lb ? all_contained_in(a, b) : 0; break;
    case CompareOp::Lt: ok = la < lb ? all_contained_in(a, b) : 0; break;
    case CompareOp::Le: ok = la <= lb ? all_contained_in(a, b) : 0; break;
    case CompareOp::Gt: ok = la > lb ? all_contained_in(b, a) : 0; break;
    case CompareOp::Ge: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return {};
    if (op == CompareOp::Ne) ok = !ok;
    return bool_value(ok != 0);
}

// set(view); a keys view of a plain dict builds the set from the dict directly.
static Value view_to_set(Value v) {
    if (is_keys_view(v) && is_exact_dict(Value(view_dict(v)))) return set_new(Value(view_dict(v)));
    return set_new(v);
}

static Value view_sub(Value a, Value b) {
    Ref r{view_to_set(a)};
    if (!r) return {};
    if (set_difference_update(r.get(), b) < 0) return {};
    return r.release();
}

static Value view_or(Value a, Value b) {
    Ref r{view_to_set(a)};
    if (!r) return {};
    if (set_update(r.get(), b) < 0) return {};
    return r.release();
}

static Value view_and(Value a, Value b) {
    Value self = a, other = b;
    if (!is_setlike_view(self)) std::swap(self, other);
    int64_t len_self = view_length(self);
    if (is_exact_set(other)) {
        int64_t len_other = length(other);
        if (len_other < 0) return {};
        if (len_self <= len_other) return call_method1(other, "intersection", self);
    }
    if (is_setlike_view(other) && view_length(other) > len_self) std::swap(self, other);
    Ref result{set_new(Value{})};
    if (!result) return {};
    Ref it{get_iter(other)};
    if (!it) return {};
    bool keys = is_keys_view(self);
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) {
            if (has_error()) return {};
            break;
        }
        int c = keys ? keys_contains(self, item.get()) : items_contains(self, item.get());
        if (c < 0) return {};
        if (c && set_add(result.get(), item.get()) < 0) return {};
    }
    return result.release();
}

// d1.items() ^ d2.items(), as CPython's dictitems_xor: pairs whose key is in one dict only, or
// whose values differ.
static Value items_xor(Value a, Value b) {
    Ref temp{dict_copy(view_dict(a))};
    if (!temp) return {};
    Ref result{set_new(Value{})};
    if (!result) return {};
    Dict* d2 = view_dict(b);
    int64_t pos = 0, h;
    Value k, v;
    while (next_entry(d2, &pos, &k, &v, &h)) {
        Ref key{k}, val2{v};
        Ref val1{lookup_ref(temp.as<Dict>(), key.get(), h)};
        int to_delete = 0;
        if (!val1) {
            if (has_error()) return {};
        } else {
            to_delete = equal(val1.get(), val2.get());
            if (to_delete < 0) return {};
        }
        if (to_delete) {
            if (remove(temp.as<Dict>(), key.get(), h) < 0) return {};
        } else {
            Ref pair{tuple_pack({key.get(), val2.get()})};
            if (!pair || set_add(result.get(), pair.get()) < 0) return {};
        }
    }
    Ref rest{new_view(&dict_items_type, temp.as<Dict>())};
    if (!rest || set_update(result.get(), rest.get()) < 0) return {};
    return result.release();
}

static Value view_xor(Value a, Value b) {
    if (is_items_view(a) && is_items_view(b)) return items_xor(a, b);
    Ref r{view_to_set(a)};
    if (!r) return {};
    if (set_symmetric_difference_update(r.get(), b) < 0) return {};
    return r.release();
}

static Value view_isdisjoint(const Value* args) {
    Value self = args[0], other = args[1];
    if (self == other) return bool_value(view_length(self) == 0);
    if (is_anyset(other) || is_setlike_view(other)) {
        int64_t len_other = length(other);
        if (len_other < 0) return {};
        if (len_other > view_length(self)) std::swap(self, other);
    }
    Ref it{get_iter(other)};
    if (!it) return {};
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return has_error() ? Value{} : true_value();
        int c = contains(self, item.get());
        if (c < 0) return {};
        if (c) return false_value();
    }
}

static const NativeDef keys_methods[] = {
    {"isdisjoint(self, other, /)", view_isdisjoint, nullptr, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__(self, /)", keys_reversed, nullptr, 0, "Return a reverse iterator over the dict keys."},
    {nullptr},
};
static const NativeDef items_methods[] = {
    {"isdisjoint(self, other, /)", view_isdisjoint, nullptr, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__(self, /)", items_reversed, nullptr, 0, "Return a reverse iterator over the dict items."},
    {nullptr},
};
static const NativeDef values_methods[] = {
    {"__reversed__(self, /)", values_reversed, nullptr, 0, "Return a reverse iterator over the dict values."},
    {nullptr},
};

Value dict_keys_view(Dict* d) { return new_view(&dict_keys_type, d); }
Value dict_values_view(Dict* d) { return new_view(&dict_values_type, d); }
Value dict_items_view(Dict* d) { return new_view(&dict_items_type, d); }

// ---------------------------------------------------------------------------------------------
// Methods

static Value dict_get_meth(const Value* args) {
    Dict* d = args[0].as<Dict>();
    int64_t h = key_hash(args[1]);
    if (h == -1) return {};
    Value v = lookup_ref(d, args[1], h);
    if (v || has_error()) return v;
    return newref(args[2]);
}

static Value dict_setdefault_meth(const Value* args) {
    Dict* d = args[0].as<Dict>();
    int64_t h = key_hash(args[1]);
    if (h == -1) return {};
    Value result;
    if (insert(d, args[1], h, args[2], SetMode::KeepExisting, &result) < 0) return {};
    return result;
}

static Value dict_pop_meth(const Value* args) {
    Dict* d = args[0].as<Dict>();
    if (dict_size(d) == 0) {   // as CPython: no hashing when empty ({}.pop([]) is a KeyError)
        if (args[2]) return newref(args[2]);
        return raise_key_error(args[1]);
    }
    int64_t h = key_hash(args[1]);
    if (h == -1) return {};
    Value out;
    int r = remove(d, args[1], h, &out);
    if (r < 0) return {};
    if (r == 1) return out;
    if (args[2]) return newref(args[2]);
    return raise_key_error(args[1]);
}

static Value dict_popitem_meth(const Value* args) {
    Dict* d = args[0].as<Dict>();
    Value key, value;
    {
        ObjectLock lock(d);
        int64_t i = d->nentries - 1;
        while (i >= 0 && d->entries[i].key.is_null()) i--;
        if (i >= 0) {
            DictEntry& e = d->entries[i];
            int64_t slot = find_slot_of(d, e.hash, i);
            d->index[slot] = kDummy;
            key = e.key;
            value = e.value;
            e.key = Value{};
            e.value = Value{};
            d->used--;
            d->nentries = i;   // the next insert reuses this position, as in CPython
            bump_version(d);
        }
    }
    if (!key) return raise(&exc::KeyError, "popitem(): dictionary is empty");
    Value t = tuple_pack({key, value});
    decref(key);
    decref(value);
    return t;
}

static Value dict_keys_meth(const Value* args) { return dict_keys_view(args[0].as<Dict>()); }
static Value dict_values_meth(const Value* args) { return dict_values_view(args[0].as<Dict>()); }
static Value dict_items_meth(const Value* args) { return dict_items_view(args[0].as<Dict>()); }

// d.update([other], **kwargs), raw so its argument errors read as CPython's.
static Value dict_update_raw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_count("update", nargs, 0, 1)) return {};
    Dict* d = self.as<Dict>();
    if (nargs == 1 && update_arg(d, args[0]) < 0) return {};
    if (update_kwargs(d, args, nargs, kwnames) < 0) return {};
    return none();
}

static Value dict_clear_meth(const Value* args) {
    dict_clear(args[0].as<Dict>());
    return none();
}

static Value dict_copy_meth(const Value* args) { return dict_copy(args[0].as<Dict>()); }

static Value dict_reversed_meth(const Value* args) { return new_dict_iter(args[0].as<Dict>(), IterKind::Keys, true); }

static Value dict_fromkeys_meth(const Value* args) {
    Value cls = args[0], iterable = args[1], value = args[2];
    Ref d{call0(cls)};
    if (!d) return {};
    bool exact = is_exact_dict(d.get());
    Ref it{get_iter(iterable)};
    if (!it) return {};
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? Value{} : d.release();
        int r = exact ? dict_set_item(d.as<Dict>(), key.get(), value) : setitem(d.get(), key.get(), value);
        if (r < 0) return {};
    }
}

static Value dict_getitem_meth(const Value* args) { return dict_subscript(args[0], args[1]); }
static Value dict_contains_meth(const Value* args) {
    int r = dict_contains_slot(args[0], args[1]);
    return r < 0 ? Value{} : newref(bool_value(r));
}

static const NativeDef dict_methods[] = {
    {"__getitem__(self, key, /)", dict_getitem_meth, nullptr, kNativeSlotMethod, "Return self[key]."},
    {"__contains__(self, key, /)", dict_contains_meth, nullptr, kNativeSlotMethod,
     "True if the dictionary has the specified key, else False."},
    {"get(self, key, default=None, /)", dict_get_meth, nullptr, 0,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault(self, key, default=None, /)", dict_setdefault_meth, nullptr, 0,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop(self, key, default=?, /)", dict_pop_meth, nullptr, 0,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem(self, /)", dict_popitem_meth, nullptr, 0,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys(self, /)", dict_keys_meth, nullptr, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values(self, /)", dict_values_meth, nullptr, 0, "D.values() -> an object providing a view on D's values"},
    {"items(self, /)", dict_items_meth, nullptr, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"update(self, other=?, /, **kwargs)", nullptr, dict_update_raw, 0,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys(cls, iterable, value=None, /)", dict_fromkeys_meth, nullptr, kNativeClassMethod,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear(self, /)", dict_clear_meth, nullptr, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy(self, /)", dict_copy_meth, nullptr, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__(self, /)", dict_reversed_meth, nullptr, 0, "Return a reverse iterator over the dict keys."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

static void init_iter_type(Type* t, const char* name) {
    init_static_type(t, name, &object_type, sizeof(DictIter), kTypeHasGC);
    t->dealloc = dict_iter_dealloc;
    t->traverse = dict_iter_traverse;
    t->iter = iter_self;
    t->iternext = dict_iter_next;
    add_methods(t, dict_iter_methods);
    finalize_type(t);
}

static void init_view_type(Type* t, const char* name, UnaryFn iter, ContainsFn contains_fn, const NativeDef* methods,
                           bool setlike) {
    init_static_type(t, name, &object_type, sizeof(DictView), kTypeHasGC);
    t->dealloc = view_dealloc;
    t->traverse = view_traverse;
    t->repr = view_repr;
    t->iter = iter;
    t->sq_length = view_length;
    t->sq_contains = contains_fn;
    if (setlike) {
        t->richcompare = view_richcompare;
        t->nb_subtract = view_sub;
        t->nb_and = view_and;
        t->nb_or = view_or;
        t->nb_xor = view_xor;
    }
    add_methods(t, methods);
    finalize_type(t);
}

void init_dict_type() {
    init_static_type(&dict_type, "dict", &object_type, sizeof(Dict), kTypeBaseType | kTypeHasGC | kTypeDictSubclass);
    dict_type.doc = "dict() -> new empty dictionary\n"
                    "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
                    "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
                    "        d[k] = v\n"
                    "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                    "    in the keyword argument list.  For example:  dict(one=1, two=2)";
    dict_type.tp_new = dict_tp_new;
    dict_type.tp_init = dict_tp_init;
    dict_type.dealloc = dict_dealloc;
    dict_type.traverse = dict_traverse;
    dict_type.clear = dict_clear_slot;
    dict_type.repr = dict_repr;
    dict_type.richcompare = dict_richcompare;
    dict_type.iter = dict_iter;
    dict_type.sq_length = dict_length;
    dict_type.mp_subscript = dict_subscript;
    dict_type.mp_ass_subscript = dict_ass_subscript;
    dict_type.sq_contains = dict_contains_slot;
    dict_type.nb_or = dict_or;
    dict_type.nb_inplace_or = dict_ior;
    add_methods(&dict_type, dict_methods);
    finalize_type(&dict_type);

    init_iter_type(&dict_keyiter_type, "dict_keyiterator");
    init_iter_type(&dict_valueiter_type, "dict_valueiterator");
    init_iter_type(&dict_itemiter_type, "dict_itemiterator");
    init_iter_type(&dict_revkeyiter_type, "dict_reversekeyiterator");
    init_iter_type(&dict_revvalueiter_type, "dict_reversevalueiterator");
    init_iter_type(&dict_revitemiter_type, "dict_reverseitemiterator");

    init_view_type(&dict_keys_type, "dict_keys", keys_iter, keys_contains, keys_methods, true);
    init_view_type(&dict_values_type, "dict_values", values_iter, values_contains, values_methods, false);
    init_view_type(&dict_items_type, "dict_items", items_iter, items_contains, items_methods, true);
}

}  // namespace minipy::rt
