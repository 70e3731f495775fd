// descr.cpp — descriptor types (see descr.hpp): how native methods, native properties,
// __slots__ members, property, classmethod and staticmethod bind when read from an instance
// or a class.
#include "descr.hpp"

#include <initializer_list>

#include <string>

#include "dict.hpp"
#include "errors.hpp"
#include "function.hpp"
#include "int.hpp"
#include "iter.hpp"
#include "list.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"
#include "union.hpp"

namespace minipy::rt {

Type method_descr_type;
Type classmethod_descr_type;
Type getset_descr_type;
Type member_descr_type;
Type property_type;
Type classmethod_type;
Type staticmethod_type;
Type mappingproxy_type;

static std::string name_of(const ArgSpec* spec) { return std::string(spec->name->view()); }

// =============================================================================================
// method_descriptor / classmethod_descriptor

Value method_descr_new(Type* owner, const NativeDef* def) {
    bool cls = def->flags & kNativeClassMethod;
    MethodDescr* d = alloc<MethodDescr>(cls ? &classmethod_descr_type : &method_descr_type);
    if (!d) return Value{};
    d->def = def;
    d->spec = native_spec(def, true);
    d->owner = owner;
    return Value(d);
}

static bool descr_check(MethodDescr* d, Value self) {
    if (isinstance_of(self, d->owner)) return true;
    raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name_of(d->spec).c_str(),
          d->owner->tp_name, type_of(self)->tp_name);
    return false;
}

static Value method_descr_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    MethodDescr* d = callable.as<MethodDescr>();
    if (nargs < 1)
        return raise(&exc::TypeError, "unbound method %s.%s() needs an argument", d->owner->tp_name,
                     name_of(d->spec).c_str());
    if (!descr_check(d, args[0])) return Value{};
    if (d->def->raw) {
        if (!d->spec->recursion_check) return d->def->raw(args[0], args + 1, nargs - 1, kwnames);
        RecursionGuard guard(" while calling a Python object");   // as call_native
        return guard.ok() ? d->def->raw(args[0], args + 1, nargs - 1, kwnames) : Value{};
    }
    return call_native(d->def, d->spec, Value{}, args, nargs, kwnames);
}

static Value method_descr_get(Value descr, Value obj, Value owner) {
    if (!obj) return newref(descr);
    MethodDescr* d = descr.as<MethodDescr>();
    if (!descr_check(d, obj)) return Value{};
    return make_builtin_function(d->def, obj, Value{});
}

static Value classmethod_descr_get(Value descr, Value obj, Value owner) {
    MethodDescr* d = descr.as<MethodDescr>();
    Value cls = owner ? owner : Value(type_of(obj));
    return make_builtin_function(d->def, cls, Value{});
}

static Value classmethod_descr_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    MethodDescr* d = callable.as<MethodDescr>();
    if (nargs < 1 || !isinstance_of(args[0], &type_type))
        return raise(&exc::TypeError, "descriptor '%s' for type '%s' needs a type", name_of(d->spec).c_str(),
                     d->owner->tp_name);
    return call_native(d->def, d->spec, Value{}, args, nargs, kwnames);
}

static Value method_descr_repr(Value v) {
    MethodDescr* d = v.as<MethodDescr>();
    return str_format("<method '%s' of '%s' objects>", name_of(d->spec).c_str(), d->owner->tp_name);
}

static Value method_descr_get_name(Value v) { return newref(Value(v.as<MethodDescr>()->spec->name)); }
static Value method_descr_get_qualname(Value v) {
    MethodDescr* d = v.as<MethodDescr>();
    return type_member_qualname(d->owner, name_of(d->spec).c_str());
}
static Value method_descr_get_objclass(Value v) { return newref(Value(v.as<MethodDescr>()->owner)); }
static Value method_descr_get_doc(Value v) {
    const char* doc = v.as<MethodDescr>()->def->doc;
    return doc ? str_from_cstr(doc) : newref(none());
}

