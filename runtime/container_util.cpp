// container_util.cpp — helpers shared by the container types (see container_util.hpp).
#include "container_util.hpp"

#include "int.hpp"
#include "list.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

bool args_no_keywords(const char* name, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0) {
        raise(&exc::TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return true;
}

bool args_count(const char* name, size_t nargs, size_t min, size_t max) {
    // CPython's _PyArg_CheckPositional wording.
    if (nargs < min) {
        raise(&exc::TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ", min,
              min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        raise(&exc::TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ", max,
              max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

Value concat_error(const char* seq_type, Value other) {
    if (type_has_flag(type_of(other), kTypeHeap)) return newref(not_implemented());
    return raise(&exc::TypeError, "can only concatenate %s (not \"%s\") to %s", seq_type, type_of(other)->tp_name,
                 seq_type);
}

Value repeat_error(Value count) {
    if (type_has_flag(type_of(count), kTypeHeap)) return newref(not_implemented());
    return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_of(count)->tp_name);
}

bool has_index(Value v) { return is_int(v) || type_of(v)->nb_index != nullptr; }

bool seq_index_value(Value key, int64_t* out) {
    if (key.is_small_int()) {
        *out = key.as_small_int();
        return true;
    }
    return index_to_i64(key, out, &exc::IndexError);
}

bool slice_index_arg(Value v, int64_t* out, bool allow_none) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (allow_none && v == none()) return true;
    if (!has_index(v)) {
        raise(&exc::TypeError, allow_none ? "slice indices must be integers or None or have an __index__ method"
                                          : "slice indices must be integers or have an __index__ method");
        return false;
    }
    return index_to_i64(v, out, nullptr);   // clamps, as CPython's _PyEval_SliceIndex
}

void clamp_range(int64_t length, int64_t* start, int64_t* stop) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = 0;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = 0;
    }
    if (*stop > length) *stop = length;
}

bool collect_items(Value iterable, OwnedValues& out) { return collect_items_or(iterable, out, nullptr); }

bool collect_items_or(Value iterable, OwnedValues& out, const char* not_iterable_msg) {
    if (is_exact_tuple(iterable)) {
        Tuple* t = iterable.as<Tuple>();
        out.reserve(out.size() + t->size);
        for (int64_t i = 0; i < t->size; i++) out.push_borrowed(t->items[i]);
        return true;
    }
    if (is_exact_list(iterable)) {
        List* l = iterable.as<List>();
        ObjectLock lock(l);
        out.reserve(out.size() + l->size);
        for (int64_t i = 0; i < l->size; i++) out.push_borrowed(l->items[i]);
        return true;
    }
    Ref it{get_iter(iterable)};
    if (!it) {
        if (not_iterable_msg && error_matches(&exc::TypeError)) {
            clear_error();
            raise(&exc::TypeError, "%s", not_iterable_msg);
        }
        return false;
    }
    for (;;) {
        Value item = iter_next(it.get());
        if (!item) return !has_error();
        out.push_owned(item);
    }
}

}  // namespace minipy::rt
