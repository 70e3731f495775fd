// weakref_native.cpp — the `_weakref` module: the reference type and the two queries about an
// object's references. The machinery is in runtime/weakref.cpp; the containers built on it
// (WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod, proxy) are Python, in
// stdlib/lib/weakref.py.
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/singletons.hpp"
#include "runtime/weakref.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

Value weakref_getweakrefcount(const Value* args) {
    Value obj = args[0];
    return int_from_i64(weakref_supported(obj) ? weakref_count(obj.as_object()) : 0);
}

Value weakref_getweakrefs(const Value* args) {
    Value obj = args[0];
    return weakref_supported(obj) ? weakref_list(obj.as_object()) : list_new(0);
}

// Deletes d[key] when it still holds a dead reference (WeakValueDictionary's clean-up; a live or
// replaced value stays).
Value weakref_remove_dead(const Value* args) {
    Value d = args[0], key = args[1];
    if (!is_dict(d)) return raise(&exc::TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", d);
    Ref v{dict_get_item_ref(d.as<Dict>(), key)};
    if (!v) return has_error() ? Value{} : newref(none());
    if (isinstance_of(v.get(), &weakref_type) && is_none(Ref{weakref_get(v.as<WeakRef>())}.get())) {
        if (dict_del_item(d.as<Dict>(), key) < 0) return Value{};
    }
    return newref(none());
}

const NativeDef weakref_defs[] = {
    {"getweakrefcount(object, /)", weakref_getweakrefcount, nullptr, 0,
     "Return the number of weak references to 'object'."},
    {"getweakrefs(object, /)", weakref_getweakrefs, nullptr, 0,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref(dct, key, /)", weakref_remove_dead, nullptr, 0,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr},
};

}  // namespace

Module* init_weakref_module() {
    Module* m = module_new_cstr("_weakref");
    if (!m) return nullptr;
    module_add_functions(m, weakref_defs);
    module_add(m, "ref", Value(&weakref_type));
    module_add(m, "ReferenceType", Value(&weakref_type));
    return m;
}

}  // namespace minipy::lib