static const GetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name},
    {"__qualname__", method_descr_get_qualname},
    {"__objclass__", method_descr_get_objclass},
    {"__doc__", method_descr_get_doc},
    {nullptr},
};

// =============================================================================================
// getset_descriptor

Value getset_descr_new(Type* owner, const GetSetDef* def) {
    GetSetDescr* d = alloc<GetSetDescr>(&getset_descr_type);
    if (!d) return Value{};
    d->def = def;
    d->owner = owner;
    d->name = Value(intern(def->name));
    return Value(d);
}

static Value getset_get(Value descr, Value obj, Value owner) {
    GetSetDescr* d = descr.as<GetSetDescr>();
    if (!obj) return newref(descr);
    if (!isinstance_of(obj, d->owner))
        return raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                     d->owner->tp_name, type_of(obj)->tp_name);
    if (!d->def->get)
        return raise(&exc::AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
                     d->owner->tp_name);
    return d->def->get(obj);
}

static int getset_set(Value descr, Value obj, Value v) {
    GetSetDescr* d = descr.as<GetSetDescr>();
    if (!isinstance_of(obj, d->owner)) {
        raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
              d->owner->tp_name, type_of(obj)->tp_name);
        return -1;
    }
    if (!d->def->set) {
        raise(&exc::AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->owner->tp_name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value getset_repr(Value v) {
    GetSetDescr* d = v.as<GetSetDescr>();
    return str_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->tp_name);
}

static void getset_dealloc(Object* o) { free_object_memory(o); }

static Value getset_get_name(Value v) { return newref(v.as<GetSetDescr>()->name); }
static Value getset_get_qualname(Value v) {
    GetSetDescr* d = v.as<GetSetDescr>();
    return type_member_qualname(d->owner, d->def->name);
}
static Value getset_get_objclass(Value v) { return newref(Value(v.as<GetSetDescr>()->owner)); }
static Value getset_get_doc(Value v) {
    const char* doc = v.as<GetSetDescr>()->def->doc;
    return doc ? str_from_cstr(doc) : newref(none());
}

static const GetSetDef getset_descr_getsets[] = {
    {"__name__", getset_get_name},
    {"__qualname__", getset_get_qualname},
    {"__objclass__", getset_get_objclass},
    {"__doc__", getset_get_doc},
    {nullptr},
};

// =============================================================================================
// member_descriptor (__slots__)

Value member_descr_new(Type* owner, Value name, int32_t offset) {
    MemberDescr* d = alloc<MemberDescr>(&member_descr_type);
    if (!d) return Value{};
    d->owner = owner;   // not owned: the owner's dict owns the descriptor
    d->name = newref(name);
    d->offset = offset;
    return Value(d);
}

static Value* member_slot(MemberDescr* d, Value obj) {
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + d->offset);
}

static Value member_get(Value descr, Value obj, Value owner) {
    MemberDescr* d = descr.as<MemberDescr>();
    if (!obj) return newref(descr);
    if (!isinstance_of(obj, d->owner))
        return raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     std::string(str_view(d->name)).c_str(), d->owner->tp_name, type_of(obj)->tp_name);
    Value v = *member_slot(d, obj);
    if (!v)
        return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_of(obj)->tp_name,
                     std::string(str_view(d->name)).c_str());
    return newref(v);
}

static int member_set(Value descr, Value obj, Value v) {
    MemberDescr* d = descr.as<MemberDescr>();
    if (!isinstance_of(obj, d->owner)) {
        raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              std::string(str_view(d->name)).c_str(), d->owner->tp_name, type_of(obj)->tp_name);
        return -1;
    }
    Value* slot = member_slot(d, obj);
    if (!v && !*slot) {
        raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_of(obj)->tp_name,
              std::string(str_view(d->name)).c_str());
        return -1;
    }
    set_owned(*slot, newref(v));
    return 0;
}

static Value member_repr(Value v) {
    MemberDescr* d = v.as<MemberDescr>();
    return str_format("<member '%s' of '%s' objects>", std::string(str_view(d->name)).c_str(), d->owner->tp_name);
}

