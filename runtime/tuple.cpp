// tuple.cpp — tuple and its iterator.
//
// A tuple stores its items inline after the header (Tuple::items[], itemsize = one Value), so a
// tuple is one allocation. The empty tuple is one immortal object shared by everyone. Tuples are
// immutable, so reads need no ObjectLock. Item calls (==, <, repr) go through ops.hpp, whose
// richcompare/repr take a RecursionGuard per level, and the hash takes its own, so a tuple nested
// 100000 deep raises RecursionError instead of overflowing the C stack; its dealloc goes through
// the trashcan (trashcan.hpp).
//
// The hash is CPython's (Objects/tupleobject.c, since 3.8): an xxHash-style accumulation of the
// item hashes, so hash((1, 2)) gives the same number as CPython's. It is cached in hash_cache.
#include "tuple.hpp"

#include <cstring>
#include <string>

#include "container_util.hpp"
#include "descr.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "range.hpp"
#include "repr_guard.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "trashcan.hpp"

namespace minipy::rt {

Type tuple_type;
Type tuple_iter_type;

namespace {

Tuple* g_empty_tuple = nullptr;

struct TupleIter : Object {
    Tuple* seq;          // owned; null once exhausted
    int64_t index;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Creation

// The empty tuple is made on first use: init.cpp's bootstrap needs it (for the bases of the first
// types) before init_tuple_type() runs.
Value tuple_empty() {
    if (!g_empty_tuple) {
        g_empty_tuple = alloc<Tuple>(&tuple_type, 0);
        if (!g_empty_tuple) fatal_error("cannot allocate the empty tuple");
        g_empty_tuple->size = 0;
        g_empty_tuple->hash_cache = -1;
        make_immortal(g_empty_tuple);
    }
    return Value(g_empty_tuple);
}

Tuple* tuple_new(int64_t size) {
    if (size == 0) return tuple_empty().as<Tuple>();
    if (size < 0 || size > kMaxItems) {
        raise_no_memory();
        return nullptr;
    }
    Tuple* t = alloc<Tuple>(&tuple_type, static_cast<size_t>(size));
    if (!t) {
        raise_no_memory();
        return nullptr;
    }
    t->size = size;
    t->hash_cache = -1;
    return t;
}

Value tuple_from_array(const Value* items, int64_t n) {
    if (n == 0) return tuple_empty();
    Tuple* t = tuple_new(n);
    if (!t) return {};
    for (int64_t i = 0; i < n; i++) t->items[i] = newref(items[i]);
    return Value(t);
}

Value tuple_pack(std::initializer_list<Value> items) {
    return tuple_from_array(items.begin(), static_cast<int64_t>(items.size()));
}

Value tuple_slice(Tuple* t, int64_t start, int64_t stop) {
    if (start < 0) start = 0;
    if (stop > t->size) stop = t->size;
    if (stop < start) stop = start;
    if (start == 0 && stop == t->size && t->type == &tuple_type) return newref(Value(t));
    return tuple_from_array(t->items + start, stop - start);
}

// ---------------------------------------------------------------------------------------------
// Hash: CPython's tuple hash (xxHash's round function over the item hashes).

namespace {
constexpr uint64_t kXXPrime1 = 11400714785074694791ULL;
constexpr uint64_t kXXPrime2 = 14029467366897019727ULL;
constexpr uint64_t kXXPrime5 = 2870177450012600261ULL;
inline uint64_t xx_rotate(uint64_t x) { return (x << 31) | (x >> 33); }
}  // namespace

int64_t hash_combine_values(const Value* items, int64_t n) {
    RecursionGuard guard(" while hashing");
    if (!guard.ok()) return -1;
    uint64_t acc = kXXPrime5;
    for (int64_t i = 0; i < n; i++) {
        int64_t lane = hash(items[i]);
        if (lane == -1) return -1;
        acc += static_cast<uint64_t>(lane) * kXXPrime2;
        acc = xx_rotate(acc);
        acc *= kXXPrime1;
    }
    acc += static_cast<uint64_t>(n) ^ (kXXPrime5 ^ 3527539ULL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

static int64_t tuple_hash(Value self) {
    Tuple* t = self.as<Tuple>();
    if (t->hash_cache != -1) return t->hash_cache;
    int64_t h = hash_combine_values(t->items, t->size);
    if (h != -1) t->hash_cache = h;
    return h;
}

// ---------------------------------------------------------------------------------------------
// Life cycle

static void tuple_dealloc_body(Object* o) {
    Tuple* t = static_cast<Tuple*>(o);
    for (int64_t i = t->size; i-- > 0;) decref(t->items[i]);
    free_object_memory(o);
}

static void tuple_dealloc(Object* o) { trashcan_dealloc(o, tuple_dealloc_body); }

static void tuple_traverse(Object* o, VisitFn visit, void* arg) {
    Tuple* t = static_cast<Tuple*>(o);
    for (int64_t i = 0; i < t->size; i++)
        if (t->items[i].is_object()) visit(t->items[i].as_object(), arg);
}

// A tuple of `type` (tuple or a subclass) holding the items of `src` (an exact tuple).
static Value tuple_as_subtype(Type* type, Tuple* src) {
    Tuple* t = alloc<Tuple>(type, static_cast<size_t>(src->size));
    if (!t) return raise_no_memory();
    t->size = src->size;
    t->hash_cache = -1;
    for (int64_t i = 0; i < src->size; i++) t->items[i] = newref(src->items[i]);
    return Value(t);
}

static Value tuple_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &tuple_type && !args_no_keywords("tuple", kwnames)) return {};
    if (!args_count("tuple", nargs, 0, 1)) return {};
    Ref items;
    if (nargs == 0) items = Ref(tuple_empty());
    else if (is_exact_tuple(args[0])) items = Ref::borrow(args[0]);
    else items = Ref(sequence_to_tuple(args[0]));
    if (!items) return {};
    if (type == &tuple_type) return items.release();
    return tuple_as_subtype(type, items.as<Tuple>());
}

// ---------------------------------------------------------------------------------------------
// Protocol slots

static Value tuple_repr(Value self) {
    Tuple* t = self.as<Tuple>();
    if (t->size == 0) return str_from("()");
    ReprScope scope(t);
    if (!scope.entered()) return str_from("(...)");
    std::string out = "(";
    for (int64_t i = 0; i < t->size; i++) {
        if (i > 0) out += ", ";
        Ref r{repr(t->items[i])};
        if (!r) return {};
        out += str_view(r.get());
    }
    out += t->size == 1 ? ",)" : ")";
    return str_from(out);
}

static int64_t tuple_length(Value self) { return self.as<Tuple>()->size; }

// Lexicographic comparison, as CPython's tuplerichcompare: the first position where the items
// differ decides; if none does, the lengths decide.
Value sequence_richcompare(const Value* a, int64_t na, const Value* b, int64_t nb, CompareOp op) {
    if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne)) return bool_value(op == CompareOp::Ne);
    int64_t i = 0;
    for (; i < na && i < nb; i++) {
        int k = equal(a[i], b[i]);
        if (k < 0) return {};
        if (!k) break;
    }
    if (i >= na || i >= nb) {
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = na < nb; break;
        case CompareOp::Le: r = na <= nb; break;
        case CompareOp::Eq: r = na == nb; break;
        case CompareOp::Ne: r = na != nb; break;
        case CompareOp::Gt: r = na > nb; break;
        case CompareOp::Ge: r = na >= nb; break;
        }
        return bool_value(r);
    }
    if (op == CompareOp::Eq) return false_value();
    if (op == CompareOp::Ne) return true_value();
    return richcompare(a[i], b[i], op);
}

