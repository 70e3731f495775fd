// set.cpp — set, frozenset and their iterator.
//
// Design note
// ===========
// The hash table follows CPython's Objects/setobject.c step for step, because the iteration order
// of a set is visible (print({5, 3, 1, 100, 2}) shows it) and people compare it with CPython:
//
//   * Entries {key, hash} live directly in the table (no separate index as in dict). An empty slot
//     has key null and hash 0; a deleted one has the dummy key and hash -1.
//   * Probing: start at hash & mask; look at that slot and, when they fit before the end of the
//     table, the next LINEAR_PROBES = 9 slots (cache friendly); then jump with
//     perturb >>= 5; i = (i * 5 + 1 + perturb) & mask, and look at 10 slots again.
//   * Adding remembers a dummy slot met on the way (the last one, as CPython 3.11 does) and reuses
//     it when the key is absent; only a never-used slot increases `fill`. When fill * 5 >= mask * 3
//     the table is rebuilt with the smallest power of two > used * 4 (used * 2 past 50000 items)
//     slots, at least 8; rebuilding drops the dummies and re-inserts in table order.
//   * Copying a set into an empty one of the same size copies the table slot for slot; merging into
//     an empty set re-inserts in table order without comparisons.
//   * pop() scans from a rotating `finger`; removals leave dummies that only a resize clears.
// Same sizes, same probe sequence, same insertion order of the operations below (union,
// intersection, difference, symmetric difference follow CPython's choice of which operand to
// iterate), and int hashes equal to CPython's, give the same order for sets of ints.
// tests/unit/runtime/set_test.cpp checks it against tables produced by python3.
//
// Small sets use the table embedded in the object (`smalltable`), so a set of up to 4 items costs
// one allocation.
//
// Thread safety: the set's ObjectLock guards every table access. A key's __eq__ runs with the lock
// released; the probe then checks that the table and the entry are unchanged and restarts if not
// (as CPython does). Operations on two sets first copy the other set's table out under its lock.
#include "set.hpp"

#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "container_util.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "repr_guard.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "trashcan.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type set_type;
Type frozenset_type;
Type set_iter_type;

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

Object g_dummy_object;   // the key of deleted entries; immortal, never visible to Python
inline Value dummy() { return Value(&g_dummy_object); }

using Lock = std::optional<ObjectLock>;

inline Set* as_set(Value v) { return v.as<Set>(); }
inline bool is_active(const SetEntry& e) { return !e.key.is_null() && e.key != dummy(); }

inline int64_t key_hash(Value key) {
    if (is_exact_str(key)) return str_hash(key.as<Str>());
    return hash(key);
}

void init_empty_table(Set* s) {
    std::memset(static_cast<void*>(s->smalltable), 0, sizeof(s->smalltable));
    s->table = s->smalltable;
    s->mask = kSetMinSize - 1;
    s->fill = 0;
    s->used = 0;
}