static void member_dealloc(Object* o) {
    decref(static_cast<MemberDescr*>(o)->name);
    free_object_memory(o);
}

static Value member_get_name(Value v) { return newref(v.as<MemberDescr>()->name); }
static Value member_get_qualname(Value v) {
    MemberDescr* d = v.as<MemberDescr>();
    return type_member_qualname(d->owner, std::string(str_view(d->name)).c_str());
}
static Value member_get_objclass(Value v) { return newref(Value(v.as<MemberDescr>()->owner)); }
static Value member_get_doc(Value) { return newref(none()); }

static const GetSetDef member_descr_getsets[] = {
    {"__name__", member_get_name},
    {"__qualname__", member_get_qualname},
    {"__objclass__", member_get_objclass},
    {"__doc__", member_get_doc},
    {nullptr},
};

// =============================================================================================
// property

static Value property_get(Value descr, Value obj, Value owner) {
    Property* p = descr.as<Property>();
    if (!obj) return newref(descr);
    if (!p->fget) {
        if (p->name)
            return raise(&exc::AttributeError, "property '%s' of '%s' object has no getter",
                         std::string(str_view(p->name)).c_str(), type_of(obj)->tp_name);
        return raise(&exc::AttributeError, "property of '%s' object has no getter", type_of(obj)->tp_name);
    }
    return call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value v) {
    Property* p = descr.as<Property>();
    Value f = v ? p->fset : p->fdel;
    if (!f) {
        const char* what = v ? "setter" : "deleter";
        if (p->name)
            raise(&exc::AttributeError, "property '%s' of '%s' object has no %s", std::string(str_view(p->name)).c_str(),
                  type_of(obj)->tp_name, what);
        else
            raise(&exc::AttributeError, "property of '%s' object has no %s", type_of(obj)->tp_name, what);
        return -1;
    }
    Ref r{v ? call2(f, obj, v) : call1(f, obj)};
    return r ? 0 : -1;
}

static Value property_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Property* p = alloc<Property>(type);
    return p ? Value(p) : Value{};
}

static const NativeDef property_init_def = {"property(self, fget=None, fset=None, fdel=None, doc=None)", nullptr};

static Value nonnull(Value v) { return v && !is_none(v) ? newref(v) : Value{}; }

static int property_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    const ArgSpec* spec = parse_signature(property_init_def.signature, true);
    Value bound[5];
    Ref holder[2];
    Value buf[8];
    size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs + nkw + 1 > 8) { raise(&exc::TypeError, "property() takes at most 4 arguments"); return -1; }
    buf[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    if (!bind_args(*spec, buf, nargs + 1, kwnames, bound, holder)) return -1;
    Property* p = self.as<Property>();
    set_owned(p->fget, nonnull(bound[1]));
    set_owned(p->fset, nonnull(bound[2]));
    set_owned(p->fdel, nonnull(bound[3]));
    set_owned(p->doc, nonnull(bound[4]));
    if (!p->doc && p->fget) {
        Value d = getattr_or_null(p->fget, names::__doc__);
        if (!d && has_error()) return -1;
        if (d && is_none(d)) { decref(d); d = Value{}; }
        p->doc = d;
    }
    return 0;
}

static void property_dealloc(Object* o) {
    Property* p = static_cast<Property*>(o);
    decref(p->fget);
    decref(p->fset);
    decref(p->fdel);
    decref(p->doc);
    decref(p->name);
    free_object_memory(o);
}

static void property_traverse(Object* o, VisitFn visit, void* arg) {
    Property* p = static_cast<Property*>(o);
    for (Value v : {p->fget, p->fset, p->fdel, p->doc})
        if (v.is_object()) visit(v.as_object(), arg);
}