static Value tuple_richcompare(Value a, Value b, CompareOp op) {
    if (!is_tuple(a) || !is_tuple(b)) return newref(not_implemented());
    Tuple* ta = a.as<Tuple>();
    Tuple* tb = b.as<Tuple>();
    return sequence_richcompare(ta->items, ta->size, tb->items, tb->size, op);
}

static int tuple_contains(Value self, Value item) {
    Tuple* t = self.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
        int k = equal(t->items[i], item);
        if (k != 0) return k;
    }
    return 0;
}

static Value tuple_subscript(Value self, Value key) {
    Tuple* t = self.as<Tuple>();
    if (has_index(key)) {
        int64_t i;
        if (!seq_index_value(key, &i)) return {};
        if (i < 0) i += t->size;
        if (i < 0 || i >= t->size) return raise(&exc::IndexError, "tuple index out of range");
        return newref(t->items[i]);
    }
    if (type_of(key) == &slice_type) {
        int64_t start, stop, step, n;
        if (!slice_indices(key.as<Slice>(), t->size, &start, &stop, &step, &n)) return {};
        if (step == 1) return tuple_slice(t, start, start + n);
        if (n <= 0) return tuple_empty();
        Tuple* r = tuple_new(n);
        if (!r) return {};
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = newref(t->items[j]);
        return Value(r);
    }
    return raise(&exc::TypeError, "tuple indices must be integers or slices, not %T", key);
}

