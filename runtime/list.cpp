// list.cpp — list, its iterators, and list.sort().
//
// Design note
// ===========
// A list is {size, capacity, items}: a separately allocated array that grows by over-allocating
// about 1/8 more than needed (CPython's list_resize() rule in Objects/listobject.c: new capacity
// = n + n/8 + 6, rounded down to a multiple of 4), so appends are amortized O(1), and shrinks when
// fewer than half the slots are used.
//
// Thread safety (--no-gil): every mutation and every read of an item holds the list's ObjectLock;
// Python code (an item's __eq__, __repr__, __del__) never runs while it is held. Functions that
// call out read one item at a time under the lock (taking a reference), or copy all items out
// first; removed items are released after the lock is dropped, because releasing can run __del__,
// which may touch this very list.
//
// list.sort() detaches the items (the list looks empty while sorting, capacity -1 marks "detached")
// and sorts them with sort.cpp's stable merge sort. If a key function or a comparison changed the
// list meanwhile, the changes are discarded and ValueError "list modified during sort" is raised,
// as in CPython.
#include "list.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "container_util.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "range.hpp"
#include "repr_guard.hpp"
#include "singletons.hpp"
#include "sort.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "trashcan.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type list_type;
Type list_iter_type;
Type list_reviter_type;

namespace {

struct ListIter : Object {
    List* seq;           // owned; null once exhausted
    int64_t index;
};

inline List* as_list(Value v) { return v.as<List>(); }

// Sets l->size to newsize, reallocating with CPython's over-allocation. Slots past the old size
// are left uninitialized: the caller fills them. Requires the lock. False on memory failure
// (nothing changed; the caller raises).
bool resize_locked(List* l, int64_t newsize) {
    int64_t cap = l->capacity;
    if (cap >= newsize && newsize >= (cap >> 1)) {
        l->size = newsize;
        return true;
    }
    if (newsize > kMaxItems) return false;
    uint64_t n = static_cast<uint64_t>(newsize);
    uint64_t newcap = (n + (n >> 3) + 6) & ~uint64_t(3);
    // Growing by a lot at once (extend, slice assignment): no over-allocation.
    if (newsize - l->size > static_cast<int64_t>(newcap - n)) newcap = (n + 3) & ~uint64_t(3);
    if (newsize == 0) newcap = 0;
    void* p = buf_realloc(l->items, newcap * sizeof(Value));
    if (!p) return false;
    l->items = static_cast<Value*>(p);
    l->capacity = static_cast<int64_t>(newcap);
    l->size = newsize;
    return true;
}

// Releases `n` owned references from an array that is no longer reachable, then frees it.
void release_array(Value* items, int64_t n) {
    for (int64_t i = n; i-- > 0;) decref(items[i]);
    buf_free(items);
}

// A new reference to item i (after negative-index adjustment), or null when out of range.
Value item_ref(List* l, int64_t i) {
    ObjectLock lock(l);
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return {};
    return newref(l->items[i]);
}

// The current items as owned references (a snapshot).
void snapshot(List* l, OwnedValues& out) {
    ObjectLock lock(l);
    out.reserve(l->size);
    for (int64_t i = 0; i < l->size; i++) out.push_borrowed(l->items[i]);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// C++ API

Value list_new(int64_t size) {
    if (size < 0 || size > kMaxItems) return raise_no_memory();
    List* l = alloc<List>(&list_type);
    if (!l) return raise_no_memory();
    l->size = 0;
    l->capacity = 0;
    l->items = nullptr;
    if (size > 0) {
        l->items = static_cast<Value*>(buf_calloc(static_cast<size_t>(size), sizeof(Value)));
        if (!l->items) {
            decref(l);
            return raise_no_memory();
        }
        l->size = size;
        l->capacity = size;
    }
    return Value(l);
}

Value list_from_array(const Value* items, int64_t n) {
    Value v = list_new(n);
    if (!v) return {};
    List* l = as_list(v);
    for (int64_t i = 0; i < n; i++) l->items[i] = newref(items[i]);
    return v;
}

bool list_append(Value list, Value item) {
    List* l = as_list(list);
    {
        ObjectLock lock(l);
        int64_t n = l->size;
        if (n < l->capacity) {
            l->items[n] = newref(item);
            l->size = n + 1;
            return true;
        }
        if (resize_locked(l, n + 1)) {
            l->items[n] = newref(item);
            return true;
        }
    }
    raise_no_memory();
    return false;
}

// Appends owned references (stolen, also on failure).
static bool append_owned(List* l, OwnedValues& vals) {
    std::vector<Value> items = vals.take();
    {
        ObjectLock lock(l);
        int64_t old = l->size;
        int64_t n = static_cast<int64_t>(items.size());
        if (n == 0) return true;
        if (resize_locked(l, old + n)) {
            std::memcpy(static_cast<void*>(l->items + old), items.data(), static_cast<size_t>(n) * sizeof(Value));
            return true;
        }
    }
    for (Value v : items) decref(v);
    raise_no_memory();
    return false;
}

bool list_extend(Value list, Value iterable) {
    List* l = as_list(list);
    if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
        OwnedValues vals;
        if (!collect_items(iterable, vals)) return false;
        return append_owned(l, vals);
    }
    Ref it{get_iter(iterable)};
    if (!it) return false;
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        if (!list_append(list, item.get())) return false;
    }
}

