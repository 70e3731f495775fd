// range.cpp — range, slice, and the range iterators.
//
// A range keeps start, stop, step and its length as Python ints, so ranges of big ints work
// (range(10**20)[10**19], 10**30 in range(10**31)); arithmetic on them uses int.hpp. The common
// case, every number fitting in 64 bits, takes int64 fast paths, and iteration then uses
// RangeIter, whose three int64 fields the eval loop's FOR_ITER fast path reads directly. Other
// ranges iterate through the slower longrange_iterator, as in CPython (Objects/rangeobject.c).
//
// Slices hold three arbitrary objects. Sequences turn a slice into positions with slice_unpack()
// (which may call __index__) and slice_adjust_indices() (pure arithmetic, safe under a lock): the
// same split and the same clamping rules as CPython's PySlice_Unpack / PySlice_AdjustIndices.
// slice.indices() and range slicing use the arbitrary-precision form (_PySlice_GetLongIndices).
#include "range.hpp"

#include <string>

#include "container_util.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type range_type;
Type range_iter_type;
Type longrange_iter_type;
Type slice_type;

namespace {

struct LongRangeIter : Object {
    Value next;          // ints, owned
    Value step;
    Value remaining;
};

// v as int64 when it is an int that fits (no error set either way).
bool fits_i64(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (!is_int(v)) return false;
    if (int_to_i64(v, out)) return true;
    clear_error();
    return false;
}

Value int_value(__int128 x) {
    if (x >= INT64_MIN && x <= INT64_MAX) return int_from_i64(static_cast<int64_t>(x));
    if (x > 0 && x <= static_cast<__int128>(UINT64_MAX)) return int_from_u64(static_cast<uint64_t>(x));
    // Does not happen for the values computed here (all within +-2**64).
    Ref hi{int_from_i64(static_cast<int64_t>(x >> 64))};
    Ref shift{int_from_i64(64)};
    Ref lo{int_from_u64(static_cast<uint64_t>(x))};
    if (!hi || !shift || !lo) return {};
    Ref t{binary_op(hi.get(), shift.get(), BinOp::LShift)};
    if (!t) return {};
    return binary_op(t.get(), lo.get(), BinOp::Add);
}

// Number of items of range(start, stop, step) (step != 0), as a Python int.
Value compute_length(Value start, Value stop, Value step) {
    int64_t a, b, s;
    if (fits_i64(start, &a) && fits_i64(stop, &b) && fits_i64(step, &s)) {
        __int128 lo = a, hi = b, st = s;
        if (st < 0) {
            lo = b;
            hi = a;
            st = -st;
        }
        if (lo >= hi) return int_from_i64(0);
        return int_value((hi - lo - 1) / st + 1);
    }
    Ref lo = Ref::borrow(start), hi = Ref::borrow(stop), st = Ref::borrow(step);
    if (int_sign(step) < 0) {
        lo = Ref::borrow(stop);
        hi = Ref::borrow(start);
        st = Ref(int_sub(int_from_i64(0), step));
        if (!st) return {};
    }
    if (int_compare(lo.get(), hi.get()) >= 0) return int_from_i64(0);
    Ref diff{int_sub(hi.get(), lo.get())};
    if (!diff) return {};
    Ref one{int_from_i64(1)};
    Ref d1{int_sub(diff.get(), one.get())};
    if (!d1) return {};
    Ref q{int_floordiv(d1.get(), st.get())};
    if (!q) return {};
    return int_add(q.get(), one.get());
}

Value make_range(Value start, Value stop, Value step) {
    Ref len{compute_length(start, stop, step)};
    if (!len) return {};
    Range* r = alloc<Range>(&range_type);
    if (!r) return raise_no_memory();
    r->start = newref(start);
    r->stop = newref(stop);
    r->step = newref(step);
    r->length = len.release();
    return Value(r);
}

// start + i * step for an int i.
Value range_item_value(Range* r, Value i) {
    int64_t a, s, k;
    if (fits_i64(r->start, &a) && fits_i64(r->step, &s) && fits_i64(i, &k))
        return int_value(static_cast<__int128>(a) + static_cast<__int128>(k) * s);
    Ref prod{int_mul(i, r->step)};
    if (!prod) return {};
    return int_add(r->start, prod.get());
}

Range* as_range(Value v) { return v.as<Range>(); }

}  // namespace

