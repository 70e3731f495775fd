// gc.cpp — the `gc` module: the Python interface of the cycle collector (runtime/gc.cpp): collect,
// enable/disable, thresholds and counts, plus get_referents() (which walks the types' traverse
// slots, the same ones the collector uses).
#include <vector>

#include "runtime/errors.hpp"
#include "runtime/gc.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/dict.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

int64_t g_debug = 0;
int64_t g_collected[3] = {0, 0, 0};
int64_t g_collections[3] = {0, 0, 0};

Value gc_collect(const Value* args) {
    int64_t generation = 2;
    if (args[0] && !index_to_i64(args[0], &generation, &exc::OverflowError)) return Value{};
    if (generation < 0 || generation > 2) return raise(&exc::ValueError, "invalid generation");
    int64_t found = rt::gc_collect(static_cast<int>(generation));
    if (found < 0) found = 0;   // a collection is already running (called from a finalizer)
    g_collections[generation]++;
    g_collected[generation] += found;
    return int_from_i64(found);
}

Value gc_enable(const Value*) {
    gc_set_enabled(true);
    return newref(none());
}

Value gc_disable(const Value*) {
    gc_set_enabled(false);
    return newref(none());
}

Value gc_isenabled(const Value*) { return bool_value(gc_is_enabled()); }

Value gc_get_threshold(const Value*) {
    int64_t t[3];
    gc_get_thresholds(t);
    return tuple_pack({Value::small_int(t[0]), Value::small_int(t[1]), Value::small_int(t[2])});
}

Value gc_set_threshold(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    if (t->size < 1) return raise(&exc::TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (t->size > 3) return raise(&exc::TypeError, "set_threshold() takes at most 3 arguments (%d given)", static_cast<int>(t->size));
    int64_t v[3];
    gc_get_thresholds(v);
    for (int64_t i = 0; i < t->size; i++)
        if (!index_to_i64(t->items[i], &v[i], &exc::OverflowError)) return Value{};
    gc_set_thresholds(v);
    return newref(none());
}

Value gc_get_count(const Value*) {
    int64_t c[3];
    gc_get_counts(c);
    return tuple_pack({Value::small_int(c[0]), Value::small_int(c[1]), Value::small_int(c[2])});
}

Value gc_get_debug(const Value*) { return int_from_i64(g_debug); }

Value gc_set_debug(const Value* args) {
    if (!index_to_i64(args[0], &g_debug, &exc::OverflowError)) return Value{};
    return newref(none());
}

Value gc_get_stats(const Value*) {
    Ref list{list_new()};
    if (!list) return Value{};
    for (int gen = 0; gen < 3; gen++) {
        Ref d{Value(dict_new())};
        if (!d) return Value{};
        if (dict_set_cstr(d.as<Dict>(), "collections", Value::small_int(g_collections[gen])) < 0 ||
            dict_set_cstr(d.as<Dict>(), "collected", Value::small_int(g_collected[gen])) < 0 ||
            dict_set_cstr(d.as<Dict>(), "uncollectable", Value::small_int(0)) < 0)
            return Value{};
        if (!list_append(list.get(), d.get())) return Value{};
    }
    return list.release();
}

Value gc_is_tracked(const Value* args) {
    Value v = args[0];
    return bool_value(v.is_object() && rt::gc_is_tracked(v.as_object()));
}

Value gc_is_finalized(const Value* args) {
    Value v = args[0];
    return bool_value(v.is_object() && (v.as_object()->flags & kFlagFinalized));
}

void collect_referent(Object* child, void* arg) {
    static_cast<std::vector<Value>*>(arg)->push_back(Value(child));
}

Value gc_get_referents(const Value* args) {
    Tuple* objs = args[0].as<Tuple>();
    Ref list{list_new()};
    if (!list) return Value{};
    for (int64_t i = 0; i < objs->size; i++) {
        Value v = objs->items[i];
        if (!v.is_object() || !type_of(v)->traverse) continue;
        std::vector<Value> found;
        type_of(v)->traverse(v.as_object(), collect_referent, &found);
        for (Value c : found)
            if (!list_append(list.get(), c)) return Value{};
    }
    return list.release();
}

Value gc_freeze(const Value*) { return newref(none()); }
Value gc_get_freeze_count(const Value*) { return Value::small_int(0); }

const NativeDef gc_defs[] = {
    {"collect(generation=?)", gc_collect, nullptr, 0,
     "Run the garbage collector.\n\nReturns the number of unreachable objects found."},
    {"enable()", gc_enable, nullptr, 0, "Enable automatic garbage collection."},
    {"disable()", gc_disable, nullptr, 0, "Disable automatic garbage collection."},
    {"isenabled()", gc_isenabled, nullptr, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_threshold()", gc_get_threshold, nullptr, 0, "Return the current collection thresholds."},
    {"set_threshold(*thresholds)", gc_set_threshold, nullptr, 0, "Set the collection thresholds."},
    {"get_count()", gc_get_count, nullptr, 0, "Return a three-tuple of the current collection counts."},
    {"get_debug()", gc_get_debug, nullptr, 0, "Get the garbage collection debugging flags."},
    {"set_debug(flags, /)", gc_set_debug, nullptr, 0, "Set the garbage collection debugging flags."},
    {"get_stats()", gc_get_stats, nullptr, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked(obj, /)", gc_is_tracked, nullptr, 0, "Returns true if the object's type can take part in reference cycles."},
    {"is_finalized(obj, /)", gc_is_finalized, nullptr, 0, "Returns true if the object has been already finalized by the GC."},
    {"get_referents(*objs)", gc_get_referents, nullptr, 0, "Return the list of objects that are directly referred to by objs."},
    {"freeze()", gc_freeze, nullptr, 0, "Freeze all current tracked objects (nothing to do without a collector)."},
    {"unfreeze()", gc_freeze, nullptr, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count()", gc_get_freeze_count, nullptr, 0, "Return the number of objects in the permanent generation."},
    {nullptr},
};

}  // namespace

Module* init_gc_module() {
    Module* m = module_new_cstr("gc");
    if (!m) return nullptr;
    module_add_functions(m, gc_defs);
    module_add_owned(m, "garbage", list_new());
    module_add_owned(m, "callbacks", list_new());
    module_add_owned(m, "DEBUG_STATS", Value::small_int(1));
    module_add_owned(m, "DEBUG_COLLECTABLE", Value::small_int(2));
    module_add_owned(m, "DEBUG_UNCOLLECTABLE", Value::small_int(4));
    module_add_owned(m, "DEBUG_SAVEALL", Value::small_int(32));
    module_add_owned(m, "DEBUG_LEAK", Value::small_int(38));
    return m;
}

}  // namespace minipy::lib