Value list_as_tuple(Value list) {
    OwnedValues vals;
    snapshot(as_list(list), vals);
    return tuple_from_array(vals.data(), vals.size());
}

Value list_get_item(Value list, int64_t i) {
    Value v = item_ref(as_list(list), i);
    if (!v) return raise(&exc::IndexError, "list index out of range");
    return v;
}

bool list_insert(Value list, int64_t where, Value item) {
    List* l = as_list(list);
    {
        ObjectLock lock(l);
        int64_t n = l->size;
        if (where < 0) {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        if (resize_locked(l, n + 1)) {
            std::memmove(static_cast<void*>(l->items + where + 1), l->items + where,
                         static_cast<size_t>(n - where) * sizeof(Value));
            l->items[where] = newref(item);
            return true;
        }
    }
    raise_no_memory();
    return false;
}

void list_reverse(Value list) {
    List* l = as_list(list);
    ObjectLock lock(l);
    if (l->size > 1) std::reverse(l->items, l->items + l->size);
}

// Replaces l[lo:hi] with the owned references in `vals` (empty: deletion). lo/hi are clamped to
// the current size under the lock. The replaced items are released after the lock is dropped.
static bool list_replace_slice(List* l, int64_t lo, int64_t hi, OwnedValues& vals) {
    std::vector<Value> repl = vals.take();
    int64_t n = static_cast<int64_t>(repl.size());
    std::vector<Value> removed;
    bool ok = true;
    {
        ObjectLock lock(l);
        int64_t size = l->size;
        if (lo < 0) lo = 0;
        else if (lo > size) lo = size;
        if (hi < lo) hi = lo;
        else if (hi > size) hi = size;
        int64_t norig = hi - lo;
        removed.assign(l->items + lo, l->items + hi);
        int64_t d = n - norig;
        if (d < 0) {   // shrinking: move the tail left, then resize
            std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi,
                         static_cast<size_t>(size - hi) * sizeof(Value));
            resize_locked(l, size + d);   // shrinking never fails to leave a valid list
        } else if (d > 0) {
            if (!resize_locked(l, size + d)) {
                ok = false;
                removed.clear();
            } else {
                std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi,
                             static_cast<size_t>(size - hi) * sizeof(Value));
            }
        }
        if (ok && n > 0) std::memcpy(static_cast<void*>(l->items + lo), repl.data(), static_cast<size_t>(n) * sizeof(Value));
    }
    if (!ok) {
        for (Value v : repl) decref(v);
        raise_no_memory();
        return false;
    }
    for (size_t i = removed.size(); i-- > 0;) decref(removed[i]);
    return true;
}

bool list_set_slice(Value list, int64_t lo, int64_t hi, Value v) {
    OwnedValues vals;
    if (v && !collect_items_or(v, vals, "can only assign an iterable")) return false;
    return list_replace_slice(as_list(list), lo, hi, vals);
}

// ---------------------------------------------------------------------------------------------
// Sorting

