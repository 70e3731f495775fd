// collections_native.cpp — the `_collections` module: deque and defaultdict, the two types of
// `collections` that are written in C++ (the rest of collections is Python, in
// stdlib/lib/collections/).
//
// deque is a ring buffer: a power-of-two array of slots with the items at positions head,
// head+1, ... (modulo the capacity). Appending or popping at either end moves `head` or the size,
// so both ends are O(1) (amortized: the array doubles when full and halves when mostly empty),
// and d[i] is O(1) too. (CPython uses a linked list of 64-item blocks instead, which never moves
// items but makes d[i] O(n).) A bounded deque (maxlen) drops items from the opposite end when an
// append would exceed the bound.
//
// Every mutation bumps `state`; iterators remember it and raise "deque mutated during iteration"
// when it changed, as CPython's do. In --no-gil mode each operation holds the deque's ObjectLock,
// and items are compared (count, index, remove) or released with the lock dropped, since that
// may run Python code.
//
// defaultdict is a dict subclass with one more field, default_factory; dict's lookup calls its
// __missing__ for absent keys, which stores and returns default_factory().
//
// Two private helpers serve stdlib/lib/collections/: _count_elements (Counter's loop) and
// _tuplegetter (namedtuple's field descriptors).
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/repr_guard.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/trashcan.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

Type deque_type;
Type deque_iter_type;
Type deque_reviter_type;
Type defaultdict_type;