// Inserts a key known to be absent into a table without dummies (resize and copies).
void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (e->key.is_null()) {
            e->key = key;
            e->hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (int j = 0; j < kLinearProbes; j++) {
                e++;
                if (e->key.is_null()) {
                    e->key = key;
                    e->hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuilds the table with the smallest power of two > minused slots (at least 8). Lock held.
bool table_resize(Set* s, int64_t minused) {
    uint64_t newsize = kSetMinSize;
    while (newsize <= static_cast<uint64_t>(minused)) newsize <<= 1;
    SetEntry* oldtable = s->table;
    uint64_t oldmask = static_cast<uint64_t>(s->mask);
    bool old_malloced = oldtable != s->smalltable;
    SetEntry small_copy[kSetMinSize];
    SetEntry* newtable;
    if (newsize == kSetMinSize) {
        newtable = s->smalltable;
        if (newtable == oldtable) {
            if (s->fill == s->used) return true;   // no dummies: nothing to do
            std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = static_cast<SetEntry*>(buf_alloc(newsize * sizeof(SetEntry)));
        if (!newtable) return false;
    }
    std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
    s->mask = static_cast<int64_t>(newsize - 1);
    s->table = newtable;
    s->fill = s->used;
    for (uint64_t i = 0; i <= oldmask; i++)
        if (is_active(oldtable[i])) insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    if (old_malloced) buf_free(oldtable);
    return true;
}

// Looks `key` up: its slot, -1 when absent, -2 on error. `lk` engaged on entry and return.
int64_t lookkey(Set* s, Value key, int64_t hash, Lock& lk) {
    bool key_is_str = is_exact_str(key);
restart:
    uint64_t mask = static_cast<uint64_t>(s->mask);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    for (;;) {
        uint64_t j = i;
        int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            SetEntry* e = &s->table[j];
            if (e->hash == 0 && e->key.is_null()) return -1;
            if (e->hash == hash) {
                Value startkey = e->key;
                if (startkey == key) return static_cast<int64_t>(j);
                if (key_is_str && is_exact_str(startkey)) {
                    if (str_equal(startkey.as<Str>(), key.as<Str>())) return static_cast<int64_t>(j);
                } else {
                    SetEntry* table = s->table;
                    incref(startkey);
                    lk.reset();
                    int cmp = equal(startkey, key);
                    decref(startkey);
                    lk.emplace(s);
                    if (cmp < 0) return -2;
                    if (table != s->table || s->table[j].key != startkey) goto restart;
                    if (cmp > 0) return static_cast<int64_t>(j);
                    mask = static_cast<uint64_t>(s->mask);
                }
            }
            j++;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Adds key (borrowed) with a known hash: 0 ok, -1 error. `lk` engaged on entry and return.
int add_entry(Set* s, Value key, int64_t hash, Lock& lk) {
    bool key_is_str = is_exact_str(key);
restart:
    uint64_t mask = static_cast<uint64_t>(s->mask);
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    int64_t freeslot = -1;
    int64_t found;
    for (;;) {
        uint64_t j = i;
        int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            SetEntry* e = &s->table[j];
            if (e->hash == 0 && e->key.is_null()) {
                found = static_cast<int64_t>(j);
                goto found_unused_or_dummy;
            }
            if (e->hash == hash) {
                Value startkey = e->key;
                if (startkey == key) return 0;
                if (key_is_str && is_exact_str(startkey)) {
                    if (str_equal(startkey.as<Str>(), key.as<Str>())) return 0;
                } else {
                    SetEntry* table = s->table;
                    incref(startkey);
                    lk.reset();
                    int cmp = equal(startkey, key);
                    decref(startkey);
                    lk.emplace(s);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (table != s->table || s->table[j].key != startkey) goto restart;
                    mask = static_cast<uint64_t>(s->mask);
                }
            } else if (e->hash == -1) {
                freeslot = static_cast<int64_t>(j);
            }
            j++;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot >= 0) {
        s->used++;
        s->table[freeslot].key = newref(key);
        s->table[freeslot].hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    s->table[found].key = newref(key);
    s->table[found].hash = hash;
    if (static_cast<uint64_t>(s->fill) * 5 < mask * 3) return 0;
    if (!table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4)) {
        raise_no_memory();
        return -1;
    }
    return 0;
}

// Removes the key: 1 removed (*old gets the key's reference), 0 absent, -1 error.
int discard_entry(Set* s, Value key, int64_t hash, Lock& lk, Value* old) {
    int64_t j = lookkey(s, key, hash, lk);
    if (j < 0) return j == -1 ? 0 : -1;
    *old = s->table[j].key;
    s->table[j].key = dummy();
    s->table[j].hash = -1;
    s->used--;
    return 1;
}

// A copy of a set's table with references to its keys (the other operand of a two-set operation).
struct TableCopy {
    std::vector<SetEntry> entries;
    int64_t fill = 0, used = 0, mask = 0;
    TableCopy() = default;
    TableCopy(const TableCopy&) = delete;
    ~TableCopy() {
        for (SetEntry& e : entries)
            if (is_active(e)) decref(e.key);
    }
};

void copy_table(Set* s, TableCopy& out) {
    ObjectLock lock(s);
    out.entries.assign(s->table, s->table + s->mask + 1);
    for (SetEntry& e : out.entries)
        if (is_active(e)) incref(e.key);
    out.fill = s->fill;
    out.used = s->used;
    out.mask = s->mask;
}

// Removes every item; the keys are released after the lock is dropped.
void clear_internal(Set* s) {
    SetEntry* table;
    int64_t n;
    bool malloced;
    std::vector<Value> keys;
    {
        ObjectLock lock(s);
        table = s->table;
        n = s->mask + 1;
        malloced = table != s->smalltable;
        keys.reserve(static_cast<size_t>(s->used));
        for (int64_t i = 0; i < n; i++)
            if (is_active(table[i])) keys.push_back(table[i].key);
        if (malloced) buf_free(table);
        init_empty_table(s);
        s->hash_cache = -1;
    }
    for (Value k : keys) decref(k);
}

// The hash of a key for set operations, with CPython's retry: an unhashable set used as a key is
// looked up as the equal frozenset. *tmp receives the temporary frozenset when one was made.
int64_t lookup_hash(Value key, Ref* tmp) {
    int64_t h = key_hash(key);
    if (h != -1 || !is_set(key) || !error_matches(&exc::TypeError)) return h;
    clear_error();
    *tmp = Ref(frozenset_new(key));
    if (!*tmp) return -1;
    return key_hash(tmp->get());
}

Set* alloc_set(Type* type) {
    Set* s = alloc<Set>(type);
    if (!s) {
        raise_no_memory();
        return nullptr;
    }
    init_empty_table(s);
    s->finger = 0;
    s->hash_cache = -1;
    return s;
}

// The type a set operation returns for `so`'s type: set or frozenset (subclasses map to their base).
Type* base_type_of(Value so) { return is_set(so) ? &set_type : &frozenset_type; }

int add_key(Set* s, Value key) {
    int64_t h = key_hash(key);
    if (h == -1) return -1;
    Lock lk;
    lk.emplace(s);
    return add_entry(s, key, h, lk);
}

int contains_entry(Set* s, Value key, int64_t hash) {
    Lock lk;
    lk.emplace(s);
    int64_t j = lookkey(s, key, hash, lk);
    if (j == -2) return -1;
    return j >= 0;
}

// Adds every item of another set, as CPython's set_merge.
int merge_table(Set* s, TableCopy& other) {
    if (other.used == 0) return 0;
    Lock lk;
    lk.emplace(s);
    if ((s->fill + other.used) * 5 >= s->mask * 3) {
        if (!table_resize(s, (s->used + other.used) * 2)) {
            lk.reset();
            raise_no_memory();
            return -1;
        }
    }
    // Empty target of the same size, no dummies in the source: copy slot for slot.
    if (s->fill == 0 && s->mask == other.mask && other.fill == other.used) {
        for (int64_t i = 0; i <= other.mask; i++) {
            SetEntry& e = other.entries[static_cast<size_t>(i)];
            if (!e.key.is_null()) {
                s->table[i].key = newref(e.key);
                s->table[i].hash = e.hash;
            }
        }
        s->fill = other.fill;
        s->used = other.used;
        return 0;
    }
    // Empty target: insert without comparisons.
    if (s->fill == 0) {
        s->fill = other.used;
        s->used = other.used;
        for (SetEntry& e : other.entries)
            if (is_active(e)) insert_clean(s->table, static_cast<uint64_t>(s->mask), newref(e.key), e.hash);
        return 0;
    }
    for (SetEntry& e : other.entries) {
        if (is_active(e) && add_entry(s, e.key, e.hash, lk) < 0) return -1;
    }
    return 0;
}

// CPython's set_update_internal: sets merge, plain dicts add their keys with one resize up front,
// other iterables add item by item.
int update_internal(Set* s, Value other) {
    if (is_anyset(other)) {
        if (Value(s) == other) return 0;
        TableCopy copy;
        copy_table(as_set(other), copy);
        return merge_table(s, copy);
    }
    if (is_exact_dict(other)) {
        Dict* d = other.as<Dict>();
        std::vector<std::pair<Value, int64_t>> keys;
        {
            ObjectLock lock(d);
            keys.reserve(static_cast<size_t>(d->used));
            for (int64_t i = 0; i < d->nentries; i++) {
                if (d->entries[i].key.is_null()) continue;
                keys.emplace_back(newref(d->entries[i].key), d->entries[i].hash);
            }
        }
        int rc = 0;
        {
            Lock lk;
            lk.emplace(s);
            int64_t n = static_cast<int64_t>(keys.size());
            if ((s->fill + n) * 5 >= s->mask * 3 && !table_resize(s, (s->used + n) * 2)) {
                rc = -2;
            } else {
                for (auto& [k, h] : keys)
                    if (add_entry(s, k, h, lk) < 0) {
                        rc = -1;
                        break;
                    }
            }
        }
        for (auto& kh : keys) decref(kh.first);
        if (rc == -2) {
            raise_no_memory();
            return -1;
        }
        return rc;
    }
    Ref it{get_iter(other)};
    if (!it) return -1;
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? -1 : 0;
        if (add_key(s, key.get()) < 0) return -1;
    }
}

Value make_new_set(Type* type, Value iterable) {
    Set* s = alloc_set(type);
    if (!s) return {};
    Ref r{Value(s)};
    if (iterable && update_internal(s, iterable) < 0) return {};
    return r.release();
}

Value set_copy_of(Value so) { return make_new_set(base_type_of(so), so); }

// The active entries of a set: owned keys with their hashes.
struct Items {
    OwnedValues keys;
    std::vector<int64_t> hashes;
};

void set_items(Set* s, Items& out) {
    ObjectLock lock(s);
    out.keys.reserve(s->used);
    out.hashes.reserve(static_cast<size_t>(s->used));
    for (int64_t i = 0; i <= s->mask; i++) {
        if (is_active(s->table[i])) {
            out.keys.push_borrowed(s->table[i].key);
            out.hashes.push_back(s->table[i].hash);
        }
    }
}

// so & other, as CPython's set_intersection: iterates the smaller set (or the iterable).
Value intersection(Value so, Value other) {
    if (so == other) return set_copy_of(so);
    Ref result{make_new_set(base_type_of(so), Value{})};
    if (!result) return {};
    Set* rs = as_set(result.get());
    if (is_anyset(other)) {
        Value big = so, small = other;
        if (set_size(other) > set_size(so)) std::swap(big, small);
        Items items;
        set_items(as_set(small), items);
        for (int64_t i = 0; i < items.keys.size(); i++) {
            int64_t h = items.hashes[static_cast<size_t>(i)];
            int c = contains_entry(as_set(big), items.keys[i], h);
            if (c < 0) return {};
            if (c) {
                Lock lk;
                lk.emplace(rs);
                if (add_entry(rs, items.keys[i], h, lk) < 0) return {};
            }
        }
        return result.release();
    }
    Ref it{get_iter(other)};
    if (!it) return {};
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? Value{} : result.release();
        int64_t h = key_hash(key.get());
        if (h == -1) return {};
        int c = contains_entry(as_set(so), key.get(), h);
        if (c < 0) return {};
        if (c) {
            Lock lk;
            lk.emplace(rs);
            if (add_entry(rs, key.get(), h, lk) < 0) return {};
        }
    }
}

Value intersection_multi(Value so, const Tuple* others) {
    if (others->size == 0) return set_copy_of(so);
    Ref result = Ref::borrow(so);
    for (int64_t i = 0; i < others->size; i++) {
        Ref next{intersection(result.get(), others->items[i])};
        if (!next) return {};
        result = std::move(next);
    }
    return result.release();
}

// Exchanges the tables of two sets (intersection_update keeps the result's table). `b` is a fresh
// set private to the caller, so only `a` needs its lock.
void swap_bodies(Set* a, Set* b) {
    ObjectLock lock(a);
    bool a_small = a->table == a->smalltable;
    bool b_small = b->table == b->smalltable;
    SetEntry* at = a->table;
    SetEntry* bt = b->table;
    SetEntry tmp[kSetMinSize];
    std::memcpy(static_cast<void*>(tmp), a->smalltable, sizeof(tmp));
    std::memcpy(static_cast<void*>(a->smalltable), b->smalltable, sizeof(tmp));
    std::memcpy(static_cast<void*>(b->smalltable), tmp, sizeof(tmp));
    a->table = b_small ? a->smalltable : bt;
    b->table = a_small ? b->smalltable : at;
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    a->hash_cache = -1;
    b->hash_cache = -1;
}

int difference_update_internal(Set* s, Value other) {
    if (Value(s) == other) {
        clear_internal(s);
        return 0;
    }
    if (is_anyset(other)) {
        Ref tmp;
        Value src = other;
        if ((set_size(other) >> 3) > set_size(Value(s))) {
            tmp = Ref(intersection(Value(s), other));
            if (!tmp) return -1;
            src = tmp.get();
        }
        Items items;
        set_items(as_set(src), items);
        for (int64_t i = 0; i < items.keys.size(); i++) {
            Value old;
            int r;
            {
                Lock lk;
                lk.emplace(s);
                r = discard_entry(s, items.keys[i], items.hashes[static_cast<size_t>(i)], lk, &old);
            }
            if (r < 0) return -1;
            if (r) decref(old);
        }
    } else {
        Ref it{get_iter(other)};
        if (!it) return -1;
        for (;;) {
            Ref key{iter_next(it.get())};
            if (!key) {
                if (has_error()) return -1;
                break;
            }
            if (set_discard(Value(s), key.get()) < 0) return -1;
        }
    }
    // More than 1/4 dummies: resize them away.
    ObjectLock lock(s);
    if (static_cast<uint64_t>(s->fill - s->used) <= static_cast<uint64_t>(s->mask) / 4) return 0;
    if (!table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4)) {
        raise_no_memory();
        return -1;
    }
    return 0;
}

Value copy_and_difference(Value so, Value other) {
    Ref result{set_copy_of(so)};
    if (!result) return {};
    if (difference_update_internal(as_set(result.get()), other) < 0) return {};
    return result.release();
}

// so - other, as CPython's set_difference.
Value difference(Value so, Value other) {
    int64_t other_size;
    if (is_anyset(other)) other_size = set_size(other);
    else if (is_exact_dict(other)) other_size = dict_size(other.as<Dict>());
    else return copy_and_difference(so, other);
    if ((set_size(so) >> 2) > other_size) return copy_and_difference(so, other);

    Ref result{make_new_set(base_type_of(so), Value{})};
    if (!result) return {};
    Set* rs = as_set(result.get());
    Items items;
    set_items(as_set(so), items);
    for (int64_t i = 0; i < items.keys.size(); i++) {
        Value key = items.keys[i];
        int64_t h = items.hashes[static_cast<size_t>(i)];
        int c;
        if (is_exact_dict(other)) c = dict_contains(other.as<Dict>(), key);
        else c = contains_entry(as_set(other), key, h);
        if (c < 0) return {};
        if (!c) {
            Lock lk;
            lk.emplace(rs);
            if (add_entry(rs, key, h, lk) < 0) return {};
        }
    }
    return result.release();
}

Value difference_multi(Value so, const Tuple* others) {
    if (others->size == 0) return set_copy_of(so);
    Ref result{difference(so, others->items[0])};
    if (!result) return {};
    for (int64_t i = 1; i < others->size; i++)
        if (difference_update_internal(as_set(result.get()), others->items[i]) < 0) return {};
    return result.release();
}

// Adds each item absent from s, removes each present (items with hashes).
int symmetric_update_items(Set* s, Items& items) {
    for (int64_t i = 0; i < items.keys.size(); i++) {
        Value key = items.keys[i];
        int64_t h = items.hashes[static_cast<size_t>(i)];
        Value old;
        int r;
        {
            Lock lk;
            lk.emplace(s);
            r = discard_entry(s, key, h, lk, &old);
            if (r == 0 && add_entry(s, key, h, lk) < 0) r = -1;
        }
        if (r < 0) return -1;
        if (r == 1) decref(old);
    }
    return 0;
}

int symmetric_difference_update_internal(Set* s, Value other) {
    if (Value(s) == other) {
        clear_internal(s);
        return 0;
    }
    Items items;
    if (is_exact_dict(other)) {
        Dict* d = other.as<Dict>();
        ObjectLock lock(d);
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key.is_null()) continue;
            items.keys.push_borrowed(d->entries[i].key);
            items.hashes.push_back(d->entries[i].hash);
        }
    } else {
        Ref otherset;
        Value src = other;
        if (!is_anyset(other)) {
            otherset = Ref(make_new_set(base_type_of(Value(s)), other));
            if (!otherset) return -1;
            src = otherset.get();
        }
        set_items(as_set(src), items);
    }
    return symmetric_update_items(s, items);
}

Value symmetric_difference(Value so, Value other) {
    Ref result{make_new_set(base_type_of(so), other)};
    if (!result) return {};
    if (symmetric_difference_update_internal(as_set(result.get()), so) < 0) return {};
    return result.release();
}

// a <= b for two sets: 1/0, -1 error.
int issubset(Value a, Value b) {
    if (set_size(a) > set_size(b)) return 0;
    Items items;
    set_items(as_set(a), items);
    for (int64_t i = 0; i < items.keys.size(); i++) {
        int c = contains_entry(as_set(b), items.keys[i], items.hashes[static_cast<size_t>(i)]);
        if (c <= 0) return c;
    }
    return 1;
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// C++ API

Value set_new(Value iterable) { return make_new_set(&set_type, iterable); }

Value frozenset_new(Value iterable) {
    if (iterable && is_exact_frozenset(iterable)) return newref(iterable);
    return make_new_set(&frozenset_type, iterable);
}

Value frozenset_constant(Value items) {
    Ref first{make_new_set(&frozenset_type, items)};
    if (!first) return {};
    Ref order{sequence_to_tuple(first.get())};
    if (!order) return {};
    return make_new_set(&frozenset_type, order.get());
}

int set_add(Value set, Value key) { return add_key(as_set(set), key); }

int set_discard(Value set, Value key) {
    Ref tmp;
    int64_t h = lookup_hash(key, &tmp);
    if (h == -1) return -1;
    Value k = tmp ? tmp.get() : key;
    Value old;
    int r;
    {
        Lock lk;
        lk.emplace(as_set(set));
        r = discard_entry(as_set(set), k, h, lk, &old);
    }
    if (r == 1) decref(old);
    return r;
}

int set_contains(Value set, Value key) {
    Ref tmp;
    int64_t h = lookup_hash(key, &tmp);
    if (h == -1) return -1;
    return contains_entry(as_set(set), tmp ? tmp.get() : key, h);
}

bool set_next(Value set, int64_t* pos, Value* key) {
    Set* s = as_set(set);
    ObjectLock lock(s);
    int64_t i = *pos;
    while (i <= s->mask && !is_active(s->table[i])) i++;
    if (i > s->mask) {
        *pos = i;
        return false;
    }
    *pos = i + 1;
    *key = s->table[i].key;
    return true;
}

int64_t set_size(Value set) {
    Set* s = as_set(set);
    ObjectLock lock(s);
    return s->used;
}

Value set_pop(Value set) {
    Set* s = as_set(set);
    Value key;
    {
        ObjectLock lock(s);
        if (s->used > 0) {
            int64_t i = s->finger & s->mask;
            while (!is_active(s->table[i])) {
                i++;
                if (i > s->mask) i = 0;
            }
            key = s->table[i].key;
            s->table[i].key = dummy();
            s->table[i].hash = -1;
            s->used--;
            s->finger = i + 1;
        }
    }
    if (!key) return raise(&exc::KeyError, "pop from an empty set");
    return key;
}

void set_clear(Value set) { clear_internal(as_set(set)); }

int set_update(Value set, Value iterable) { return update_internal(as_set(set), iterable); }

int set_difference_update(Value set, Value iterable) { return difference_update_internal(as_set(set), iterable); }

int set_symmetric_difference_update(Value set, Value iterable) {
    return symmetric_difference_update_internal(as_set(set), iterable);
}

// ---------------------------------------------------------------------------------------------
// Life cycle

static void set_dealloc_body(Object* o) {
    Set* s = static_cast<Set*>(o);
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(s->table[i])) decref(s->table[i].key);
    if (s->table != s->smalltable) buf_free(s->table);
    s->table = nullptr;
    free_object_memory(o);
}

static void set_dealloc(Object* o) { trashcan_dealloc(o, set_dealloc_body); }

static void set_traverse(Object* o, VisitFn visit, void* arg) {
    Set* s = static_cast<Set*>(o);
    for (int64_t i = 0; i <= s->mask; i++)
        if (is_active(s->table[i]) && s->table[i].key.is_object()) visit(s->table[i].key.as_object(), arg);
}

static void set_clear_slot(Object* o) { clear_internal(static_cast<Set*>(o)); }

static Value set_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &set_type && !args_no_keywords("set", kwnames)) return {};
    return make_new_set(type, Value{});
}