// property.getter/setter/deleter return a copy with one function replaced.
static Value property_copy(Value self, int which, Value f) {
    Property* p = self.as<Property>();
    Value g = which == 0 ? f : p->fget;
    Value s = which == 1 ? f : p->fset;
    Value d = which == 2 ? f : p->fdel;
    Value args[4] = {g ? g : none(), s ? s : none(), d ? d : none(), p->doc ? p->doc : none()};
    Ref r{call(Value(type_of(self)), args, 4)};
    if (!r) return Value{};
    if (p->name && isinstance_of(r.get(), &property_type)) set_owned(r.as<Property>()->name, newref(p->name));
    return r.release();
}

static Value property_getter(const Value* args) { return property_copy(args[0], 0, args[1]); }
static Value property_setter(const Value* args) { return property_copy(args[0], 1, args[1]); }
static Value property_deleter(const Value* args) { return property_copy(args[0], 2, args[1]); }
static Value property_set_name(const Value* args) {
    set_owned(args[0].as<Property>()->name, newref(args[2]));
    return newref(none());
}

static const NativeDef property_methods[] = {
    {"getter(self, fget, /)", property_getter},
    {"setter(self, fset, /)", property_setter},
    {"deleter(self, fdel, /)", property_deleter},
    {"__set_name__(self, owner, name, /)", property_set_name},
    {nullptr},
};

static Value property_fget(Value v) { Value f = v.as<Property>()->fget; return newref(f ? f : none()); }
static Value property_fset(Value v) { Value f = v.as<Property>()->fset; return newref(f ? f : none()); }
static Value property_fdel(Value v) { Value f = v.as<Property>()->fdel; return newref(f ? f : none()); }
static Value property_doc(Value v) { Value f = v.as<Property>()->doc; return newref(f ? f : none()); }
static int property_set_doc(Value v, Value d) {
    set_owned(v.as<Property>()->doc, nonnull(d));
    return 0;
}
static Value property_isabstract(Value v) {
    Property* p = v.as<Property>();
    for (Value f : {p->fget, p->fset, p->fdel}) {
        if (!f) continue;
        Ref a{getattr_or_null(f, intern("__isabstractmethod__"))};
        if (!a) {
            if (has_error()) return Value{};
            continue;
        }
        int t = truthy(a.get());
        if (t < 0) return Value{};
        if (t) return newref(true_value());
    }
    return newref(false_value());
}

static const GetSetDef property_getsets[] = {
    {"fget", property_fget},
    {"fset", property_fset},
    {"fdel", property_fdel},
    {"__doc__", property_doc, property_set_doc},
    {"__isabstractmethod__", property_isabstract},
    {nullptr},
};

// =============================================================================================
// classmethod / staticmethod

Value alloc_classmethod(Value func) {
    ClassMethod* c = alloc<ClassMethod>(&classmethod_type);
    if (!c) return Value{};
    c->func = newref(func);
    return Value(c);
}

Value alloc_staticmethod(Value func) {
    StaticMethod* s = alloc<StaticMethod>(&staticmethod_type);
    if (!s) return Value{};
    s->func = newref(func);
    return Value(s);
}

static Value wrapper_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords(type->tp_name, kwnames)) return Value{};
    if (nargs != 1) return raise(&exc::TypeError, "%s expected 1 argument, got %d", type->tp_name, int(nargs));
    Object* o = alloc_object(type);
    if (!o) return Value{};
    // ClassMethod and StaticMethod share the layout {func, dict}.
    static_cast<ClassMethod*>(o)->func = newref(args[0]);
    return Value(o);
}

static int wrapper_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) { return 0; }

static void wrapper_dealloc(Object* o) {
    ClassMethod* c = static_cast<ClassMethod*>(o);
    decref(c->func);
    decref(Value(c->dict));
    free_object_memory(o);
}

static void wrapper_traverse(Object* o, VisitFn visit, void* arg) {
    ClassMethod* c = static_cast<ClassMethod*>(o);
    if (c->func.is_object()) visit(c->func.as_object(), arg);
    if (c->dict) visit(c->dict, arg);
}