Value range_new(int64_t start, int64_t stop, int64_t step) {
    Ref a{int_from_i64(start)}, b{int_from_i64(stop)}, c{int_from_i64(step)};
    if (!a || !b || !c) return {};
    return make_range(a.get(), b.get(), c.get());
}

// ---------------------------------------------------------------------------------------------
// Slices: C++ API

Value slice_new(Value start, Value stop, Value step) {
    Slice* s = alloc<Slice>(&slice_type);
    if (!s) return raise_no_memory();
    s->start = newref(start ? start : none());
    s->stop = newref(stop ? stop : none());
    s->step = newref(step ? step : none());
    return Value(s);
}

bool slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step) {
    if (s->step == none()) {
        *step = 1;
    } else {
        if (!slice_index_arg(s->step, step, true)) return false;
        if (*step == 0) {
            raise(&exc::ValueError, "slice step cannot be zero");
            return false;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;   // so that -step cannot overflow
    }
    if (s->start == none()) *start = *step < 0 ? INT64_MAX : 0;
    else if (!slice_index_arg(s->start, start, true)) return false;
    if (s->stop == none()) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_index_arg(s->stop, stop, true)) return false;
    return true;
}

int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* slicelength) {
    if (!slice_unpack(s, start, stop, step)) return false;
    *slicelength = slice_adjust_indices(length, start, stop, *step);
    return true;
}