static int set_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_no_keywords("set", kwnames)) return -1;
    if (!args_count(type_of(self)->tp_name, nargs, 0, 1)) return -1;
    Set* s = as_set(self);
    if (set_size(self) > 0 || s->fill > 0) clear_internal(s);
    if (nargs == 1) return update_internal(s, args[0]);
    return 0;
}

static Value frozenset_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &frozenset_type && !args_no_keywords("frozenset", kwnames)) return {};
    if (!args_count(type->tp_name, nargs, 0, 1)) return {};
    Value iterable = nargs ? args[0] : Value{};
    if (type == &frozenset_type) return frozenset_new(iterable);
    return make_new_set(type, iterable);
}

// ---------------------------------------------------------------------------------------------
// Protocol slots

static Value set_repr(Value self) {
    Set* s = as_set(self);
    const char* name = type_of(self)->tp_name;
    if (set_size(self) == 0) return str_format("%s()", name);
    ReprScope scope(s);
    if (!scope.entered()) return str_format("%s(...)", name);
    Items items;
    set_items(s, items);
    std::string out;
    bool exact = is_exact_set(self);
    if (!exact) {
        out += name;
        out += "(";
    }
    out += "{";
    for (int64_t i = 0; i < items.keys.size(); i++) {
        if (i > 0) out += ", ";
        Ref r{repr(items.keys[i])};
        if (!r) return {};
        out += str_view(r.get());
    }
    out += exact ? "}" : "})";
    return str_from(out);
}