static Value classmethod_get(Value descr, Value obj, Value owner) {
    Value cls = owner ? owner : Value(type_of(obj));
    Value f = descr.as<ClassMethod>()->func;
    // A classmethod wrapping another descriptor (e.g. a property) binds through it (3.9-3.12).
    DescrGetFn get = type_of(f)->descr_get;
    if (get && type_of(f) != &function_type) return get(f, cls, Value(type_of(cls)));
    return method_new(f, cls);
}

static Value staticmethod_get(Value descr, Value obj, Value owner) { return newref(descr.as<StaticMethod>()->func); }

static Value staticmethod_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    return call(callable.as<StaticMethod>()->func, args, nargs, kwnames);
}

static Value cm_get_func(Value v) { return newref(v.as<ClassMethod>()->func); }
static Value cm_isabstract(Value v) {
    Ref a{getattr_or_null(v.as<ClassMethod>()->func, intern("__isabstractmethod__"))};
    if (!a) return has_error() ? Value{} : newref(false_value());
    int t = truthy(a.get());
    return t < 0 ? Value{} : newref(bool_value(t));
}

static const GetSetDef cm_getsets[] = {
    {"__func__", cm_get_func},
    {"__wrapped__", cm_get_func},
    {"__isabstractmethod__", cm_isabstract},
    {nullptr},
};

static Value cm_repr(Value v) { return str_format("<%s(%R)>", type_of(v)->tp_name, v.as<ClassMethod>()->func); }

// =============================================================================================
// mappingproxy: a read-only view of a type's dict

struct MappingProxy : Object {
    Value mapping;
};

Value make_mappingproxy(Value mapping) {
    MappingProxy* m = alloc<MappingProxy>(&mappingproxy_type);
    if (!m) return Value{};
    m->mapping = newref(mapping);
    return Value(m);
}

static Value mp_getitem(Value self, Value key) { return getitem(self.as<MappingProxy>()->mapping, key); }
static int64_t mp_len(Value self) { return length(self.as<MappingProxy>()->mapping); }
static int mp_contains(Value self, Value key) { return contains(self.as<MappingProxy>()->mapping, key); }
static Value mp_iter(Value self) { return get_iter(self.as<MappingProxy>()->mapping); }
static Value mp_repr(Value self) { return str_format("mappingproxy(%R)", self.as<MappingProxy>()->mapping); }
static void mp_dealloc(Object* o) {
    decref(static_cast<MappingProxy*>(o)->mapping);
    free_object_memory(o);
}
static Value mp_keys(const Value* args) { return call_method0(args[0].as<MappingProxy>()->mapping, "keys"); }
static Value mp_values(const Value* args) { return call_method0(args[0].as<MappingProxy>()->mapping, "values"); }
static Value mp_items(const Value* args) { return call_method0(args[0].as<MappingProxy>()->mapping, "items"); }
static Value mp_copy(const Value* args) { return call_method0(args[0].as<MappingProxy>()->mapping, "copy"); }
static Value mp_get(const Value* args) {
    Value a[2] = {args[1], args[2] ? args[2] : none()};
    return call_method(args[0].as<MappingProxy>()->mapping, "get", a, 2);
}

// mappingproxy(mapping): anything with __getitem__ but a list or a tuple, as CPython checks.
static Value mp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("mappingproxy(mapping)", false);
    Value mapping;
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, &mapping, holder)) return Value{};
    if (!type_of(mapping)->mp_subscript || is_list(mapping) || is_tuple(mapping))
        return raise(&exc::TypeError, "mappingproxy() argument must be a mapping, not %s", type_of(mapping)->tp_name);
    return make_mappingproxy(mapping);
}

