// init.cpp — bringing the runtime up.
//
// The bootstrap problem: a type's initialization creates a dict (its __dict__), interned names,
// method descriptors and tuples (its MRO), so those few types must be allocatable before any
// type is initialized. bootstrap() gives them their instance size by hand; every init_* function
// later fills them in properly.
#include "init.hpp"

#include <gmp.h>

#include "descr.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "complex.hpp"
#include "float.hpp"
#include "memoryview.hpp"
#include "function.hpp"
#include "int.hpp"
#include "native.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"
#include "union.hpp"
#include "weakref.hpp"

namespace minipy::rt {

bool g_free_threaded = false;

static void bootstrap(Type* t, uint32_t basicsize, uint32_t itemsize) {
    t->refcnt.store(kImmortalBit | 1, std::memory_order_relaxed);
    t->type = &type_type;
    t->basicsize = basicsize;
    t->itemsize = itemsize;
}

static ThreadState g_main_thread_state;

void init_runtime(bool free_threaded) {
    static bool done = false;
    if (done) return;
    done = true;
    g_free_threaded = free_threaded;
    if (!current_thread()) {
        t_current_thread = &g_main_thread_state;
        init_stack_limit(&g_main_thread_state);
    }

    bootstrap(&object_type, sizeof(Object), 0);
    bootstrap(&type_type, sizeof(Type), 0);
    bootstrap(&str_type, sizeof(Str), 1);
    bootstrap(&dict_type, sizeof(Dict), 0);
    bootstrap(&tuple_type, sizeof(Tuple), sizeof(Value));
    bootstrap(&method_descr_type, sizeof(MethodDescr), 0);
    bootstrap(&classmethod_descr_type, sizeof(MethodDescr), 0);
    bootstrap(&getset_descr_type, sizeof(GetSetDescr), 0);
    bootstrap(&staticmethod_type, sizeof(StaticMethod), 0);
    bootstrap(&wrapper_descr_type, 40, 0);
    bootstrap(&builtin_function_type, sizeof(BuiltinFunction), 0);

    // Order matters: finalizing any type finalizes `object` first, so object's slots and methods
    // must be in place before the first finalize_type() call, and they need interned names.
    init_object_and_type();
    init_str_type();
    init_names();
    init_object_and_type_methods();
    init_singletons();
    init_dict_type();
    init_tuple_type();
    init_int_type();
    init_float_type();
    init_complex_type();
    init_descr_types();
    init_union_type();
    init_native_types();
    init_bytes_type();
    init_memoryview_type();
    init_list_type();
    init_set_type();
    init_range_type();
    init_iter_types();
    init_function_types();
    init_module_type();
    init_exception_types();
    init_weakref_type();
}

}  // namespace minipy::rt