static int64_t set_length(Value self) { return set_size(self); }

static int set_contains_slot(Value self, Value key) { return set_contains(self, key); }

static int64_t frozenset_hash(Value self) {
    Set* s = as_set(self);
    {
        ObjectLock lock(s);
        if (s->hash_cache != -1) return s->hash_cache;
    }
    Items items;
    set_items(s, items);
    uint64_t h = 0;
    for (int64_t hh : items.hashes) h ^= shuffle_bits(static_cast<uint64_t>(hh));
    h ^= (static_cast<uint64_t>(items.keys.size()) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
    ObjectLock lock(s);
    s->hash_cache = static_cast<int64_t>(h);
    return s->hash_cache;
}

static Value set_richcompare(Value a, Value b, CompareOp op) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
    int64_t la = set_size(a), lb = set_size(b);
    int r = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (la != lb) {
            r = 0;
        } else {
            int64_t ha = as_set(a)->hash_cache, hb = as_set(b)->hash_cache;
            r = (ha != -1 && hb != -1 && ha != hb) ? 0 : issubset(a, b);
        }
        if (r < 0) return {};
        if (op == CompareOp::Ne) r = !r;
        break;
    case CompareOp::Le: r = issubset(a, b); break;
    case CompareOp::Ge: r = issubset(b, a); break;
    case CompareOp::Lt: r = la < lb ? issubset(a, b) : 0; break;
    case CompareOp::Gt: r = la > lb ? issubset(b, a) : 0; break;
    }
    if (r < 0) return {};
    return bool_value(r != 0);
}