// The arbitrary-precision form: start, stop, step as Python ints clamped to a length (an int
// >= 0), as CPython's _PySlice_GetLongIndices.
static bool slice_long_indices(Slice* s, Value length, Ref* start_out, Ref* stop_out, Ref* step_out) {
    Ref step;
    if (s->step == none()) {
        step = Ref(int_from_i64(1));
    } else {
        if (!has_index(s->step)) {
            raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        step = Ref(number_index(s->step));
        if (!step) return false;
        if (int_sign(step.get()) == 0) {
            raise(&exc::ValueError, "slice step cannot be zero");
            return false;
        }
    }
    bool negative = int_sign(step.get()) < 0;
    Ref lower, upper;
    if (negative) {
        lower = Ref(int_from_i64(-1));
        upper = Ref(int_add(length, lower.get()));
    } else {
        lower = Ref(int_from_i64(0));
        upper = Ref::borrow(length);
    }
    if (!lower || !upper) return false;

    auto bound = [&](Value v, Value if_none, Ref* out) -> bool {
        if (v == none()) {
            *out = Ref::borrow(if_none);
            return true;
        }
        if (!has_index(v)) {
            raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        Ref x{number_index(v)};
        if (!x) return false;
        if (int_sign(x.get()) < 0) {
            x = Ref(int_add(x.get(), length));
            if (!x) return false;
            if (int_compare(x.get(), lower.get()) < 0) x = Ref::borrow(lower.get());
        } else if (int_compare(x.get(), upper.get()) > 0) {
            x = Ref::borrow(upper.get());
        }
        *out = std::move(x);
        return true;
    };
    if (!bound(s->start, negative ? upper.get() : lower.get(), start_out)) return false;
    if (!bound(s->stop, negative ? lower.get() : upper.get(), stop_out)) return false;
    *step_out = std::move(step);
    return true;
}

// ---------------------------------------------------------------------------------------------
// range: slots

static void range_dealloc(Object* o) {
    Range* r = static_cast<Range*>(o);
    decref(r->start);
    decref(r->stop);
    decref(r->step);
    decref(r->length);
    free_object_memory(o);
}

static Value range_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_no_keywords("range", kwnames)) return {};
    if (!args_count("range", nargs, 1, 3)) return {};
    Ref start, stop, step;
    if (nargs == 1) {
        stop = Ref(number_index(args[0]));
        if (!stop) return {};
        start = Ref(int_from_i64(0));
        step = Ref(int_from_i64(1));
    } else {
        start = Ref(number_index(args[0]));
        if (!start) return {};
        stop = Ref(number_index(args[1]));
        if (!stop) return {};
        if (nargs == 3) {
            step = Ref(number_index(args[2]));
            if (!step) return {};
            if (int_sign(step.get()) == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
        } else {
            step = Ref(int_from_i64(1));
        }
    }
    return make_range(start.get(), stop.get(), step.get());
}

static Value range_repr(Value self) {
    Range* r = as_range(self);
    if (r->step.is_small_int() && r->step.as_small_int() == 1) return str_format("range(%R, %R)", r->start, r->stop);
    return str_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_length(Value self) {
    Range* r = as_range(self);
    int64_t n;
    if (fits_i64(r->length, &n)) return n;
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self) { return int_sign(as_range(self)->length) != 0; }

// Is the int `ob` one of the range's values? (O(1))
static int range_contains_int(Range* r, Value ob) {
    int64_t a, b, s, x;
    if (fits_i64(r->start, &a) && fits_i64(r->stop, &b) && fits_i64(r->step, &s) && fits_i64(ob, &x)) {
        bool inside = s > 0 ? (a <= x && x < b) : (b < x && x <= a);
        if (!inside) return 0;
        __int128 d = static_cast<__int128>(x) - a;
        return d % s == 0;
    }
    int sign = int_sign(r->step);
    int c1, c2;
    if (sign > 0) {
        c1 = int_compare(r->start, ob) <= 0;
        c2 = int_compare(ob, r->stop) < 0;
    } else {
        c1 = int_compare(ob, r->start) <= 0;
        c2 = int_compare(r->stop, ob) < 0;
    }
    if (!c1 || !c2) return 0;
    Ref d{int_sub(ob, r->start)};
    if (!d) return -1;
    Ref m{int_mod(d.get(), r->step)};
    if (!m) return -1;
    return int_sign(m.get()) == 0;
}

static bool is_plain_int(Value v) { return is_exact_int(v) || is_bool(v); }

static int range_contains(Value self, Value ob) {
    Range* r = as_range(self);
    if (is_plain_int(ob)) return range_contains_int(r, ob);
    Ref it{get_iter(self)};
    if (!it) return -1;
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? -1 : 0;
        int c = equal(x.get(), ob);
        if (c != 0) return c;
    }
}

static Value range_subscript(Value self, Value key) {
    Range* r = as_range(self);
    if (has_index(key)) {
        Ref i{number_index(key)};
        if (!i) return {};
        int64_t k, n;
        if (fits_i64(i.get(), &k) && fits_i64(r->length, &n)) {
            if (k < 0) k += n;
            if (k < 0 || k >= n) return raise(&exc::IndexError, "range object index out of range");
            Ref kv{int_from_i64(k)};
            return range_item_value(r, kv.get());
        }
        if (int_sign(i.get()) < 0) {
            i = Ref(int_add(i.get(), r->length));
            if (!i) return {};
        }
        if (int_sign(i.get()) < 0 || int_compare(i.get(), r->length) >= 0)
            return raise(&exc::IndexError, "range object index out of range");
        return range_item_value(r, i.get());
    }
    if (type_of(key) == &slice_type) {
        Ref start, stop, step;
        if (!slice_long_indices(key.as<Slice>(), r->length, &start, &stop, &step)) return {};
        Ref substart{range_item_value(r, start.get())};
        if (!substart) return {};
        Ref substop{range_item_value(r, stop.get())};
        if (!substop) return {};
        Ref substep{int_mul(r->step, step.get())};
        if (!substep) return {};
        return make_range(substart.get(), substop.get(), substep.get());
    }
    return raise(&exc::TypeError, "range indices must be integers or slices, not %T", key);
}

static Value range_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(a) != &range_type || type_of(b) != &range_type || (op != CompareOp::Eq && op != CompareOp::Ne))
        return newref(not_implemented());
    Range* x = as_range(a);
    Range* y = as_range(b);
    bool eq;
    if (x == y) {
        eq = true;
    } else if (int_compare(x->length, y->length) != 0) {
        eq = false;
    } else if (int_sign(x->length) == 0) {
        eq = true;
    } else if (int_compare(x->start, y->start) != 0) {
        eq = false;
    } else if (x->length.is_small_int() && x->length.as_small_int() == 1) {
        eq = true;
    } else {
        eq = int_compare(x->step, y->step) == 0;
    }
    return bool_value(eq == (op == CompareOp::Eq));
}