namespace {

// =============================================================================================
// deque: the ring buffer

constexpr int64_t kMinCapacity = 8;

struct Deque : Object {
    Value* buf;          // cap slots (buf_alloc memory), or null while cap == 0
    int64_t cap;         // 0 or a power of two
    int64_t head;        // slot of item 0
    int64_t size;
    int64_t maxlen;      // -1: unbounded
    uint64_t state;      // bumped by every mutation (iterator invalidation)
};

Deque* as_deque(Value v) { return v.as<Deque>(); }
bool is_deque(Value v) { return isinstance_of(v, &deque_type); }

inline Value& slot(Deque* d, int64_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

// Moves the items into a new array of `cap` slots (cap >= size, a power of two).
bool resize(Deque* d, int64_t cap) {
    Value* nb = static_cast<Value*>(buf_alloc(static_cast<size_t>(cap) * sizeof(Value)));
    if (!nb) return false;
    for (int64_t i = 0; i < d->size; i++) nb[i] = slot(d, i);
    buf_free(d->buf);
    d->buf = nb;
    d->cap = cap;
    d->head = 0;
    return true;
}

bool ensure_room(Deque* d) {
    if (d->size < d->cap) return true;
    if (d->size >= kMaxItems) return false;
    return resize(d, d->cap ? d->cap * 2 : kMinCapacity);
}

void maybe_shrink(Deque* d) {
    if (d->cap > 64 && d->size * 4 < d->cap) resize(d, d->cap / 2);   // failure just keeps the array
}

// The raw end operations (lock held). push_* take an owned reference and return a value that
// fell off the other end of a full bounded deque (owned; the caller releases it unlocked), or
// the item itself when maxlen == 0.
bool push_back(Deque* d, Value v, Value* dropped) {
    *dropped = Value{};
    if (d->maxlen == 0) {
        *dropped = v;
        return true;
    }
    if (d->maxlen > 0 && d->size >= d->maxlen) {
        *dropped = slot(d, 0);
        d->head = (d->head + 1) & (d->cap - 1);
        d->size--;
    }
    if (!ensure_room(d)) return false;
    slot(d, d->size) = v;
    d->size++;
    d->state++;
    return true;
}

bool push_front(Deque* d, Value v, Value* dropped) {
    *dropped = Value{};
    if (d->maxlen == 0) {
        *dropped = v;
        return true;
    }
    if (d->maxlen > 0 && d->size >= d->maxlen) {
        *dropped = slot(d, d->size - 1);
        d->size--;
    }
    if (!ensure_room(d)) return false;
    d->head = (d->head - 1) & (d->cap - 1);
    slot(d, 0) = v;
    d->size++;
    d->state++;
    return true;
}

Value pop_back(Deque* d) {
    Value v = slot(d, d->size - 1);
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

Value pop_front(Deque* d) {
    Value v = slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

// Removes every item; their references go to `out` (released by the caller, unlocked).
void take_all(Deque* d, OwnedValues& out) {
    for (int64_t i = 0; i < d->size; i++) out.push_owned(slot(d, i));
    d->size = 0;
    d->head = 0;
    d->state++;
}

void snapshot(Deque* d, OwnedValues& out) {
    ObjectLock lock(d);
    out.reserve(d->size);
    for (int64_t i = 0; i < d->size; i++) out.push_borrowed(slot(d, i));
}

// append/appendleft of a borrowed item, with the memory error raised.
bool deque_append_item(Deque* d, Value v, bool left) {
    Value dropped;
    bool ok;
    {
        ObjectLock lock(d);
        ok = left ? push_front(d, newref(v), &dropped) : push_back(d, newref(v), &dropped);
    }
    if (!ok) {
        decref(v);
        raise_no_memory();
        return false;
    }
    decref(dropped);
    return true;
}

bool deque_extend_impl(Deque* d, Value iterable, bool left) {
    if (iterable == Value(d)) {
        // d.extend(d): iterate over a copy.
        OwnedValues items;
        snapshot(d, items);
        for (int64_t i = 0; i < items.size(); i++)
            if (!deque_append_item(d, items[i], left)) return false;
        return true;
    }
    Ref it{get_iter(iterable)};
    if (!it) return false;
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        if (!deque_append_item(d, item.get(), left)) return false;
    }
}

bool maxlen_arg(Value v, int64_t* out) {
    if (!v || is_none(v)) {
        *out = -1;
        return true;
    }
    if (!is_int(v)) {
        raise(&exc::TypeError, "an integer is required");
        return false;
    }
    if (!int_to_i64(v, out)) {
        clear_error();
        raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    if (*out < 0) {
        raise(&exc::ValueError, "maxlen must be non-negative");
        return false;
    }
    return true;
}

// --- life cycle ---------------------------------------------------------------------------------

Value deque_tp_new(Type* type, const Value*, size_t, Tuple*) {
    Deque* d = alloc<Deque>(type);
    if (!d) return raise_no_memory();
    d->maxlen = -1;
    return Value(d);
}

int deque_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("deque(iterable=?, maxlen=None)", false);
    Value bound[2];
    Ref holder[2];
    for (int64_t k = 0; kwnames && k < kwnames->size; k++) {
        std::string_view name = str_view(kwnames->items[k]);
        if (name != "iterable" && name != "maxlen") {
            raise(&exc::TypeError, "'%s' is an invalid keyword argument for deque()", std::string(name).c_str());
            return -1;
        }
    }
    if (!bind_args(*spec, args, nargs, kwnames, bound, holder)) return -1;
    Deque* d = as_deque(self);
    int64_t maxlen;
    if (!maxlen_arg(bound[1], &maxlen)) return -1;
    OwnedValues old;
    {
        ObjectLock lock(d);
        take_all(d, old);
        d->maxlen = maxlen;
    }
    old.clear();
    if (bound[0] && !deque_extend_impl(d, bound[0], false)) return -1;
    return 0;
}

void deque_dealloc_body(Object* o) {
    Deque* d = static_cast<Deque*>(o);
    for (int64_t i = 0; i < d->size; i++) decref(slot(d, i));
    buf_free(d->buf);
    d->buf = nullptr;
    d->size = 0;
    free_object_memory(o);
}

void deque_dealloc(Object* o) { trashcan_dealloc(o, deque_dealloc_body); }

void deque_traverse(Object* o, VisitFn visit, void* arg) {
    Deque* d = static_cast<Deque*>(o);
    for (int64_t i = 0; i < d->size; i++) {
        Value v = slot(d, i);
        if (v.is_object()) visit(v.as_object(), arg);
    }
}

void deque_clear_slot(Object* o) {
    OwnedValues old;
    {
        ObjectLock lock(o);
        take_all(static_cast<Deque*>(o), old);
    }
}

// --- methods --------------------------------------------------------------------------------------

Value deque_append(const Value* args) {
    if (!deque_append_item(as_deque(args[0]), args[1], false)) return Value{};
    return newref(none());
}

Value deque_appendleft(const Value* args) {
    if (!deque_append_item(as_deque(args[0]), args[1], true)) return Value{};
    return newref(none());
}

Value deque_pop_impl(Value self, bool left) {
    Deque* d = as_deque(self);
    ObjectLock lock(d);
    if (d->size == 0) return raise(&exc::IndexError, "pop from an empty deque");
    return left ? pop_front(d) : pop_back(d);
}

Value deque_pop(const Value* args) { return deque_pop_impl(args[0], false); }
Value deque_popleft(const Value* args) { return deque_pop_impl(args[0], true); }

Value deque_extend(const Value* args) {
    if (!deque_extend_impl(as_deque(args[0]), args[1], false)) return Value{};
    return newref(none());
}

Value deque_extendleft(const Value* args) {
    if (!deque_extend_impl(as_deque(args[0]), args[1], true)) return Value{};
    return newref(none());
}

Value deque_clear(const Value* args) {
    deque_clear_slot(args[0].as_object());
    return newref(none());
}

// Rotates right by n (left for negative n): items move from one end to the other without
// allocating.
void rotate(Deque* d, int64_t n) {
    if (d->size <= 1) return;
    int64_t len = d->size;
    n %= len;
    if (n > len / 2) n -= len;
    else if (n < -len / 2) n += len;
    if (n == 0) return;
    d->state++;
    if (d->size == d->cap) {
        // A full ring rotates by moving head alone.
        d->head = (d->head - n) & (d->cap - 1);
        return;
    }
    for (; n > 0; n--) {
        Value v = slot(d, d->size - 1);
        d->head = (d->head - 1) & (d->cap - 1);
        slot(d, 0) = v;
    }
    for (; n < 0; n++) {
        Value v = slot(d, 0);
        d->head = (d->head + 1) & (d->cap - 1);
        slot(d, d->size - 1) = v;
    }
}

Value deque_rotate(const Value* args) {
    int64_t n = 1;
    if (args[1] && !index_to_i64(args[1], &n, &exc::OverflowError)) return Value{};
    Deque* d = as_deque(args[0]);
    ObjectLock lock(d);
    rotate(d, n);
    return newref(none());
}

Value deque_reverse(const Value* args) {
    Deque* d = as_deque(args[0]);
    ObjectLock lock(d);
    for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) std::swap(slot(d, i), slot(d, j));
    d->state++;
    return newref(none());
}

// Finds the first index in [start, stop) whose item equals v; -1 when absent, -2 on error.
// A comparison that mutates the deque raises `mutated` (remove() raises IndexError, as CPython).
int64_t find_item(Deque* d, Value v, int64_t start, int64_t stop, Type* mutated = &exc::RuntimeError) {
    uint64_t state;
    {
        ObjectLock lock(d);
        state = d->state;
    }
    for (int64_t i = start; i < stop; i++) {
        Ref item;
        {
            ObjectLock lock(d);
            if (d->state != state || i >= d->size) {
                raise(mutated, "deque mutated during iteration");
                return -2;
            }
            item = Ref::borrow(slot(d, i));
        }
        int eq = equal(item.get(), v);
        if (eq < 0) return -2;
        {
            ObjectLock lock(d);
            if (d->state != state) {
                raise(mutated, "deque mutated during iteration");
                return -2;
            }
        }
        if (eq) return i;
    }
    return -1;
}

Value deque_count(const Value* args) {
    Deque* d = as_deque(args[0]);
    uint64_t state;
    int64_t size;
    {
        ObjectLock lock(d);
        state = d->state;
        size = d->size;
    }
    int64_t count = 0;
    for (int64_t i = 0; i < size; i++) {
        Ref item;
        {
            ObjectLock lock(d);
            if (d->state != state) return raise(&exc::RuntimeError, "deque mutated during iteration");
            item = Ref::borrow(slot(d, i));
        }
        int eq = equal(item.get(), args[1]);
        if (eq < 0) return Value{};
        ObjectLock lock(d);
        if (d->state != state) return raise(&exc::RuntimeError, "deque mutated during iteration");
        count += eq;
    }
    return int_from_i64(count);
}

bool deque_index_arg(Value v, int64_t* out) {
    if (!v) return true;
    if (!has_index(v)) {
        raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return slice_index_arg(v, out, false);
}

Value deque_index(const Value* args) {
    Deque* d = as_deque(args[0]);
    int64_t start = 0, stop = INT64_MAX;
    if (!deque_index_arg(args[2], &start) || !deque_index_arg(args[3], &stop)) return Value{};
    int64_t size;
    {
        ObjectLock lock(d);
        size = d->size;
    }
    clamp_range(size, &start, &stop);
    int64_t i = find_item(d, args[1], start, stop);
    if (i == -2) return Value{};
    if (i < 0) return raise(&exc::ValueError, "%R is not in deque", args[1]);
    return int_from_i64(i);
}

// Removes item i (lock held), returning it (owned).
Value remove_at(Deque* d, int64_t i) {
    Value v = slot(d, i);
    if (i < d->size / 2) {
        for (int64_t k = i; k > 0; k--) slot(d, k) = slot(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (int64_t k = i; k < d->size - 1; k++) slot(d, k) = slot(d, k + 1);
    }
    d->size--;
    d->state++;
    maybe_shrink(d);
    return v;
}

Value deque_remove(const Value* args) {
    Deque* d = as_deque(args[0]);
    int64_t size;
    {
        ObjectLock lock(d);
        size = d->size;
    }
    int64_t i = find_item(d, args[1], 0, size, &exc::IndexError);
    if (i == -2) return Value{};
    if (i < 0) return raise(&exc::ValueError, "%R is not in deque", args[1]);
    Value removed;
    {
        ObjectLock lock(d);
        if (i >= d->size) return raise(&exc::IndexError, "deque mutated during remove().");
        removed = remove_at(d, i);
    }
    decref(removed);
    return newref(none());
}

Value deque_insert(const Value* args) {
    Deque* d = as_deque(args[0]);
    int64_t i;
    if (!index_to_i64(args[1], &i, &exc::OverflowError)) return Value{};
    ObjectLock lock(d);
    if (d->maxlen >= 0 && d->size >= d->maxlen) return raise(&exc::IndexError, "deque already at its maximum size");
    if (i < 0) {
        i += d->size;
        if (i < 0) i = 0;
    }
    if (i > d->size) i = d->size;
    if (!ensure_room(d)) return raise_no_memory();
    if (i < d->size / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (int64_t k = 0; k < i; k++) slot(d, k) = slot(d, k + 1);
    } else {
        for (int64_t k = d->size; k > i; k--) slot(d, k) = slot(d, k - 1);
    }
    slot(d, i) = newref(args[2]);
    d->size++;
    d->state++;
    return newref(none());
}

// A new deque of the same type and maxlen holding the same items (copy(), __copy__, +).
Value deque_copy_of(Value self) {
    Deque* d = as_deque(self);
    if (type_of(self) == &deque_type) {
        Ref r{deque_tp_new(&deque_type, nullptr, 0, nullptr)};
        if (!r) return Value{};
        as_deque(r.get())->maxlen = d->maxlen;
        if (!deque_extend_impl(as_deque(r.get()), self, false)) return Value{};
        return r.release();
    }
    if (d->maxlen < 0) return call1(Value(type_of(self)), self);
    Ref m{int_from_i64(d->maxlen)};
    return call2(Value(type_of(self)), self, m.get());
}

Value deque_copy(const Value* args) { return deque_copy_of(args[0]); }

Value deque_iter(Value self);

// (type, () or ((), maxlen), instance dict or None, iterator over the items), as CPython.
Value deque_reduce(const Value* args) {
    Deque* d = as_deque(args[0]);
    Ref ctor_args;
    if (d->maxlen < 0) {
        ctor_args = Ref{tuple_empty()};
    } else {
        Ref m{int_from_i64(d->maxlen)};
        ctor_args = Ref{tuple_pack({tuple_empty(), m.get()})};
    }
    if (!ctor_args) return Value{};
    Dict** dp = instance_dict_slot(args[0]);
    Value state = dp && *dp && dict_size(*dp) ? Value(*dp) : none();
    Ref it{deque_iter(args[0])};
    if (!it) return Value{};
    return tuple_pack({Value(type_of(args[0])), ctor_args.get(), state, it.get()});
}

Value deque_maxlen_get(Value self) {
    int64_t m = as_deque(self)->maxlen;
    if (m < 0) return newref(none());
    return int_from_i64(m);
}

// --- protocol slots -----------------------------------------------------------------------------

int64_t deque_length(Value self) {
    Deque* d = as_deque(self);
    ObjectLock lock(d);
    return d->size;
}

bool deque_index_value(Value key, int64_t* out) {
    if (!has_index(key)) {
        raise(&exc::TypeError, "sequence index must be integer, not '%s'", type_of(key)->tp_name);
        return false;
    }
    return seq_index_value(key, out);
}

Value deque_subscript(Value self, Value key) {
    int64_t i;
    if (!deque_index_value(key, &i)) return Value{};
    Deque* d = as_deque(self);
    ObjectLock lock(d);
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) return raise(&exc::IndexError, "deque index out of range");
    return newref(slot(d, i));
}

int deque_ass_subscript(Value self, Value key, Value v) {
    int64_t i;
    if (!deque_index_value(key, &i)) return -1;
    Deque* d = as_deque(self);
    Value old;
    {
        ObjectLock lock(d);
        if (i < 0) i += d->size;
        if (i < 0 || i >= d->size) {
            raise(&exc::IndexError, "deque index out of range");
            return -1;
        }
        if (v) {
            old = slot(d, i);
            slot(d, i) = newref(v);
        } else {
            old = remove_at(d, i);
        }
    }
    decref(old);
    return 0;
}

int deque_contains(Value self, Value v) {
    Deque* d = as_deque(self);
    int64_t size;
    {
        ObjectLock lock(d);
        size = d->size;
    }
    int64_t i = find_item(d, v, 0, size);
    if (i == -2) return -1;
    return i >= 0 ? 1 : 0;
}

Value deque_repr(Value self) {
    Deque* d = as_deque(self);
    ReprScope scope(d);
    if (!scope.entered()) return str_from("[...]");
    OwnedValues items;
    snapshot(d, items);
    std::string out = std::string(str_view(Value(type_of(self)->name))) + "([";
    for (int64_t i = 0; i < items.size(); i++) {
        if (i) out += ", ";
        Ref r{repr(items[i])};
        if (!r) return Value{};
        out += str_view(r.get());
    }
    out += "]";
    if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
    out += ")";
    return str_from(out);
}

Value deque_richcompare(Value a, Value b, CompareOp op) {
    if (!is_deque(a) || !is_deque(b)) return newref(not_implemented());
    OwnedValues va, vb;
    snapshot(as_deque(a), va);
    snapshot(as_deque(b), vb);
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && va.size() != vb.size())
        return bool_value(op == CompareOp::Ne);
    return sequence_richcompare(va.data(), va.size(), vb.data(), vb.size(), op);
}

// deque + deque. Another right operand raises CPython's message (a Python class's __radd__ has
// been tried before: this is a sequence slot, see register_sequence_slot).
Value deque_concat(Value a, Value b) {
    if (!is_deque(a)) return newref(not_implemented());
    if (!is_deque(b)) {
        return raise(&exc::TypeError, "can only concatenate deque (not \"%s\") to deque", type_of(b)->tp_name);
    }
    Ref r{deque_copy_of(a)};
    if (!r) return Value{};
    if (!deque_extend_impl(as_deque(r.get()), b, false)) return Value{};
    return r.release();
}

Value deque_inplace_concat(Value a, Value b) {
    if (!deque_extend_impl(as_deque(a), b, false)) return Value{};
    return newref(a);
}

// The items of `seq` repeated n times, appended to d (which must not be seq's snapshot holder).
bool repeat_into(Deque* d, const OwnedValues& items, int64_t n) {
    for (int64_t rep = 0; rep < n; rep++)
        for (int64_t i = 0; i < items.size(); i++)
            if (!deque_append_item(d, items[i], false)) return false;
    return true;
}

bool repeat_count(Value count, int64_t* n) {
    if (!has_index(count)) {
        raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_of(count)->tp_name);
        return false;
    }
    return sequence_repeat_count(count, n);
}

Value deque_repeat(Value a, Value b) {
    Value seq = a, count = b;
    if (!is_deque(a)) {
        seq = b;
        count = a;
    }
    int64_t n;
    if (!repeat_count(count, &n)) return Value{};
    Deque* d = as_deque(seq);
    OwnedValues items;
    snapshot(d, items);
    Ref r;
    if (type_of(seq) == &deque_type) {
        r = Ref{deque_tp_new(&deque_type, nullptr, 0, nullptr)};
        if (!r) return Value{};
        as_deque(r.get())->maxlen = d->maxlen;
    } else {
        r = Ref{deque_copy_of(seq)};   // a subclass instance made by its own constructor
        if (!r) return Value{};
        OwnedValues old;
        ObjectLock lock(r.get().as_object());
        take_all(as_deque(r.get()), old);
    }
    if (n > 0 && !repeat_into(as_deque(r.get()), items, n)) return Value{};
    return r.release();
}

Value deque_inplace_repeat(Value a, Value b) {
    int64_t n;
    if (!repeat_count(b, &n)) return Value{};
    Deque* d = as_deque(a);
    OwnedValues items;
    snapshot(d, items);
    if (n <= 0) {
        OwnedValues old;
        ObjectLock lock(d);
        take_all(d, old);
    } else if (!repeat_into(d, items, n - 1)) {
        return Value{};
    }
    return newref(a);
}

// --- iterators ----------------------------------------------------------------------------------

struct DequeIter : Object {
    Value deque;         // owned; null once exhausted
    int64_t index;       // items handed out so far
    uint64_t state;
};

Value make_iter(Value self, Type* type) {
    DequeIter* it = alloc<DequeIter>(type);
    if (!it) return raise_no_memory();
    Deque* d = as_deque(self);
    ObjectLock lock(d);
    it->deque = newref(self);
    it->index = 0;
    it->state = d->state;
    return Value(it);
}

Value deque_iter(Value self) { return make_iter(self, &deque_iter_type); }

Value deque_reversed(const Value* args) { return make_iter(args[0], &deque_reviter_type); }

Value deque_iter_next_impl(Value self, bool reverse) {
    DequeIter* it = self.as<DequeIter>();
    if (!it->deque) return Value{};
    Deque* d = as_deque(it->deque);
    Value item;
    bool mutated = false;
    {
        ObjectLock lock(d);
        if (d->state != it->state) {
            mutated = true;   // stays so: every later next() raises too, as CPython
        } else if (it->index < d->size) {
            item = newref(slot(d, reverse ? d->size - 1 - it->index : it->index));
            it->index++;
        }
    }
    if (mutated) return raise(&exc::RuntimeError, "deque mutated during iteration");
    if (item) return item;
    set_owned(it->deque, Value{});
    return Value{};
}

Value deque_iter_next(Value self) { return deque_iter_next_impl(self, false); }
Value deque_reviter_next(Value self) { return deque_iter_next_impl(self, true); }
Value iter_self(Value self) { return newref(self); }

Value deque_iter_length_hint(const Value* args) {
    DequeIter* it = args[0].as<DequeIter>();
    if (!it->deque) return Value::small_int(0);
    int64_t left = deque_length(it->deque) - it->index;
    return int_from_i64(left > 0 ? left : 0);
}

void deque_iter_dealloc(Object* o) {
    DequeIter* it = static_cast<DequeIter*>(o);
    decref(it->deque);
    free_object_memory(o);
}

void deque_iter_traverse(Object* o, VisitFn visit, void* arg) {
    DequeIter* it = static_cast<DequeIter*>(o);
    if (it->deque.is_object()) visit(it->deque.as_object(), arg);
}

void deque_iter_clear(Object* o) { set_owned(static_cast<DequeIter*>(o)->deque, Value{}); }

const NativeDef deque_methods[] = {
    {"append(self, x, /)", deque_append, nullptr, 0, "Add an element to the right side of the deque."},
    {"appendleft(self, x, /)", deque_appendleft, nullptr, 0, "Add an element to the left side of the deque."},
    {"pop(self, /)", deque_pop, nullptr, 0, "Remove and return the rightmost element."},
    {"popleft(self, /)", deque_popleft, nullptr, 0, "Remove and return the leftmost element."},
    {"extend(self, iterable, /)", deque_extend, nullptr, 0, "Extend the right side of the deque with elements from the iterable."},
    {"extendleft(self, iterable, /)", deque_extendleft, nullptr, 0, "Extend the left side of the deque with elements from the iterable."},
    {"clear(self, /)", deque_clear, nullptr, 0, "Remove all elements from the deque."},
    {"copy(self, /)", deque_copy, nullptr, 0, "Return a shallow copy of a deque."},
    {"__copy__(self, /)", deque_copy, nullptr, 0, "Return a shallow copy of a deque."},
    {"count(self, value, /)", deque_count, nullptr, 0, "Return number of occurrences of value."},
    {"index(self, value, start=?, stop=?, /)", deque_index, nullptr, 0, "Return first index of value."},
    {"insert(self, index, value, /)", deque_insert, nullptr, 0, "Insert value before index."},
    {"remove(self, value, /)", deque_remove, nullptr, 0, "Remove first occurrence of value."},
    {"reverse(self, /)", deque_reverse, nullptr, 0, "Reverse *IN PLACE*."},
    {"rotate(self, n=?, /)", deque_rotate, nullptr, 0, "Rotate the deque n steps to the right.  If n is negative, rotates left."},
    {"__reversed__(self, /)", deque_reversed, nullptr, 0, "Return a reverse iterator over the deque."},
    {"__reduce__(self, /)", deque_reduce, nullptr, 0, "Return state information for pickling."},
    {nullptr},
};

const GetSetDef deque_getsets[] = {
    {"maxlen", deque_maxlen_get, nullptr, "maximum size of a deque or None if unbounded"},
    {nullptr},
};

const NativeDef deque_iter_methods[] = {
    {"__length_hint__(self, /)", deque_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// =============================================================================================
// defaultdict

struct DefaultDict : Dict {
    Value default_factory;   // owned; None or a callable
};

int defaultdict_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Value factory = none();
    if (nargs > 0) {
        factory = args[0];
        if (!is_none(factory) && !is_callable(factory)) {
            raise(&exc::TypeError, "first argument must be callable or None");
            return -1;
        }
        args++;
        nargs--;
    }
    set_owned(self.as<DefaultDict>()->default_factory, newref(factory));
    return dict_type.tp_init(self, args, nargs, kwnames);
}

Value defaultdict_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value r = dict_type.tp_new(type, args, nargs, kwnames);
    if (r) r.as<DefaultDict>()->default_factory = newref(none());
    return r;
}

void defaultdict_dealloc(Object* o) {
    DefaultDict* d = static_cast<DefaultDict*>(o);
    Value f = d->default_factory;
    d->default_factory = Value{};
    decref(f);
    dict_type.dealloc(o);
}

void defaultdict_traverse(Object* o, VisitFn visit, void* arg) {
    DefaultDict* d = static_cast<DefaultDict*>(o);
    if (d->default_factory.is_object()) visit(d->default_factory.as_object(), arg);
    dict_type.traverse(o, visit, arg);
}

void defaultdict_clear_slot(Object* o) {
    DefaultDict* d = static_cast<DefaultDict*>(o);
    Value f = d->default_factory;
    d->default_factory = Value{};
    decref(f);
    dict_type.clear(o);
}

Value factory_of(Value self) {
    Value f = self.as<DefaultDict>()->default_factory;
    return f ? f : none();
}

Value defaultdict_missing(const Value* args) {
    Value factory = factory_of(args[0]);
    if (is_none(factory)) return raise_key_error(args[1]);
    Ref value{call0(factory)};
    if (!value) return Value{};
    if (setitem(args[0], args[1], value.get()) < 0) return Value{};
    return value.release();
}

Value defaultdict_repr(Value self) {
    Ref dict_part{dict_type.repr(self)};
    if (!dict_part) return Value{};
    Value factory = factory_of(self);
    std::string f;
    if (is_none(factory)) {
        f = "None";
    } else {
        // Guarded on the factory itself: a factory whose repr shows this dict prints "...".
        ReprScope scope(factory.is_object() ? factory.as_object() : self.as_object());
        if (!scope.entered()) {
            f = "...";
        } else {
            Ref r{repr(factory)};
            if (!r) return Value{};
            f = std::string(str_view(r.get()));
        }
    }
    return str_from(std::string(str_view(Value(type_of(self)->name))) + "(" + f + ", " +
                    std::string(str_view(dict_part.get())) + ")");
}

Value defaultdict_copy(const Value* args) {
    return call2(Value(type_of(args[0])), factory_of(args[0]), args[0]);
}

Value defaultdict_reduce(const Value* args) {
    Value factory = factory_of(args[0]);
    Ref ctor_args{is_none(factory) ? tuple_empty() : tuple_pack({factory})};
    Ref items{dict_items_view(args[0].as<Dict>())};
    if (!ctor_args || !items) return Value{};
    Ref it{get_iter(items.get())};
    if (!it) return Value{};
    return tuple_pack({Value(type_of(args[0])), ctor_args.get(), none(), none(), it.get()});
}

// defaultdict | mapping keeps the factory (and the type) of the defaultdict operand.
Value defaultdict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return newref(not_implemented());
    Value self = isinstance_of(a, &defaultdict_type) ? a : b;
    Ref r{call1(Value(type_of(self)), factory_of(self))};
    if (!r) return Value{};
    if (dict_update(r.as<Dict>(), a) < 0 || dict_update(r.as<Dict>(), b) < 0) return Value{};
    return r.release();
}

