// atexit.cpp — the `atexit` module: functions to call when the interpreter exits normally.
//
// register(func, *args, **kwargs) appends to a list; at exit, stdlib/registry.cpp's finalize()
// calls _run_exitfuncs() (after threading's shutdown), which calls them last-registered first.
// A callback that raises is reported as CPython 3.12 reports it:
//     Exception ignored in atexit callback: <function f at 0x...>
//     Traceback (most recent call last): ...
// and the remaining callbacks still run. os._exit() and fatal signals skip all of this.
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

// The registered callbacks: a list of (func, args tuple, kwargs dict or None), immortal.
Value g_callbacks;

bool ensure_callbacks() {
    if (g_callbacks) return true;
    Value l = list_new();
    if (!l) return false;
    make_immortal(l.as_object());
    g_callbacks = l;
    return true;
}

Value atexit_register(const Value* args) {
    Tuple* rest = args[0].as<Tuple>();
    if (rest->size == 0) return raise(&exc::TypeError, "register() takes at least 1 argument (0 given)");
    Value func = rest->items[0];
    if (!is_callable(func)) return raise(&exc::TypeError, "the first argument must be callable");
    if (!ensure_callbacks()) return Value{};
    Ref fargs{tuple_slice(rest, 1, rest->size)};
    Value kwargs = args[1] ? args[1] : none();
    Ref entry{tuple_pack({func, fargs.get(), kwargs})};
    if (!fargs || !entry || !list_append(g_callbacks, entry.get())) return Value{};
    return newref(func);
}

// Removes every registration of func (compared with ==, as CPython does).
Value atexit_unregister(const Value* args) {
    if (!g_callbacks) return newref(none());
    List* l = g_callbacks.as<List>();
    for (int64_t i = 0; i < l->size;) {
        Ref entry = Ref::borrow(l->items[i]);
        int eq = equal(entry.as<Tuple>()->items[0], args[0]);
        if (eq < 0) return Value{};
        if (eq && i < l->size && l->items[i] == entry.get()) {
            if (!list_set_slice(g_callbacks, i, i + 1, Value{})) return Value{};
        } else {
            i++;
        }
    }
    return newref(none());
}

Value atexit_run_exitfuncs(const Value*) {
    if (!g_callbacks) return newref(none());
    List* l = g_callbacks.as<List>();
    while (l->size > 0) {
        Ref entry = Ref::borrow(l->items[l->size - 1]);
        if (!list_set_slice(g_callbacks, l->size - 1, l->size, Value{})) return Value{};
        Tuple* t = entry.as<Tuple>();
        Value kwargs = t->items[2];
        Ref r{call_tuple_dict(t->items[0], t->items[1].as<Tuple>(), is_none(kwargs) ? nullptr : kwargs.as<Dict>())};
        if (!r) write_unraisable("Exception ignored in atexit callback: ", t->items[0]);
    }
    return newref(none());
}

Value atexit_clear(const Value*) {
    if (g_callbacks) list_clear(g_callbacks);
    return newref(none());
}

Value atexit_ncallbacks(const Value*) {
    return int_from_i64(g_callbacks ? g_callbacks.as<List>()->size : 0);
}

const NativeDef atexit_defs[] = {
    {"register(*args, **kwargs)", atexit_register, nullptr, 0,
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator."},
    {"unregister(func, /)", atexit_unregister, nullptr, 0,
     "Unregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs()", atexit_run_exitfuncs, nullptr, 0, "Run all registered exit functions."},
    {"_clear()", atexit_clear, nullptr, 0, "Clear the list of previously registered exit functions."},
    {"_ncallbacks()", atexit_ncallbacks, nullptr, 0, "Return the number of registered exit functions."},
    {nullptr},
};

}  // namespace

Module* init_atexit_module() {
    Module* m = module_new_cstr("atexit");
    if (!m) return nullptr;
    module_add_functions(m, atexit_defs);
    return m;
}

}  // namespace minipy::lib