static Value mp_str(Value self) { return to_str(self.as<MappingProxy>()->mapping); }
static Value mp_richcompare(Value a, Value b, CompareOp op) {
    return richcompare(a.as<MappingProxy>()->mapping, b, op);
}
// proxy | other and other | proxy: the union of the underlying mappings (a new dict).
static Value mp_or(Value a, Value b) {
    if (type_of(a) == &mappingproxy_type) a = a.as<MappingProxy>()->mapping;
    if (type_of(b) == &mappingproxy_type) b = b.as<MappingProxy>()->mapping;
    return binary_op(a, b, BinOp::Or);
}
static Value mp_ior(Value a, Value) {
    return raise(&exc::TypeError, "'|=' is not supported by %s; use '|' instead", type_of(a)->tp_name);
}
static Value mp_reversed(const Value* args) {
    return call1(Value(&reversed_type), args[0].as<MappingProxy>()->mapping);
}
static void mp_traverse(Object* o, VisitFn visit, void* arg) {
    Value m = static_cast<MappingProxy*>(o)->mapping;
    if (m.is_object()) visit(m.as_object(), arg);
}

static const NativeDef mp_methods[] = {
    {"__reversed__(self, /)", mp_reversed},
    {"keys(self, /)", mp_keys},
    {"values(self, /)", mp_values},
    {"items(self, /)", mp_items},
    {"copy(self, /)", mp_copy},
    {"get(self, key, default=None, /)", mp_get},
    {nullptr},
};

// =============================================================================================
// types.GenericAlias: what `list[int]` returns (PEP 585). It remembers the origin class and the
// arguments, prints as `list[int]`, forwards calls and attribute reads to the origin, and turns
// back into the origin as a base class (__mro_entries__).

Type generic_alias_type;

struct GenericAlias : Object {
    Value origin;   // owned
    Value args;     // a tuple, owned
};

static Value ga_new_from(Value origin, Value item) {
    Ref args{is_tuple(item) ? newref(item) : tuple_pack({item})};
    if (!args) return Value{};
    GenericAlias* ga = alloc<GenericAlias>(&generic_alias_type);
    if (!ga) return Value{};
    ga->origin = newref(origin);
    ga->args = args.release();
    return Value(ga);
}

// typing's repr of one argument: a class by its (module-qualified) name, ... as "...".
static bool ga_repr_item(Value v, std::string* out) {
    if (v == ellipsis()) {
        *out += "...";
        return true;
    }
    if (type_of(v) == &generic_alias_type) {
        Ref r{repr(v)};
        if (!r) return false;
        *out += str_view(r.get());
        return true;
    }
    Ref qn{getattr_or_null(v, names::__qualname__)};
    if (has_error()) return false;
    if (qn && is_str(qn.get())) {
        Ref mod{getattr_or_null(v, names::__module__)};
        if (has_error()) return false;
        if (mod && is_str(mod.get())) {
            if (str_view(mod.get()) != "builtins") *out += std::string(str_view(mod.get())) + ".";
            *out += str_view(qn.get());
            return true;
        }
    }
    Ref r{repr(v)};
    if (!r) return false;
    *out += str_view(r.get());
    return true;
}

static Value ga_repr(Value self) {
    GenericAlias* ga = self.as<GenericAlias>();
    std::string out;
    if (!ga_repr_item(ga->origin, &out)) return Value{};
    out += "[";
    Tuple* args = ga->args.as<Tuple>();
    if (args->size == 0) out += "()";
    for (int64_t i = 0; i < args->size; i++) {
        if (i) out += ", ";
        if (!ga_repr_item(args->items[i], &out)) return Value{};
    }
    out += "]";
    return str_from(out);
}

static Value ga_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    GenericAlias* ga = self.as<GenericAlias>();
    Value r = call(ga->origin, args, nargs, kwnames);
    if (!r) return Value{};
    // The instance remembers its alias when it can (objects without a __dict__ cannot).
    if (setattr(r, intern("__orig_class__"), self) < 0) {
        if (!error_matches(&exc::AttributeError) && !error_matches(&exc::TypeError)) {
            decref(r);
            return Value{};
        }
        clear_error();
    }
    return r;
}

// Every attribute but the alias's own few comes from the origin class (list[int].append is list.append).
static Value ga_getattro(Value self, Str* name) {
    static const char* const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                      "__reduce__", "__copy__", "__deepcopy__", nullptr};
    std::string_view n = name->view();
    for (const char* const* o = own; *o; o++)
        if (n == *o) return generic_getattr(self, name);
    return getattr(self.as<GenericAlias>()->origin, name);
}