Value defaultdict_factory_get(Value self) { return newref(factory_of(self)); }

int defaultdict_factory_set(Value self, Value v) {
    set_owned(self.as<DefaultDict>()->default_factory, newref(v ? v : none()));
    return 0;
}

const NativeDef defaultdict_methods[] = {
    {"__missing__(self, key, /)", defaultdict_missing, nullptr, 0,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value"},
    {"copy(self, /)", defaultdict_copy, nullptr, 0, "D.copy() -> a shallow copy of D."},
    {"__copy__(self, /)", defaultdict_copy, nullptr, 0, "D.copy() -> a shallow copy of D."},
    {"__reduce__(self, /)", defaultdict_reduce, nullptr, 0, "Return state information for pickling."},
    {nullptr},
};

const GetSetDef defaultdict_getsets[] = {
    {"default_factory", defaultdict_factory_get, defaultdict_factory_set,
     "Factory for default value called by __missing__()."},
    {nullptr},
};

// =============================================================================================
// Helpers for collections/__init__.py: _count_elements (Counter's counting loop) and
// _tuplegetter (the field descriptors of namedtuple classes).

// _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each item. For a
// dict (or a subclass that keeps dict's get and __setitem__, like Counter) the loop runs in C++.
Value count_elements(const Value* args) {
    Value mapping = args[0];
    Ref it{get_iter(args[1])};
    if (!it) return Value{};
    Type* t = type_of(mapping);
    Str* get_name = intern("get");
    bool fast = is_dict(mapping) && type_lookup(t, get_name) == type_lookup(&dict_type, get_name) &&
                t->mp_ass_subscript == dict_type.mp_ass_subscript;
    Ref get;
    if (!fast) {
        get = Ref{getattr(mapping, get_name)};
        if (!get) return Value{};
    }
    Value one = Value::small_int(1);
    for (;;) {
        Ref key{iter_next(it.get())};
        if (!key) {
            if (has_error()) return Value{};
            break;
        }
        Ref old;
        if (fast) {
            old = Ref{dict_get_item_ref(mapping.as<Dict>(), key.get())};
            if (!old && has_error()) return Value{};
        } else {
            old = Ref{call2(get.get(), key.get(), Value::small_int(0))};
            if (!old) return Value{};
        }
        Ref count{old ? binary_op(old.get(), one, BinOp::Add) : one};
        if (!count) return Value{};
        if (fast ? dict_set_item(mapping.as<Dict>(), key.get(), count.get()) < 0 : setitem(mapping, key.get(), count.get()) < 0)
            return Value{};
    }
    return newref(none());
}

struct TupleGetter : Object {
    int64_t index;
    Value doc;   // owned
};

Value tuplegetter_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords("_tuplegetter", kwnames) || !check_nargs("_tuplegetter", nargs, 2, 2)) return Value{};
    int64_t index;
    if (!index_to_i64(args[0], &index, &exc::OverflowError)) return Value{};
    TupleGetter* g = alloc<TupleGetter>(type);
    if (!g) return raise_no_memory();
    g->index = index;
    g->doc = newref(args[1]);
    return Value(g);
}