static Value set_or(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
    Ref result{set_copy_of(a)};
    if (!result) return {};
    if (a != b && update_internal(as_set(result.get()), b) < 0) return {};
    return result.release();
}

static Value set_and(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
    return intersection(a, b);
}

static Value set_sub(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
    return difference(a, b);
}

static Value set_xor(Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
    return symmetric_difference(a, b);
}

static Value set_ior(Value a, Value b) {
    if (!is_anyset(b)) return newref(not_implemented());
    if (update_internal(as_set(a), b) < 0) return {};
    return newref(a);
}

static Value set_iand(Value a, Value b) {
    if (!is_anyset(b)) return newref(not_implemented());
    Ref tmp{intersection(a, b)};
    if (!tmp) return {};
    swap_bodies(as_set(a), as_set(tmp.get()));
    return newref(a);
}

static Value set_isub(Value a, Value b) {
    if (!is_anyset(b)) return newref(not_implemented());
    if (difference_update_internal(as_set(a), b) < 0) return {};
    return newref(a);
}

static Value set_ixor(Value a, Value b) {
    if (!is_anyset(b)) return newref(not_implemented());
    if (symmetric_difference_update_internal(as_set(a), b) < 0) return {};
    return newref(a);
}

// ---------------------------------------------------------------------------------------------
// Methods (args[0] is self; `*others` arrive as a tuple)