static Value ga_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &generic_alias_type)
        return newref(not_implemented());
    GenericAlias* x = a.as<GenericAlias>();
    GenericAlias* y = b.as<GenericAlias>();
    int eq = compare_bool(x->origin, y->origin, CompareOp::Eq);
    if (eq < 0) return Value{};
    if (eq) {
        eq = compare_bool(x->args, y->args, CompareOp::Eq);
        if (eq < 0) return Value{};
    }
    return newref(bool_value(op == CompareOp::Eq ? eq : !eq));
}

static int64_t ga_hash(Value self) {
    GenericAlias* ga = self.as<GenericAlias>();
    int64_t h1 = hash(ga->origin);
    if (h1 == -1) return -1;
    int64_t h2 = hash(ga->args);
    if (h2 == -1) return -1;
    int64_t h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static void ga_dealloc(Object* o) {
    GenericAlias* ga = static_cast<GenericAlias*>(o);
    decref(ga->origin);
    decref(ga->args);
    free_object_memory(o);
}

static void ga_traverse(Object* o, VisitFn visit, void* arg) {
    GenericAlias* ga = static_cast<GenericAlias*>(o);
    if (ga->origin.is_object()) visit(ga->origin.as_object(), arg);
    if (ga->args.is_object()) visit(ga->args.as_object(), arg);
}

static Value ga_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords("GenericAlias", kwnames) || !check_nargs("GenericAlias", nargs, 2, 2)) return Value{};
    return ga_new_from(args[0], args[1]);
}

static Value ga_get_origin(Value self) { return newref(self.as<GenericAlias>()->origin); }
static Value ga_get_args(Value self) { return newref(self.as<GenericAlias>()->args); }
static Value ga_get_parameters(Value self) { return tuple_empty(); }

