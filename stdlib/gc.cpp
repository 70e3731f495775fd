// gc.cpp — the `gc` module: the interface of CPython's cycle collector.
//
// minipy frees objects by reference counting alone for now; a cycle collector (DESIGN.md,
// decision 9) is the lead's later work. Until it exists, collect() finds nothing and returns 0,
// and objects that are only reachable from reference cycles are never freed. Everything else
// here behaves as CPython's module does: the enabled flag, thresholds, debug flags, and
// get_referents() (which walks the types' traverse slots, the same ones a collector will use).
#include <vector>

#include "runtime/errors.hpp"
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

bool g_enabled = true;
int64_t g_threshold[3] = {700, 10, 10};
int64_t g_debug = 0;

Value gc_collect(const Value* args) {
    int64_t generation = 2;
    if (args[0] && !index_to_i64(args[0], &generation, &exc::OverflowError)) return Value{};
    if (generation < 0 || generation > 2) return raise(&exc::ValueError, "invalid generation");
    return Value::small_int(0);   // no cycle collector yet: nothing is found
}

Value gc_enable(const Value*) {
    g_enabled = true;
    return newref(none());
}

Value gc_disable(const Value*) {
    g_enabled = false;
    return newref(none());
}

Value gc_isenabled(const Value*) { return bool_value(g_enabled); }

Value gc_get_threshold(const Value*) {
    return tuple_pack({Value::small_int(g_threshold[0]), Value::small_int(g_threshold[1]), Value::small_int(g_threshold[2])});
}

Value gc_set_threshold(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    if (t->size < 1) return raise(&exc::TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (t->size > 3) return raise(&exc::TypeError, "set_threshold() takes at most 3 arguments (%d given)", static_cast<int>(t->size));
    int64_t v[3] = {g_threshold[0], g_threshold[1], g_threshold[2]};
    for (int64_t i = 0; i < t->size; i++)
        if (!index_to_i64(t->items[i], &v[i], &exc::OverflowError)) return Value{};
    for (int i = 0; i < 3; i++) g_threshold[i] = v[i];
    return newref(none());
}

Value gc_get_count(const Value*) {
    return tuple_pack({Value::small_int(0), Value::small_int(0), Value::small_int(0)});
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
        for (const char* key : {"collections", "collected", "uncollectable"})
            if (dict_set_cstr(d.as<Dict>(), key, Value::small_int(0)) < 0) return Value{};
        if (!list_append(list.get(), d.get())) return Value{};
    }
    return list.release();
}

// Tracked: instances of the types that can take part in cycles (those with a traverse slot).
Value gc_is_tracked(const Value* args) {
    Value v = args[0];
    return bool_value(v.is_object() && type_of(v)->traverse != nullptr);
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
     "Run the garbage collector.\n\nminipy has no cycle collector yet: this finds nothing and returns 0."},
    {"enable()", gc_enable, nullptr, 0, "Enable automatic garbage collection."},
    {"disable()", gc_disable, nullptr, 0, "Disable automatic garbage collection."},
    {"isenabled()", gc_isenabled, nullptr, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_threshold()", gc_get_threshold, nullptr, 0, "Return the current collection thresholds."},
    {"set_threshold(*thresholds)", gc_set_threshold, nullptr, 0, "Set the collection thresholds (recorded; no collector uses them yet)."},
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