void tuplegetter_dealloc(Object* o) {
    decref(static_cast<TupleGetter*>(o)->doc);
    free_object_memory(o);
}

void tuplegetter_traverse(Object* o, VisitFn visit, void* arg) {
    Value d = static_cast<TupleGetter*>(o)->doc;
    if (d.is_object()) visit(d.as_object(), arg);
}

void tuplegetter_clear(Object* o) { set_owned(static_cast<TupleGetter*>(o)->doc, newref(none())); }

Value tuplegetter_get(Value descr, Value obj, Value) {
    TupleGetter* g = descr.as<TupleGetter>();
    if (!obj || is_none(obj)) return newref(descr);   // looked up on the class
    if (!is_tuple(obj))
        return raise(&exc::TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                     static_cast<long long>(g->index), type_of(obj)->tp_name);
    Tuple* t = obj.as<Tuple>();
    if (g->index < 0 || g->index >= t->size) return raise(&exc::IndexError, "tuple index out of range");
    return newref(t->items[g->index]);
}

int tuplegetter_set(Value, Value, Value v) {
    raise(&exc::AttributeError, v ? "can't set attribute" : "can't delete attribute");
    return -1;
}

Value tuplegetter_repr(Value self) {
    TupleGetter* g = self.as<TupleGetter>();
    return str_format("_tuplegetter(%lld, %R)", static_cast<long long>(g->index), g->doc);
}