static Value ga_mro_entries(const Value* args) { return tuple_pack({args[0].as<GenericAlias>()->origin}); }
static Value ga_instancecheck(const Value* args) {
    return raise(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Value ga_subclasscheck(const Value* args) {
    return raise(&exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
static Value ga_getitem(Value self, Value key) {
    return raise(&exc::TypeError, "%R is not a generic class", self);
}

static const NativeDef ga_methods[] = {
    {"__mro_entries__(self, bases, /)", ga_mro_entries},
    {"__instancecheck__(self, obj, /)", ga_instancecheck},
    {"__subclasscheck__(self, cls, /)", ga_subclasscheck},
    {nullptr},
};

static const GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin},
    {"__args__", ga_get_args},
    {"__parameters__", ga_get_parameters},
    {nullptr},
};

// cls[item] for the builtin generic classes.
static Value class_getitem(const Value* args) { return ga_new_from(args[0], args[1]); }
static const NativeDef class_getitem_methods[] = {
    {"__class_getitem__(cls, item, /)", class_getitem, nullptr, kNativeClassMethod},
    {nullptr},
};

// Called once the builtin containers exist (after init_runtime's type initialization).
void init_generic_alias(std::initializer_list<Type*> generic_types) {
    init_static_type(&generic_alias_type, "types.GenericAlias", &object_type, sizeof(GenericAlias), kTypeHasGC);
    generic_alias_type.tp_new = ga_new;
    generic_alias_type.repr = ga_repr;
    generic_alias_type.call = ga_call;
    generic_alias_type.getattro = ga_getattro;
    generic_alias_type.richcompare = ga_richcompare;
    generic_alias_type.hash = ga_hash;
    generic_alias_type.dealloc = ga_dealloc;
    generic_alias_type.traverse = ga_traverse;
    generic_alias_type.mp_subscript = ga_getitem;
    generic_alias_type.nb_or = union_or;   // list[int] | None
    add_methods(&generic_alias_type, ga_methods);
    add_getsets(&generic_alias_type, ga_getsets);
    finalize_type(&generic_alias_type);
    for (Type* t : generic_types) enable_class_getitem(t);
}

void enable_class_getitem(Type* t) {
    add_methods(t, class_getitem_methods);
    type_modified(t);
}

// =============================================================================================

void init_wrapper_types();   // slots.cpp

void init_descr_types() {
    init_static_type(&method_descr_type, "method_descriptor", &object_type, sizeof(MethodDescr), 0);
    method_descr_type.call = method_descr_call;
    method_descr_type.descr_get = method_descr_get;
    method_descr_type.repr = method_descr_repr;
    add_getsets(&method_descr_type, method_descr_getsets);
    finalize_type(&method_descr_type);

    init_static_type(&classmethod_descr_type, "classmethod_descriptor", &object_type, sizeof(MethodDescr), 0);
    classmethod_descr_type.call = classmethod_descr_call;
    classmethod_descr_type.descr_get = classmethod_descr_get;
    classmethod_descr_type.repr = method_descr_repr;
    add_getsets(&classmethod_descr_type, method_descr_getsets);
    finalize_type(&classmethod_descr_type);

    init_static_type(&getset_descr_type, "getset_descriptor", &object_type, sizeof(GetSetDescr), 0);
    getset_descr_type.descr_get = getset_get;
    getset_descr_type.descr_set = getset_set;
    getset_descr_type.repr = getset_repr;
    getset_descr_type.dealloc = getset_dealloc;
    add_getsets(&getset_descr_type, getset_descr_getsets);
    finalize_type(&getset_descr_type);

    init_static_type(&member_descr_type, "member_descriptor", &object_type, sizeof(MemberDescr), 0);
    member_descr_type.descr_get = member_get;
    member_descr_type.descr_set = member_set;
    member_descr_type.repr = member_repr;
    member_descr_type.dealloc = member_dealloc;
    add_getsets(&member_descr_type, member_descr_getsets);
    finalize_type(&member_descr_type);

    init_static_type(&property_type, "property", &object_type, sizeof(Property), kTypeBaseType | kTypeHasGC);
    property_type.tp_new = property_new;
    property_type.tp_init = property_init;
    property_type.descr_get = property_get;
    property_type.descr_set = property_set;
    property_type.dealloc = property_dealloc;
    property_type.traverse = property_traverse;
    add_methods(&property_type, property_methods);
    add_getsets(&property_type, property_getsets);
    finalize_type(&property_type);

    for (Type* t : {&classmethod_type, &staticmethod_type}) {
        bool cm = t == &classmethod_type;
        init_static_type(t, cm ? "classmethod" : "staticmethod", &object_type, sizeof(ClassMethod),
                         kTypeBaseType | kTypeHasGC);
        t->dict_offset = static_cast<int32_t>(member_offset(&ClassMethod::dict));
        t->tp_new = wrapper_new;
        t->tp_init = wrapper_init;
        t->descr_get = cm ? classmethod_get : staticmethod_get;
        if (!cm) t->call = staticmethod_call;
        t->dealloc = wrapper_dealloc;
        t->traverse = wrapper_traverse;
        t->repr = cm_repr;
        add_getsets(t, cm_getsets);
        finalize_type(t);
    }

    init_static_type(&mappingproxy_type, "mappingproxy", &object_type, sizeof(MappingProxy), kTypeHasGC);
    mappingproxy_type.tp_new = mp_new;
    mappingproxy_type.str = mp_str;
    mappingproxy_type.richcompare = mp_richcompare;
    mappingproxy_type.nb_or = mp_or;
    mappingproxy_type.nb_inplace_or = mp_ior;
    mappingproxy_type.traverse = mp_traverse;
    mappingproxy_type.mp_subscript = mp_getitem;
    mappingproxy_type.sq_length = mp_len;
    mappingproxy_type.sq_contains = mp_contains;
    mappingproxy_type.iter = mp_iter;
    mappingproxy_type.repr = mp_repr;
    mappingproxy_type.dealloc = mp_dealloc;
    add_methods(&mappingproxy_type, mp_methods);
    finalize_type(&mappingproxy_type);

    init_wrapper_types();
}

}  // namespace minipy::rt