bool list_sort(Value list, Value key, bool reverse) {
    List* l = as_list(list);
    Value* saved_items;
    int64_t saved_size, saved_cap;
    {
        ObjectLock lock(l);
        saved_items = l->items;
        saved_size = l->size;
        saved_cap = l->capacity;
        l->items = nullptr;
        l->size = 0;
        l->capacity = -1;   // any mutation while detached makes it >= 0
    }
    bool ok = true;
    std::vector<Value> keys;
    if (key && key != none()) {
        keys.reserve(static_cast<size_t>(saved_size));
        for (int64_t i = 0; i < saved_size; i++) {
            Value k = call1(key, saved_items[i]);
            if (!k) {
                ok = false;
                break;
            }
            keys.push_back(k);
        }
    }
    if (ok && saved_size > 1) {
        // Reverse, stable ascending sort, reverse back: equal items keep their original order.
        Value* k = keys.empty() ? nullptr : keys.data();
        if (reverse) {
            std::reverse(saved_items, saved_items + saved_size);
            if (k) std::reverse(k, k + saved_size);
        }
        ok = stable_sort(saved_items, k, saved_size);
        if (reverse) std::reverse(saved_items, saved_items + saved_size);
    }
    for (Value k : keys) decref(k);

    Value* final_items;
    int64_t final_size;
    bool modified;
    {
        ObjectLock lock(l);
        modified = l->capacity != -1;
        final_items = l->items;
        final_size = l->size;
        l->items = saved_items;
        l->size = saved_size;
        l->capacity = saved_cap;
    }
    if (final_items) release_array(final_items, final_size);
    if (modified && ok) {
        raise(&exc::ValueError, "list modified during sort");
        ok = false;
    }
    return ok;
}

// ---------------------------------------------------------------------------------------------
// Life cycle

static void list_dealloc_body(Object* o) {
    List* l = static_cast<List*>(o);
    if (l->items) release_array(l->items, l->size);
    l->items = nullptr;
    free_object_memory(o);
}

static void list_dealloc(Object* o) { trashcan_dealloc(o, list_dealloc_body); }

static void list_traverse(Object* o, VisitFn visit, void* arg) {
    List* l = static_cast<List*>(o);
    for (int64_t i = 0; i < l->size; i++)
        if (l->items[i].is_object()) visit(l->items[i].as_object(), arg);
}

void list_clear(Value list) {
    List* l = as_list(list);
    Value* items;
    int64_t n;
    {
        ObjectLock lock(l);
        items = l->items;
        if (!items) return;   // empty (or detached by a running sort: leave that mark alone)
        n = l->size;
        l->items = nullptr;
        l->size = 0;
        l->capacity = 0;
    }
    release_array(items, n);
}

static void list_clear_slot(Object* o) { list_clear(Value(o)); }

static Value list_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    List* l = alloc<List>(type);
    if (!l) return raise_no_memory();
    l->size = 0;
    l->capacity = 0;
    l->items = nullptr;
    return Value(l);
}

static int list_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_no_keywords("list", kwnames)) return -1;
    if (!args_count("list", nargs, 0, 1)) return -1;
    list_clear(self);
    if (nargs == 1 && !list_extend(self, args[0])) return -1;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Protocol slots

static Value list_repr(Value self) {
    List* l = as_list(self);
    {
        ObjectLock lock(l);
        if (l->size == 0) return str_from("[]");
    }
    ReprScope scope(l);
    if (!scope.entered()) return str_from("[...]");
    std::string out = "[";
    for (int64_t i = 0;; i++) {
        Ref item{item_ref(l, i)};
        if (!item) break;
        if (i > 0) out += ", ";
        Ref r{repr(item.get())};
        if (!r) return {};
        out += str_view(r.get());
    }
    out += "]";
    return str_from(out);
}

static int64_t list_length(Value self) {
    List* l = as_list(self);
    ObjectLock lock(l);
    return l->size;
}

static int list_contains(Value self, Value item) {
    List* l = as_list(self);
    for (int64_t i = 0;; i++) {
        Ref x{item_ref(l, i)};
        if (!x) return 0;
        int k = equal(x.get(), item);
        if (k != 0) return k;
    }
}

static Value list_richcompare(Value a, Value b, CompareOp op) {
    if (!is_list(a) || !is_list(b)) return newref(not_implemented());
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        if (list_length(a) != list_length(b)) return bool_value(op == CompareOp::Ne);
    }
    OwnedValues va, vb;
    snapshot(as_list(a), va);
    snapshot(as_list(b), vb);
    return sequence_richcompare(va.data(), va.size(), vb.data(), vb.size(), op);
}