static Value set_add_meth(const Value* args) {
    if (set_add(args[0], args[1]) < 0) return {};
    return none();
}

static Value set_remove_meth(const Value* args) {
    int r = set_discard(args[0], args[1]);
    if (r < 0) return {};
    if (r == 0) return raise_key_error(args[1]);
    return none();
}

static Value set_discard_meth(const Value* args) {
    if (set_discard(args[0], args[1]) < 0) return {};
    return none();
}

static Value set_pop_meth(const Value* args) { return set_pop(args[0]); }

static Value set_clear_meth(const Value* args) {
    clear_internal(as_set(args[0]));
    return none();
}

static Value set_copy_meth(const Value* args) { return set_copy_of(args[0]); }

// (type, (list of the items,), state), as CPython's set.__reduce__.
static Value set_reduce_meth(const Value* args) {
    Ref items{sequence_to_list(args[0])};
    if (!items) return {};
    Ref pack{tuple_pack({items.get()})};
    if (!pack) return {};
    Ref state{object_state(args[0])};
    if (!state) return {};
    return tuple_pack({Value(type_of(args[0])), pack.get(), state.get()});
}

static Value frozenset_copy_meth(const Value* args) {
    if (is_exact_frozenset(args[0])) return newref(args[0]);
    return set_copy_of(args[0]);
}

static Value set_update_meth(const Value* args) {
    const Tuple* others = args[1].as<Tuple>();
    for (int64_t i = 0; i < others->size; i++)
        if (update_internal(as_set(args[0]), others->items[i]) < 0) return {};
    return none();
}