// hash((len, start, step)), with None for the fields that do not matter, as CPython.
static int64_t range_hash(Value self) {
    Range* r = as_range(self);
    Value t[3] = {r->length, r->start, r->step};
    if (int_sign(r->length) == 0) {
        t[1] = none();
        t[2] = none();
    } else if (r->length.is_small_int() && r->length.as_small_int() == 1) {
        t[2] = none();
    }
    return hash_combine_values(t, 3);
}

// ---------------------------------------------------------------------------------------------
// range: methods

static Value range_count_meth(const Value* args) {
    Range* r = as_range(args[0]);
    if (is_plain_int(args[1])) {
        int c = range_contains_int(r, args[1]);
        if (c < 0) return {};
        return int_from_i64(c);
    }
    Ref it{get_iter(args[0])};
    if (!it) return {};
    int64_t n = 0;
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? Value{} : int_from_i64(n);
        int c = equal(x.get(), args[1]);
        if (c < 0) return {};
        n += c;
    }
}

static Value range_index_meth(const Value* args) {
    Range* r = as_range(args[0]);
    Value ob = args[1];
    if (is_plain_int(ob)) {
        int c = range_contains_int(r, ob);
        if (c < 0) return {};
        if (!c) return raise(&exc::ValueError, "%R is not in range", ob);
        Ref d{int_sub(ob, r->start)};
        if (!d) return {};
        return int_floordiv(d.get(), r->step);
    }
    Ref it{get_iter(args[0])};
    if (!it) return {};
    for (int64_t i = 0;; i++) {
        Ref x{iter_next(it.get())};
        if (!x) {
            if (has_error()) return {};
            return raise(&exc::ValueError, "sequence.index(x): x not in sequence");
        }
        int c = equal(x.get(), ob);
        if (c < 0) return {};
        if (c) return int_from_i64(i);
    }
}

static Value make_range_iter(Value start, Value step, Value length) {
    int64_t a, s, n;
    if (fits_i64(start, &a) && fits_i64(step, &s) && fits_i64(length, &n)) {
        // The last value must fit too (it does whenever stop fits; reversed ranges check here).
        __int128 last = static_cast<__int128>(a) + static_cast<__int128>(n > 0 ? n - 1 : 0) * s;
        if (last >= INT64_MIN && last <= INT64_MAX) {
            RangeIter* it = alloc<RangeIter>(&range_iter_type);
            if (!it) return raise_no_memory();
            it->next = a;
            it->step = s;
            it->remaining = n;
            return Value(it);
        }
    }
    LongRangeIter* it = alloc<LongRangeIter>(&longrange_iter_type);
    if (!it) return raise_no_memory();
    it->next = newref(start);
    it->step = newref(step);
    it->remaining = newref(length);
    return Value(it);
}

static Value range_iter(Value self) {
    Range* r = as_range(self);
    return make_range_iter(r->start, r->step, r->length);
}