static Value list_subscript(Value self, Value key) {
    List* l = as_list(self);
    if (has_index(key)) {
        int64_t i;
        if (!seq_index_value(key, &i)) return {};
        return list_get_item(self, i);
    }
    if (type_of(key) == &slice_type) {
        int64_t start, stop, step;
        if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return {};
        OwnedValues vals;
        {
            ObjectLock lock(l);
            int64_t n = slice_adjust_indices(l->size, &start, &stop, step);
            vals.reserve(n);
            for (int64_t i = 0, j = start; i < n; i++, j += step) vals.push_borrowed(l->items[j]);
        }
        Value r = list_new(0);
        if (!r) return {};
        if (!append_owned(as_list(r), vals)) {
            decref(r);
            return {};
        }
        return r;
    }
    return raise(&exc::TypeError, "list indices must be integers or slices, not %T", key);
}

static int list_ass_item(List* l, int64_t i, Value v) {
    Value old;
    {
        ObjectLock lock(l);
        if (i < 0) i += l->size;
        if (i >= 0 && i < l->size) {
            old = l->items[i];
            if (v) {
                l->items[i] = newref(v);
            } else {
                std::memmove(static_cast<void*>(l->items + i), l->items + i + 1,
                             static_cast<size_t>(l->size - i - 1) * sizeof(Value));
                resize_locked(l, l->size - 1);
            }
        }
    }
    if (!old) {
        raise(&exc::IndexError, "list assignment index out of range");
        return -1;
    }
    decref(old);
    return 0;
}

// l[start:stop:step] = v (v null: del) for step != 1.
static int list_ass_extended(List* l, Slice* s, Value v) {
    int64_t start, stop, step;
    if (!slice_unpack(s, &start, &stop, &step)) return -1;
    OwnedValues vals;
    if (v) {
        if (!collect_items_or(v, vals, "must assign iterable to extended slice")) return -1;
    }
    std::vector<Value> garbage;
    int64_t slicelen = 0;
    bool size_mismatch = false;
    {
        ObjectLock lock(l);
        slicelen = slice_adjust_indices(l->size, &start, &stop, step);
        if (!v) {
            if (slicelen > 0) {
                if (step < 0) {   // delete the same items walking forwards
                    start = start + step * (slicelen - 1);
                    step = -step;
                }
                garbage.reserve(static_cast<size_t>(slicelen));
                int64_t dst = start;
                int64_t next_del = start;
                int64_t deleted = 0;
                for (int64_t src = start; src < l->size; src++) {
                    if (deleted < slicelen && src == next_del) {
                        garbage.push_back(l->items[src]);
                        deleted++;
                        next_del += step;
                    } else {
                        l->items[dst++] = l->items[src];
                    }
                }
                resize_locked(l, l->size - slicelen);
            }
        } else if (vals.size() != slicelen) {
            size_mismatch = true;
        } else {
            std::vector<Value> repl = vals.take();
            garbage.reserve(static_cast<size_t>(slicelen));
            for (int64_t i = 0, j = start; i < slicelen; i++, j += step) {
                garbage.push_back(l->items[j]);
                l->items[j] = repl[static_cast<size_t>(i)];
            }
        }
    }
    if (size_mismatch) {
        raise(&exc::ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
              static_cast<int64_t>(vals.size()), slicelen);
        return -1;
    }
    for (Value g : garbage) decref(g);
    return 0;
}

static int list_ass_subscript(Value self, Value key, Value v) {
    List* l = as_list(self);
    if (has_index(key)) {
        int64_t i;
        if (!seq_index_value(key, &i)) return -1;
        return list_ass_item(l, i, v);
    }
    if (type_of(key) == &slice_type) {
        Slice* s = key.as<Slice>();
        int64_t start, stop, step;
        if (!slice_unpack(s, &start, &stop, &step)) return -1;
        if (step == 1) {
            slice_adjust_indices(list_length(self), &start, &stop, step);
            // (a[i:j] = a works: the items are copied out before anything moves.)
            return list_set_slice(self, start, stop, v) ? 0 : -1;
        }
        return list_ass_extended(l, s, v);
    }
    raise(&exc::TypeError, "list indices must be integers or slices, not %T", key);
    return -1;
}