Value tuplegetter_reduce(const Value* args) {
    TupleGetter* g = args[0].as<TupleGetter>();
    Ref index{int_from_i64(g->index)};
    Ref ctor_args{tuple_pack({index.get(), g->doc})};
    if (!ctor_args) return Value{};
    return tuple_pack({Value(type_of(args[0])), ctor_args.get()});
}

Value tuplegetter_doc_get(Value self) { return newref(self.as<TupleGetter>()->doc); }

int tuplegetter_doc_set(Value self, Value v) {
    set_owned(self.as<TupleGetter>()->doc, newref(v ? v : none()));
    return 0;
}

const NativeDef tuplegetter_methods[] = {
    {"__reduce__(self, /)", tuplegetter_reduce},
    {nullptr},
};

const GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_doc_get, tuplegetter_doc_set},
    {nullptr},
};

const NativeDef module_defs[] = {
    {"_count_elements(mapping, iterable, /)", count_elements, nullptr, 0, "Count elements in the iterable, updating the mapping"},
    {nullptr},
};

}  // namespace

Type tuplegetter_type;

Module* init_collections_module() {
    static bool ready = false;
    if (!ready) {
        init_static_type(&deque_type, "collections.deque", &object_type, sizeof(Deque), kTypeBaseType | kTypeHasGC);
        deque_type.doc = "A list-like sequence optimized for data accesses near its endpoints.";
        deque_type.tp_new = deque_tp_new;
        deque_type.tp_init = deque_tp_init;
        deque_type.dealloc = deque_dealloc;
        deque_type.traverse = deque_traverse;
        deque_type.clear = deque_clear_slot;
        deque_type.repr = deque_repr;
        deque_type.richcompare = deque_richcompare;   // hash stays null: unhashable
        deque_type.iter = deque_iter;
        deque_type.sq_length = deque_length;
        deque_type.mp_subscript = deque_subscript;
        deque_type.mp_ass_subscript = deque_ass_subscript;
        deque_type.sq_contains = deque_contains;
        deque_type.nb_add = deque_concat;
        deque_type.nb_inplace_add = deque_inplace_concat;
        deque_type.nb_multiply = deque_repeat;
        deque_type.nb_inplace_multiply = deque_inplace_repeat;
        for (BinaryFn f : {deque_concat, deque_inplace_concat, deque_repeat, deque_inplace_repeat})
            register_sequence_slot(f);
        add_methods(&deque_type, deque_methods);
        add_getsets(&deque_type, deque_getsets);
        finalize_type(&deque_type);

        for (Type* t : {&deque_iter_type, &deque_reviter_type}) {
            init_static_type(t, t == &deque_iter_type ? "_collections._deque_iterator" : "_collections._deque_reverse_iterator",
                             &object_type, sizeof(DequeIter), kTypeHasGC);
            t->dealloc = deque_iter_dealloc;
            t->traverse = deque_iter_traverse;
            t->clear = deque_iter_clear;
            t->iter = iter_self;
            t->iternext = t == &deque_iter_type ? deque_iter_next : deque_reviter_next;
            add_methods(t, deque_iter_methods);
            finalize_type(t);
        }

        init_static_type(&defaultdict_type, "collections.defaultdict", &dict_type, sizeof(DefaultDict),
                         kTypeBaseType | kTypeHasGC | kTypeDictSubclass);
        defaultdict_type.doc =
            "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
            "The default factory is called without arguments to produce\n"
            "a new value when a key is not present, in __getitem__ only.\n"
            "A defaultdict compares equal to a dict with the same items.\n"
            "All remaining arguments are treated the same as if they were\n"
            "passed to the dict constructor, including keyword arguments.\n";
        defaultdict_type.tp_new = defaultdict_tp_new;
        defaultdict_type.tp_init = defaultdict_tp_init;
        defaultdict_type.dealloc = defaultdict_dealloc;
        defaultdict_type.traverse = defaultdict_traverse;
        defaultdict_type.clear = defaultdict_clear_slot;
        defaultdict_type.repr = defaultdict_repr;
        defaultdict_type.nb_or = defaultdict_or;
        add_methods(&defaultdict_type, defaultdict_methods);
        add_getsets(&defaultdict_type, defaultdict_getsets);
        finalize_type(&defaultdict_type);

        init_static_type(&tuplegetter_type, "_collections._tuplegetter", &object_type, sizeof(TupleGetter), kTypeHasGC);
        tuplegetter_type.tp_new = tuplegetter_tp_new;
        tuplegetter_type.dealloc = tuplegetter_dealloc;
        tuplegetter_type.traverse = tuplegetter_traverse;
        tuplegetter_type.clear = tuplegetter_clear;
        tuplegetter_type.descr_get = tuplegetter_get;
        tuplegetter_type.descr_set = tuplegetter_set;
        tuplegetter_type.repr = tuplegetter_repr;
        add_methods(&tuplegetter_type, tuplegetter_methods);
        add_getsets(&tuplegetter_type, tuplegetter_getsets);
        finalize_type(&tuplegetter_type);
        ready = true;
    }
    Module* m = module_new_cstr("_collections");
    if (!m) return nullptr;
    module_add(m, "deque", Value(&deque_type));
    module_add(m, "defaultdict", Value(&defaultdict_type));
    module_add(m, "_deque_iterator", Value(&deque_iter_type));
    module_add(m, "_deque_reverse_iterator", Value(&deque_reviter_type));
    module_add(m, "_tuplegetter", Value(&tuplegetter_type));
    module_add_functions(m, module_defs);
    return m;
}

}  // namespace minipy::lib