static Value tuple_concat(Value a, Value b) {
    if (!is_tuple(a)) return newref(not_implemented());
    if (!is_tuple(b)) return concat_error("tuple", b);
    Tuple* ta = a.as<Tuple>();
    Tuple* tb = b.as<Tuple>();
    if (ta->size == 0 && is_exact_tuple(b)) return newref(b);
    if (tb->size == 0 && is_exact_tuple(a)) return newref(a);
    if (ta->size > kMaxItems - tb->size) return raise_no_memory();
    Tuple* r = tuple_new(ta->size + tb->size);
    if (!r) return {};
    for (int64_t i = 0; i < ta->size; i++) r->items[i] = newref(ta->items[i]);
    for (int64_t i = 0; i < tb->size; i++) r->items[ta->size + i] = newref(tb->items[i]);
    return Value(r);
}

// The repeat count of `seq * n` / `n * seq`; false with an error set.
bool sequence_repeat_count(Value n, int64_t* out) {
    if (n.is_small_int()) {
        *out = n.as_small_int();
        return true;
    }
    return index_to_i64(n, out, &exc::OverflowError);
}

static Value tuple_repeat(Value a, Value b) {
    Value seq = a, count = b;
    if (!is_tuple(a)) {
        if (!is_tuple(b)) return newref(not_implemented());
        seq = b;
        count = a;
    }
    if (!has_index(count)) return repeat_error(count);
    int64_t n;
    if (!sequence_repeat_count(count, &n)) return {};
    Tuple* t = seq.as<Tuple>();
    if (n <= 0 || t->size == 0) return tuple_empty();
    if (n == 1 && is_exact_tuple(seq)) return newref(seq);
    if (t->size > kMaxItems / n) return raise_no_memory();
    Tuple* r = tuple_new(t->size * n);
    if (!r) return {};
    int64_t k = 0;
    for (int64_t rep = 0; rep < n; rep++)
        for (int64_t i = 0; i < t->size; i++) r->items[k++] = newref(t->items[i]);
    return Value(r);
}

// ---------------------------------------------------------------------------------------------
// Methods

static Value tuple_count_meth(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    int64_t count = 0;
    for (int64_t i = 0; i < t->size; i++) {
        int k = equal(t->items[i], args[1]);
        if (k < 0) return {};
        count += k;
    }
    return int_from_i64(count);
}