static Value list_concat(Value a, Value b) {
    if (!is_list(a)) return newref(not_implemented());
    if (!is_list(b)) return concat_error("list", b);
    OwnedValues vals;
    snapshot(as_list(a), vals);
    snapshot(as_list(b), vals);
    Value r = list_new(0);
    if (!r) return {};
    if (!append_owned(as_list(r), vals)) {
        decref(r);
        return {};
    }
    return r;
}

static Value list_repeat(Value a, Value b) {
    Value seq = a, count = b;
    if (!is_list(a)) {
        if (!is_list(b)) return newref(not_implemented());
        seq = b;
        count = a;
    }
    if (!has_index(count)) return repeat_error(count);
    int64_t n;
    if (!sequence_repeat_count(count, &n)) return {};
    OwnedValues vals;
    snapshot(as_list(seq), vals);
    if (n <= 0 || vals.size() == 0) return list_new(0);
    if (vals.size() > kMaxItems / n) return raise_no_memory();
    int64_t total = vals.size() * n;
    Value r = list_new(total);
    if (!r) return {};
    List* rl = as_list(r);
    int64_t k = 0;
    for (int64_t rep = 0; rep < n; rep++)
        for (int64_t i = 0; i < vals.size(); i++) rl->items[k++] = newref(vals[i]);
    return r;
}

static Value list_inplace_concat(Value a, Value b) {
    if (!list_extend(a, b)) return {};
    return newref(a);
}

static Value list_inplace_repeat(Value a, Value b) {
    if (!has_index(b)) return repeat_error(b);
    int64_t n;
    if (!sequence_repeat_count(b, &n)) return {};
    List* l = as_list(a);
    if (n <= 0) {
        list_clear(a);
        return newref(a);
    }
    if (n == 1) return newref(a);
    bool ok = true;
    {
        ObjectLock lock(l);
        int64_t size = l->size;
        if (size > 0) {
            if (size > kMaxItems / n || !resize_locked(l, size * n)) {
                ok = false;
            } else {
                for (int64_t rep = 1; rep < n; rep++)
                    for (int64_t i = 0; i < size; i++) l->items[rep * size + i] = newref(l->items[i]);
            }
        }
    }
    if (!ok) return raise_no_memory();
    return newref(a);
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value list_append_meth(const Value* args) {
    if (!list_append(args[0], args[1])) return {};
    return none();
}

static Value list_extend_meth(const Value* args) {
    if (!list_extend(args[0], args[1])) return {};
    return none();
}

static Value list_insert_meth(const Value* args) {
    int64_t where;
    if (!index_to_i64(args[1], &where, &exc::OverflowError)) return {};
    if (!list_insert(args[0], where, args[2])) return {};
    return none();
}

static Value list_pop_meth(const Value* args) {
    List* l = as_list(args[0]);
    int64_t i = -1;
    if (args[1] && !index_to_i64(args[1], &i, &exc::OverflowError)) return {};
    Value item;
    bool empty = false;
    {
        ObjectLock lock(l);
        int64_t n = l->size;
        if (n == 0) {
            empty = true;
        } else {
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
                item = l->items[i];   // the list's reference becomes the caller's
                std::memmove(static_cast<void*>(l->items + i), l->items + i + 1,
                             static_cast<size_t>(n - i - 1) * sizeof(Value));
                resize_locked(l, n - 1);
            }
        }
    }
    if (empty) return raise(&exc::IndexError, "pop from empty list");
    if (!item) return raise(&exc::IndexError, "pop index out of range");
    return item;
}

static Value list_remove_meth(const Value* args) {
    List* l = as_list(args[0]);
    for (int64_t i = 0;; i++) {
        Ref x{item_ref(l, i)};
        if (!x) break;
        int k = equal(x.get(), args[1]);
        if (k < 0) return {};
        if (k) {
            OwnedValues none_vals;
            if (!list_replace_slice(l, i, i + 1, none_vals)) return {};
            return none();
        }
    }
    return raise(&exc::ValueError, "list.remove(x): x not in list");
}

