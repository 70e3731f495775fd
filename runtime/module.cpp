// module.cpp — module objects: a name and a dict of globals.
#include "module.hpp"

#include <string>

#include "dict.hpp"
#include "errors.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type module_type;

Module* module_new(Value name) {
    Module* m = alloc<Module>(&module_type);
    if (!m) return nullptr;
    m->dict = dict_new();
    m->name = newref(name);
    if (!m->dict || dict_set_str(m->dict, names::__name__, name) < 0 ||
        dict_set_str(m->dict, names::__doc__, none()) < 0 || dict_set_str(m->dict, names::__package__, none()) < 0 ||
        dict_set_str(m->dict, names::__loader__, none()) < 0 || dict_set_str(m->dict, names::__spec__, none()) < 0) {
        decref(Value(m));
        return nullptr;
    }
    return m;
}

Module* module_new_cstr(const char* name) {
    Ref n{str_from_cstr(name)};
    return n ? module_new(n.get()) : nullptr;
}

void module_add_functions(Module* m, const NativeDef* defs) {
    for (const NativeDef* d = defs; d->signature; d++) {
        Ref f{make_builtin_function(d, Value(m), m->name)};
        if (!f) fatal_error("module_add_functions: %s", d->signature);
        const ArgSpec* spec = parse_signature(d->signature, false);
        if (dict_set_str(m->dict, spec->name, f.get()) < 0) fatal_error("module_add_functions: %s", d->signature);
    }
}

void module_add(Module* m, const char* name, Value v) {
    if (dict_set_str(m->dict, intern(name), v) < 0) fatal_error("module_add: %s", name);
}

void module_add_owned(Module* m, const char* name, Value v) {
    module_add(m, name, v);
    decref(v);
}

static void module_dealloc(Object* o) {
    Module* m = static_cast<Module*>(o);
    decref(Value(m->dict));
    decref(m->name);
    free_object_memory(o);
}

static void module_traverse(Object* o, VisitFn visit, void* arg) {
    Module* m = static_cast<Module*>(o);
    if (m->dict) visit(m->dict, arg);
}

static std::string module_name_of(Module* m) {
    Value n = dict_get_str(m->dict, names::__name__);
    if (n && is_str(n)) return std::string(str_view(n));
    return "?";
}

static Value module_getattro(Value self, Str* name) {
    Module* m = self.as<Module>();
    Value r = generic_getattr(self, name);
    if (r || !error_matches(&exc::AttributeError)) return r;
    clear_error();
    // PEP 562: a module-level __getattr__ function.
    Value hook = dict_get_str(m->dict, names::__getattr__);
    if (hook) return call1(hook, Value(name));
    return raise(&exc::AttributeError, "module '%s' has no attribute '%s'", module_name_of(m).c_str(),
                 std::string(name->view()).c_str());
}

static Value module_repr(Value self) {
    Module* m = self.as<Module>();
    std::string name = module_name_of(m);
    Value file = dict_get_str(m->dict, names::__file__);
    if (file && is_str(file)) {
        std::string_view f = str_view(file);
        if (f.substr(0, 8) == "<frozen ") return str_format("<module '%s' (frozen)>", name.c_str());
        return str_format("<module '%s' from '%s'>", name.c_str(), std::string(f).c_str());
    }
    return str_format("<module '%s' (built-in)>", name.c_str());
}

static Value module_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Module* m = alloc<Module>(type);
    if (!m) return Value{};
    m->dict = dict_new();
    m->name = newref(none());
    if (!m->dict) {
        decref(Value(m));
        return Value{};
    }
    return Value(m);
}

static int module_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    static const NativeDef def = {"module(self, name, doc=None)", nullptr};
    const ArgSpec* spec = parse_signature(def.signature, true);
    Value buf[4];
    size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs + nkw > 2) { raise(&exc::TypeError, "module() takes at most 2 arguments (%d given)", int(nargs + nkw)); return -1; }
    buf[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    Value bound[3];
    Ref holder[2];
    if (!bind_args(*spec, buf, nargs + 1, kwnames, bound, holder)) return -1;
    if (!is_str(bound[1])) {
        raise(&exc::TypeError, "module.__init__() argument 'name' must be str, not %s", type_of(bound[1])->tp_name);
        return -1;
    }
    Module* m = self.as<Module>();
    set_owned(m->name, newref(bound[1]));
    if (dict_set_str(m->dict, names::__name__, bound[1]) < 0 || dict_set_str(m->dict, names::__doc__, bound[2]) < 0 ||
        dict_set_str(m->dict, names::__package__, none()) < 0 || dict_set_str(m->dict, names::__loader__, none()) < 0 ||
        dict_set_str(m->dict, names::__spec__, none()) < 0)
        return -1;
    return 0;
}

static Value module_get_dict(Value self) { return newref(Value(self.as<Module>()->dict)); }

static const GetSetDef module_getsets[] = {{"__dict__", module_get_dict}, {nullptr}};

static Value module_dir(const Value* args) {
    Module* m = args[0].as<Module>();
    Value f = dict_get_str(m->dict, names::__dir__);
    if (f) return call0(f);
    return dict_keys_list(m->dict);
}

static const NativeDef module_methods[] = {{"__dir__(self, /)", module_dir}, {nullptr}};

void init_module_type() {
    init_static_type(&module_type, "module", &object_type, sizeof(Module), kTypeBaseType | kTypeHasGC | kTypeWeakrefable);
    module_type.dict_offset = static_cast<int32_t>(member_offset(&Module::dict));
    module_type.tp_new = module_tp_new;
    module_type.tp_init = module_tp_init;
    module_type.dealloc = module_dealloc;
    module_type.traverse = module_traverse;
    module_type.getattro = module_getattro;
    module_type.repr = module_repr;
    add_getsets(&module_type, module_getsets);
    add_methods(&module_type, module_methods);
    finalize_type(&module_type);
}

}  // namespace minipy::rt