static Value set_union_meth(const Value* args) {
    Ref result{set_copy_of(args[0])};
    if (!result) return {};
    const Tuple* others = args[1].as<Tuple>();
    for (int64_t i = 0; i < others->size; i++) {
        if (others->items[i] == args[0]) continue;
        if (update_internal(as_set(result.get()), others->items[i]) < 0) return {};
    }
    return result.release();
}

static Value set_intersection_meth(const Value* args) { return intersection_multi(args[0], args[1].as<Tuple>()); }

static Value set_intersection_update_meth(const Value* args) {
    Ref tmp{intersection_multi(args[0], args[1].as<Tuple>())};
    if (!tmp) return {};
    swap_bodies(as_set(args[0]), as_set(tmp.get()));
    return none();
}

static Value set_difference_meth(const Value* args) { return difference_multi(args[0], args[1].as<Tuple>()); }

static Value set_difference_update_meth(const Value* args) {
    const Tuple* others = args[1].as<Tuple>();
    for (int64_t i = 0; i < others->size; i++)
        if (difference_update_internal(as_set(args[0]), others->items[i]) < 0) return {};
    return none();
}

static Value set_symmetric_difference_meth(const Value* args) { return symmetric_difference(args[0], args[1]); }

static Value set_symmetric_difference_update_meth(const Value* args) {
    if (symmetric_difference_update_internal(as_set(args[0]), args[1]) < 0) return {};
    return none();
}

static Value set_issubset_meth(const Value* args) {
    Value other = args[1];
    Ref tmp;
    if (!is_anyset(other)) {
        tmp = Ref(set_new(other));
        if (!tmp) return {};
        other = tmp.get();
    }
    int r = issubset(args[0], other);
    if (r < 0) return {};
    return bool_value(r != 0);
}

static Value set_issuperset_meth(const Value* args) {
    Value other = args[1];
    if (is_anyset(other)) {
        int r = issubset(other, args[0]);
        if (r < 0) return {};
        return bool_value(r != 0);
    }
    Ref it{get_iter(other)};
    if (!it) return {};
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? Value{} : true_value();
        int c = set_contains(args[0], key.get());
        if (c < 0) return {};
        if (!c) return false_value();
    }
}

static Value set_isdisjoint_meth(const Value* args) {
    Value so = args[0], other = args[1];
    if (so == other) return bool_value(set_size(so) == 0);
    if (is_anyset(other)) {
        Value big = so, small = other;
        if (set_size(other) > set_size(so)) std::swap(big, small);
        Items items;
        set_items(as_set(small), items);
        for (int64_t i = 0; i < items.keys.size(); i++) {
            int c = contains_entry(as_set(big), items.keys[i], items.hashes[static_cast<size_t>(i)]);
            if (c < 0) return {};
            if (c) return false_value();
        }
        return true_value();
    }
    Ref it{get_iter(other)};
    if (!it) return {};
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) return has_error() ? Value{} : true_value();
        int c = set_contains(so, key.get());
        if (c < 0) return {};
        if (c) return false_value();
    }
}

static Value set_contains_meth(const Value* args) {
    int r = set_contains_slot(args[0], args[1]);
    return r < 0 ? Value{} : newref(bool_value(r));
}