static Value list_index_meth(const Value* args) {
    List* l = as_list(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (args[2] && !slice_index_arg(args[2], &start, false)) return {};
    if (args[3] && !slice_index_arg(args[3], &stop, false)) return {};
    clamp_range(list_length(args[0]), &start, &stop);
    for (int64_t i = start; i < stop; i++) {
        Ref x{item_ref(l, i)};
        if (!x) break;
        int k = equal(x.get(), args[1]);
        if (k < 0) return {};
        if (k) return int_from_i64(i);
    }
    return raise(&exc::ValueError, "%R is not in list", args[1]);
}

static Value list_count_meth(const Value* args) {
    List* l = as_list(args[0]);
    int64_t count = 0;
    for (int64_t i = 0;; i++) {
        Ref x{item_ref(l, i)};
        if (!x) break;
        int k = equal(x.get(), args[1]);
        if (k < 0) return {};
        count += k;
    }
    return int_from_i64(count);
}

static Value list_clear_meth(const Value* args) {
    list_clear(args[0]);
    return none();
}

static Value list_copy_meth(const Value* args) {
    OwnedValues vals;
    snapshot(as_list(args[0]), vals);
    return list_from_array(vals.data(), vals.size());
}

static Value list_reverse_meth(const Value* args) {
    list_reverse(args[0]);
    return none();
}

// list.sort(*, key=None, reverse=False), raw so its argument errors read as CPython's.
static Value list_sort_raw(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs > 0) return raise(&exc::TypeError, "sort() takes no positional arguments");
    Value key, rev;
    for (int64_t i = 0; kwnames && i < kwnames->size; i++) {
        Value name = kwnames->items[i];
        std::string_view n = is_str(name) ? str_view(name) : std::string_view{};
        if (n == "key") key = args[i];
        else if (n == "reverse") rev = args[i];
        else return raise(&exc::TypeError, "'%S' is an invalid keyword argument for sort()", name);
    }
    bool reverse = false;
    if (rev) {
        int64_t v;
        if (!index_to_i64(rev, &v, &exc::OverflowError)) return {};
        reverse = v != 0;
    }
    if (!list_sort(self, key, reverse)) return {};
    return none();
}

static Value list_reversed_meth(const Value* args);
static Value list_getitem_meth(const Value* args) { return list_subscript(args[0], args[1]); }

