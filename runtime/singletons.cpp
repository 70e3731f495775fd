// singletons.cpp — None, NotImplemented and Ellipsis.
#include "singletons.hpp"

#include "errors.hpp"
#include "int.hpp"
#include "native.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type none_type;
Type notimplemented_type;
Type ellipsis_type;
Object g_none;
Object g_notimplemented;
Object g_ellipsis;

static Value none_repr(Value) { return newref(Value(intern("None"))); }
static Value notimpl_repr(Value) { return newref(Value(intern("NotImplemented"))); }
static Value ellipsis_repr(Value) { return newref(Value(intern("Ellipsis"))); }
static int none_bool(Value) { return 0; }
static int64_t none_hash(Value) { return 0xFCA86420; }   // a constant, as CPython 3.12 has

static Value singleton_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs || (kwnames && kwnames->size)) return raise(&exc::TypeError, "%s takes no arguments", type->tp_name);
    if (type == &none_type) return none();
    if (type == &notimplemented_type) return not_implemented();
    return ellipsis();
}

static Value singleton_reduce(const Value* args) {
    Value v = args[0];
    if (v == none()) return newref(Value(intern("None")));
    if (v == not_implemented()) return newref(Value(intern("NotImplemented")));
    return newref(Value(intern("Ellipsis")));
}

static const NativeDef singleton_methods[] = {{"__reduce__(self, /)", singleton_reduce}, {nullptr}};

void init_singletons() {
    struct { Type* t; Object* o; const char* name; UnaryFn repr; } rows[] = {
        {&none_type, &g_none, "NoneType", none_repr},
        {&notimplemented_type, &g_notimplemented, "NotImplementedType", notimpl_repr},
        {&ellipsis_type, &g_ellipsis, "ellipsis", ellipsis_repr},
    };
    for (auto& r : rows) {
        r.o->type = r.t;
        make_immortal(r.o);
        init_static_type(r.t, r.name, &object_type, sizeof(Object), 0);
        r.t->repr = r.repr;
        r.t->tp_new = singleton_new;
        add_methods(r.t, singleton_methods);
    }
    none_type.nb_bool = none_bool;
    none_type.hash = none_hash;
    for (auto& r : rows) finalize_type(r.t);
}

}  // namespace minipy::rt