static const NativeDef set_methods[] = {
    {"__reduce__(self, /)", set_reduce_meth, nullptr, 0, "Return state information for pickling."},
    {"__contains__(self, key, /)", set_contains_meth, nullptr, kNativeSlotMethod, "x.__contains__(y) <==> y in x."},
    {"add(self, object, /)", set_add_meth, nullptr, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear(self, /)", set_clear_meth, nullptr, 0, "Remove all elements from this set."},
    {"copy(self, /)", set_copy_meth, nullptr, 0, "Return a shallow copy of a set."},
    {"discard(self, object, /)", set_discard_meth, nullptr, 0,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference(self, *others)", set_difference_meth, nullptr, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update(self, *others)", set_difference_update_meth, nullptr, 0, "Remove all elements of another set from this set."},
    {"intersection(self, *others)", set_intersection_meth, nullptr, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update(self, *others)", set_intersection_update_meth, nullptr, 0,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint(self, other, /)", set_isdisjoint_meth, nullptr, 0, "Return True if two sets have a null intersection."},
    {"issubset(self, other, /)", set_issubset_meth, nullptr, 0, "Report whether another set contains this set."},
    {"issuperset(self, other, /)", set_issuperset_meth, nullptr, 0, "Report whether this set contains another set."},
    {"pop(self, /)", set_pop_meth, nullptr, 0, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"remove(self, object, /)", set_remove_meth, nullptr, 0,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"symmetric_difference(self, other, /)", set_symmetric_difference_meth, nullptr, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update(self, other, /)", set_symmetric_difference_update_meth, nullptr, 0,
     "Update a set with the symmetric difference of itself and another."},
    {"union(self, *others)", set_union_meth, nullptr, 0, "Return the union of sets as a new set."},
    {"update(self, *others)", set_update_meth, nullptr, 0, "Update a set with the union of itself and others."},
    {nullptr},
};

static const NativeDef frozenset_methods[] = {
    {"__reduce__(self, /)", set_reduce_meth, nullptr, 0, "Return state information for pickling."},
    {"__contains__(self, key, /)", set_contains_meth, nullptr, kNativeSlotMethod, "x.__contains__(y) <==> y in x."},
    {"copy(self, /)", frozenset_copy_meth, nullptr, 0, "Return a shallow copy of a set."},
    {"difference(self, *others)", set_difference_meth, nullptr, 0, "Return the difference of two or more sets as a new set."},
    {"intersection(self, *others)", set_intersection_meth, nullptr, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint(self, other, /)", set_isdisjoint_meth, nullptr, 0, "Return True if two sets have a null intersection."},
    {"issubset(self, other, /)", set_issubset_meth, nullptr, 0, "Report whether another set contains this set."},
    {"issuperset(self, other, /)", set_issuperset_meth, nullptr, 0, "Report whether this set contains another set."},
    {"symmetric_difference(self, other, /)", set_symmetric_difference_meth, nullptr, 0,
     "Return the symmetric difference of two sets as a new set."},
    {"union(self, *others)", set_union_meth, nullptr, 0, "Return the union of sets as a new set."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// Iterator

namespace {
struct SetIter : Object {
    Set* set;            // owned; null once exhausted
    int64_t used;        // set->used when created; -1 after a size-change error (sticky)
    int64_t pos;
    int64_t remaining;
};
}  // namespace

static Value set_iter(Value self) {
    SetIter* it = alloc<SetIter>(&set_iter_type);
    if (!it) return raise_no_memory();
    Set* s = as_set(self);
    incref(s);
    it->set = s;
    it->pos = 0;
    ObjectLock lock(s);
    it->used = s->used;
    it->remaining = s->used;
    return Value(it);
}

static Value set_iter_next(Value self) {
    SetIter* it = self.as<SetIter>();
    Set* s = it->set;
    if (!s) return {};
    Value key;
    bool changed = false;
    {
        ObjectLock lock(s);
        if (it->used != s->used) {
            changed = true;
            it->used = -1;
        } else {
            int64_t i = it->pos;
            while (i <= s->mask && !is_active(s->table[i])) i++;
            it->pos = i + 1;
            if (i <= s->mask) {
                key = newref(s->table[i].key);
                it->remaining--;
            }
        }
    }
    if (changed) return raise(&exc::RuntimeError, "Set changed size during iteration");
    if (!key) {
        it->set = nullptr;
        it->remaining = 0;
        decref(s);
    }
    return key;
}

static void set_iter_dealloc_body(Object* o) {
    SetIter* it = static_cast<SetIter*>(o);
    if (it->set) decref(it->set);
    free_object_memory(o);
}
static void set_iter_dealloc(Object* o) { trashcan_dealloc(o, set_iter_dealloc_body); }

static void set_iter_traverse(Object* o, VisitFn visit, void* arg) {
    SetIter* it = static_cast<SetIter*>(o);
    if (it->set) visit(it->set, arg);
}

static Value iter_self(Value self) { return newref(self); }

static Value set_iter_length_hint(const Value* args) {
    SetIter* it = args[0].as<SetIter>();
    int64_t n = 0;
    if (it->set) {
        ObjectLock lock(it->set);
        if (it->used == it->set->used) n = it->remaining;
    }
    return int_from_i64(n);
}

static const NativeDef set_iter_methods[] = {
    {"__length_hint__(self, /)", set_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

static void fill_common_slots(Type* t) {
    t->dealloc = set_dealloc;
    t->traverse = set_traverse;
    t->clear = set_clear_slot;
    t->repr = set_repr;
    t->richcompare = set_richcompare;
    t->iter = set_iter;
    t->sq_length = set_length;
    t->sq_contains = set_contains_slot;
    t->nb_subtract = set_sub;
    t->nb_and = set_and;
    t->nb_or = set_or;
    t->nb_xor = set_xor;
}

void init_set_type() {
    g_dummy_object.type = &object_type;
    make_immortal(&g_dummy_object);

    init_static_type(&set_type, "set", &object_type, sizeof(Set), kTypeBaseType | kTypeHasGC | kTypeWeakrefable);
    set_type.doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.";
    set_type.tp_new = set_tp_new;
    set_type.tp_init = set_tp_init;
    fill_common_slots(&set_type);
    set_type.nb_inplace_subtract = set_isub;
    set_type.nb_inplace_and = set_iand;
    set_type.nb_inplace_or = set_ior;
    set_type.nb_inplace_xor = set_ixor;
    add_methods(&set_type, set_methods);
    finalize_type(&set_type);

    init_static_type(&frozenset_type, "frozenset", &object_type, sizeof(Set), kTypeBaseType | kTypeHasGC | kTypeWeakrefable);
    frozenset_type.doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                         "Build an immutable unordered collection of unique elements.";
    frozenset_type.tp_new = frozenset_tp_new;
    fill_common_slots(&frozenset_type);
    frozenset_type.hash = frozenset_hash;
    add_methods(&frozenset_type, frozenset_methods);
    finalize_type(&frozenset_type);

    init_static_type(&set_iter_type, "set_iterator", &object_type, sizeof(SetIter), kTypeHasGC);
    set_iter_type.dealloc = set_iter_dealloc;
    set_iter_type.traverse = set_iter_traverse;
    set_iter_type.iter = iter_self;
    set_iter_type.iternext = set_iter_next;
    add_methods(&set_iter_type, set_iter_methods);
    finalize_type(&set_iter_type);
}

}  // namespace minipy::rt