static const NativeDef list_methods[] = {
    {"__getitem__(self, index, /)", list_getitem_meth, nullptr, kNativeSlotMethod, "Return self[index]."},
    {"append(self, object, /)", list_append_meth, nullptr, kNativeNoRecursionCheck, "Append object to the end of the list."},
    {"extend(self, iterable, /)", list_extend_meth, nullptr, 0, "Extend list by appending elements from the iterable."},
    {"insert(self, index, object, /)", list_insert_meth, nullptr, 0, "Insert object before index."},
    {"pop(self, index=?, /)", list_pop_meth, nullptr, 0,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove(self, value, /)", list_remove_meth, nullptr, 0,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index(self, value, start=?, stop=?, /)", list_index_meth, nullptr, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count(self, value, /)", list_count_meth, nullptr, 0, "Return number of occurrences of value."},
    {"clear(self, /)", list_clear_meth, nullptr, 0, "Remove all items from list."},
    {"copy(self, /)", list_copy_meth, nullptr, 0, "Return a shallow copy of the list."},
    {"reverse(self, /)", list_reverse_meth, nullptr, 0, "Reverse *IN PLACE*."},
    {"sort(self, /, *, key=None, reverse=False)", nullptr, list_sort_raw, 0,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) "
     "and stable (i.e. the\norder of two equal elements is maintained)."},
    {"__reversed__(self, /)", list_reversed_meth, nullptr, 0, "Return a reverse iterator over the list."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// Iterators: they hold the list and an index, re-checking the size on every step, so they
// tolerate mutation like CPython's (an item appended during iteration is seen; a shrink ends it).

static Value new_list_iter(Type* type, List* l, int64_t index) {
    ListIter* it = alloc<ListIter>(type);
    if (!it) return raise_no_memory();
    incref(l);
    it->seq = l;
    it->index = index;
    return Value(it);
}

static Value list_iter(Value self) { return new_list_iter(&list_iter_type, as_list(self), 0); }

static Value list_reversed_meth(const Value* args) {
    List* l = as_list(args[0]);
    return new_list_iter(&list_reviter_type, l, list_length(args[0]) - 1);
}

static Value list_iter_next(Value self) {
    ListIter* it = self.as<ListIter>();
    List* l = it->seq;
    if (!l) return {};
    if (it->index >= 0) {
        Value v = item_ref(l, it->index);
        if (v) {
            it->index++;
            return v;
        }
    }
    it->seq = nullptr;
    decref(l);
    return {};
}

static Value list_reviter_next(Value self) {
    ListIter* it = self.as<ListIter>();
    List* l = it->seq;
    if (!l) return {};
    if (it->index >= 0) {
        Value v = item_ref(l, it->index);
        if (v) {
            it->index--;
            return v;
        }
    }
    it->index = -1;
    it->seq = nullptr;
    decref(l);
    return {};
}

static void list_iter_dealloc_body(Object* o) {
    ListIter* it = static_cast<ListIter*>(o);
    if (it->seq) decref(it->seq);
    free_object_memory(o);
}
static void list_iter_dealloc(Object* o) { trashcan_dealloc(o, list_iter_dealloc_body); }

static void list_iter_traverse(Object* o, VisitFn visit, void* arg) {
    ListIter* it = static_cast<ListIter*>(o);
    if (it->seq) visit(it->seq, arg);
}

static Value iter_self(Value self) { return newref(self); }

static Value list_iter_length_hint(const Value* args) {
    ListIter* it = args[0].as<ListIter>();
    int64_t n = 0;
    if (it->seq) n = list_length(Value(it->seq)) - it->index;
    return int_from_i64(n < 0 ? 0 : n);
}

static Value list_reviter_length_hint(const Value* args) {
    ListIter* it = args[0].as<ListIter>();
    int64_t n = 0;
    if (it->seq && it->index < list_length(Value(it->seq))) n = it->index + 1;
    return int_from_i64(n < 0 ? 0 : n);
}

static const NativeDef list_iter_methods[] = {
    {"__length_hint__(self, /)", list_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};
static const NativeDef list_reviter_methods[] = {
    {"__length_hint__(self, /)", list_reviter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_list_type() {
    init_static_type(&list_type, "list", &object_type, sizeof(List), kTypeBaseType | kTypeHasGC | kTypeListSubclass);
    list_type.doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                    "The argument must be an iterable if specified.";
    list_type.tp_new = list_tp_new;
    list_type.tp_init = list_tp_init;
    list_type.dealloc = list_dealloc;
    list_type.traverse = list_traverse;
    list_type.clear = list_clear_slot;
    list_type.repr = list_repr;
    // hash stays null: with richcompare set, finalize_type makes list unhashable (__hash__ = None).
    list_type.richcompare = list_richcompare;
    list_type.iter = list_iter;
    list_type.sq_length = list_length;
    list_type.mp_subscript = list_subscript;
    list_type.mp_ass_subscript = list_ass_subscript;
    list_type.sq_contains = list_contains;
    list_type.nb_add = list_concat;
    list_type.nb_multiply = list_repeat;
    list_type.nb_inplace_add = list_inplace_concat;
    list_type.nb_inplace_multiply = list_inplace_repeat;
    for (BinaryFn f : {list_concat, list_repeat, list_inplace_concat, list_inplace_repeat}) register_sequence_slot(f);
    add_methods(&list_type, list_methods);
    finalize_type(&list_type);

    init_static_type(&list_iter_type, "list_iterator", &object_type, sizeof(ListIter), kTypeHasGC);
    list_iter_type.dealloc = list_iter_dealloc;
    list_iter_type.traverse = list_iter_traverse;
    list_iter_type.iter = iter_self;
    list_iter_type.iternext = list_iter_next;
    add_methods(&list_iter_type, list_iter_methods);
    finalize_type(&list_iter_type);

    init_static_type(&list_reviter_type, "list_reverseiterator", &object_type, sizeof(ListIter), kTypeHasGC);
    list_reviter_type.dealloc = list_iter_dealloc;
    list_reviter_type.traverse = list_iter_traverse;
    list_reviter_type.iter = iter_self;
    list_reviter_type.iternext = list_reviter_next;
    add_methods(&list_reviter_type, list_reviter_methods);
    finalize_type(&list_reviter_type);
}

}  // namespace minipy::rt