static Value range_reversed_meth(const Value* args) {
    Range* r = as_range(args[0]);
    // reversed(range(start, stop, step)) yields start + (n-1)*step, ..., start: step negated.
    Ref last;
    if (int_sign(r->length) == 0) {
        last = Ref::borrow(r->start);
    } else {
        Ref one{int_from_i64(1)};
        Ref nm1{int_sub(r->length, one.get())};
        if (!nm1) return {};
        last = Ref(range_item_value(r, nm1.get()));
    }
    if (!last) return {};
    Ref negstep{int_sub(int_from_i64(0), r->step)};
    if (!negstep) return {};
    return make_range_iter(last.get(), negstep.get(), r->length);
}

static Value range_reduce_meth(const Value* args) {
    Range* r = as_range(args[0]);
    Ref t{tuple_pack({r->start, r->stop, r->step})};
    if (!t) return {};
    return tuple_pack({Value(&range_type), t.get()});
}

static Value range_get_start(Value self) { return newref(as_range(self)->start); }
static Value range_get_stop(Value self) { return newref(as_range(self)->stop); }
static Value range_get_step(Value self) { return newref(as_range(self)->step); }

static const NativeDef range_methods[] = {
    {"count(self, value, /)", range_count_meth, nullptr, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index(self, value, /)", range_index_meth, nullptr, 0,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"__reversed__(self, /)", range_reversed_meth, nullptr, 0, "Return a reverse iterator."},
    {"__reduce__(self, /)", range_reduce_meth},
    {nullptr},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// Range iterators

static Value iter_self(Value self) { return newref(self); }

static Value range_iter_next(Value self) {
    RangeIter* it = self.as<RangeIter>();
    if (it->remaining <= 0) return {};
    int64_t v = it->next;
    // Wrapping add: after the last item `next` may leave the int64 range; it is never used then.
    it->next = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
    it->remaining--;
    return int_from_i64(v);
}

static Value range_iter_length_hint(const Value* args) { return int_from_i64(args[0].as<RangeIter>()->remaining); }

static const NativeDef range_iter_methods[] = {
    {"__length_hint__(self, /)", range_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

static Value longrange_iter_next(Value self) {
    LongRangeIter* it = self.as<LongRangeIter>();
    if (int_sign(it->remaining) <= 0) return {};
    Ref one{int_from_i64(1)};
    Value rem = int_sub(it->remaining, one.get());
    if (!rem) return {};
    Value nxt = int_add(it->next, it->step);
    if (!nxt) {
        decref(rem);
        return {};
    }
    Value result = it->next;   // the iterator's reference becomes the caller's
    it->next = nxt;
    set_owned(it->remaining, rem);
    return result;
}

static void longrange_iter_dealloc(Object* o) {
    LongRangeIter* it = static_cast<LongRangeIter*>(o);
    decref(it->next);
    decref(it->step);
    decref(it->remaining);
    free_object_memory(o);
}

static Value longrange_iter_length_hint(const Value* args) { return newref(args[0].as<LongRangeIter>()->remaining); }

static const NativeDef longrange_iter_methods[] = {
    {"__length_hint__(self, /)", longrange_iter_length_hint, nullptr, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// slice: slots and methods

static void slice_dealloc(Object* o) {
    Slice* s = static_cast<Slice*>(o);
    decref(s->start);
    decref(s->stop);
    decref(s->step);
    free_object_memory(o);
}

static void slice_traverse(Object* o, VisitFn visit, void* arg) {
    Slice* s = static_cast<Slice*>(o);
    for (Value v : {s->start, s->stop, s->step})
        if (v.is_object()) visit(v.as_object(), arg);
}

static Value slice_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!args_no_keywords("slice", kwnames)) return {};
    if (!args_count("slice", nargs, 1, 3)) return {};
    if (nargs == 1) return slice_new(Value{}, args[0], Value{});
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : Value{});
}

static Value slice_repr(Value self) {
    Slice* s = self.as<Slice>();
    return str_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, CompareOp op) {
    if (type_of(a) != &slice_type || type_of(b) != &slice_type) return newref(not_implemented());
    Slice* x = a.as<Slice>();
    Slice* y = b.as<Slice>();
    if (x == y) return bool_value(op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge);
    Ref tx{tuple_pack({x->start, x->stop, x->step})};
    Ref ty{tuple_pack({y->start, y->stop, y->step})};
    if (!tx || !ty) return {};
    return richcompare(tx.get(), ty.get(), op);
}

// Slices are hashable since CPython 3.12, with the tuple hash of (start, stop, step).
static int64_t slice_hash(Value self) {
    Slice* s = self.as<Slice>();
    Value items[3] = {s->start, s->stop, s->step};
    return hash_combine_values(items, 3);
}

static Value slice_indices_meth(const Value* args) {
    Slice* s = args[0].as<Slice>();
    Ref length{number_index(args[1])};
    if (!length) return {};
    if (int_sign(length.get()) < 0) return raise(&exc::ValueError, "length should not be negative");
    Ref start, stop, step;
    if (!slice_long_indices(s, length.get(), &start, &stop, &step)) return {};
    return tuple_pack({start.get(), stop.get(), step.get()});
}

static Value slice_reduce_meth(const Value* args) {
    Slice* s = args[0].as<Slice>();
    Ref t{tuple_pack({s->start, s->stop, s->step})};
    if (!t) return {};
    return tuple_pack({Value(&slice_type), t.get()});
}

static Value slice_get_start(Value self) { return newref(self.as<Slice>()->start); }
static Value slice_get_stop(Value self) { return newref(self.as<Slice>()->stop); }
static Value slice_get_step(Value self) { return newref(self.as<Slice>()->step); }

static const NativeDef slice_methods[] = {
    {"indices(self, len, /)", slice_indices_meth, nullptr, 0,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices."},
    {"__reduce__(self, /)", slice_reduce_meth},
    {nullptr},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------

void init_range_type() {
    init_static_type(&range_type, "range", &object_type, sizeof(Range), 0);
    range_type.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                     "Return an object that produces a sequence of integers from start (inclusive)\n"
                     "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                     "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                     "These are exactly the valid indices for a list of 4 elements.\n"
                     "When step is given, it specifies the increment (or decrement).";
    range_type.tp_new = range_tp_new;
    range_type.dealloc = range_dealloc;
    range_type.repr = range_repr;
    range_type.hash = range_hash;
    range_type.richcompare = range_richcompare;
    range_type.iter = range_iter;
    range_type.nb_bool = range_bool;
    range_type.sq_length = range_length;
    range_type.mp_subscript = range_subscript;
    range_type.sq_contains = range_contains;
    add_methods(&range_type, range_methods);
    add_getsets(&range_type, range_getsets);
    finalize_type(&range_type);

    init_static_type(&range_iter_type, "range_iterator", &object_type, sizeof(RangeIter), 0);
    range_iter_type.iter = iter_self;
    range_iter_type.iternext = range_iter_next;
    add_methods(&range_iter_type, range_iter_methods);
    finalize_type(&range_iter_type);

    init_static_type(&longrange_iter_type, "longrange_iterator", &object_type, sizeof(LongRangeIter), 0);
    longrange_iter_type.dealloc = longrange_iter_dealloc;
    longrange_iter_type.iter = iter_self;
    longrange_iter_type.iternext = longrange_iter_next;
    add_methods(&longrange_iter_type, longrange_iter_methods);
    finalize_type(&longrange_iter_type);

    init_static_type(&slice_type, "slice", &object_type, sizeof(Slice), kTypeHasGC);
    slice_type.doc = "slice(stop)\nslice(start, stop[, step])\n\n"
                     "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";
    slice_type.tp_new = slice_tp_new;
    slice_type.dealloc = slice_dealloc;
    slice_type.traverse = slice_traverse;
    slice_type.repr = slice_repr;
    slice_type.hash = slice_hash;
    slice_type.richcompare = slice_richcompare;
    add_methods(&slice_type, slice_methods);
    add_getsets(&slice_type, slice_getsets);
    finalize_type(&slice_type);
}

}  // namespace minipy::rt