static Value tuple_index_meth(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    int64_t start = 0, stop = INT64_MAX;
    if (args[2] && !slice_index_arg(args[2], &start, false)) return {};
    if (args[3] && !slice_index_arg(args[3], &stop, false)) return {};
    clamp_range(t->size, &start, &stop);
    for (int64_t i = start; i < stop && i < t->size; i++) {
        int k = equal(t->items[i], args[1]);
        if (k < 0) return {};
        if (k) return int_from_i64(i);
    }
    return raise(&exc::ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs_meth(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    Ref copy{tuple_from_array(t->items, t->size)};
    if (!copy) return {};
    return tuple_pack({copy.get()});
}

static const NativeDef tuple_methods[] = {
    {"count(self, value, /)", tuple_count_meth, nullptr, 0, "Return number of occurrences of value."},
    {"index(self, value, start=?, stop=?, /)", tuple_index_meth, nullptr, 0,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__(self, /)", tuple_getnewargs_meth},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// Iterator

static Value tuple_iter(Value self) {
    TupleIter* it = alloc<TupleIter>(&tuple_iter_type);
    if (!it) return raise_no_memory();
    it->seq = self.as<Tuple>();
    incref(it->seq);
    it->index = 0;
    return Value(it);
}

static Value tuple_iter_next(Value self) {
    TupleIter* it = self.as<TupleIter>();
    Tuple* t = it->seq;
    if (!t) return {};
    if (it->index < t->size) return newref(t->items[it->index++]);
    it->seq = nullptr;
    decref(t);
    return {};
}

static void tuple_iter_dealloc_body(Object* o) {
    TupleIter* it = static_cast<TupleIter*>(o);
    if (it->seq) decref(it->seq);
    free_object_memory(o);
}
static void tuple_iter_dealloc(Object* o) { trashcan_dealloc(o, tuple_iter_dealloc_body); }

static void tuple_iter_traverse(Object* o, VisitFn visit, void* arg) {
    TupleIter* it = static_cast<TupleIter*>(o);
    if (it->seq) visit(it->seq, arg);
}

static Value tuple_iter_self(Value self) { return newref(self); }

static Value tuple_iter_length_hint(const Value* args) {
    TupleIter* it = args[0].as<TupleIter>();
    int64_t n = it->seq ? it->seq->size - it->index : 0;
    return int_from_i64(n < 0 ? 0 : n);
}

static const NativeDef tuple_iter_methods[] = {
    {"__length_hint__(self, /)", tuple_iter_length_hint},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_tuple_type() {
    init_static_type(&tuple_type, "tuple", &object_type, sizeof(Tuple),
                     kTypeBaseType | kTypeHasGC | kTypeTupleSubclass);
    tuple_type.itemsize = sizeof(Value);
    tuple_type.doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                     "If iterable is specified the tuple is initialized from iterable's items.\n\n"
                     "If the argument is a tuple, the return value is the same object.";
    tuple_type.tp_new = tuple_tp_new;
    tuple_type.dealloc = tuple_dealloc;
    tuple_type.traverse = tuple_traverse;
    tuple_type.repr = tuple_repr;
    tuple_type.hash = tuple_hash;
    tuple_type.richcompare = tuple_richcompare;
    tuple_type.iter = tuple_iter;
    tuple_type.sq_length = tuple_length;
    tuple_type.mp_subscript = tuple_subscript;
    tuple_type.sq_contains = tuple_contains;
    tuple_type.nb_add = tuple_concat;
    tuple_type.nb_multiply = tuple_repeat;
    register_sequence_slot(tuple_concat);
    register_sequence_slot(tuple_repeat);
    add_methods(&tuple_type, tuple_methods);
    finalize_type(&tuple_type);

    init_static_type(&tuple_iter_type, "tuple_iterator", &object_type, sizeof(TupleIter), kTypeHasGC);
    tuple_iter_type.dealloc = tuple_iter_dealloc;
    tuple_iter_type.traverse = tuple_iter_traverse;
    tuple_iter_type.iter = tuple_iter_self;
    tuple_iter_type.iternext = tuple_iter_next;
    add_methods(&tuple_iter_type, tuple_iter_methods);
    finalize_type(&tuple_iter_type);
    tuple_empty();
}

}  // namespace minipy::rt
