// function.cpp — the function, cell and bound-method types. What calling a function does is
// the VM's business (vm/call.cpp installs function_type.call); here are the objects themselves.
#include "function.hpp"

#include <string>
#include <vector>

#include "dict.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"
#include "native.hpp"
#include "slot_table.hpp"

namespace minipy::rt {

Type function_type;
Type cell_type;
Type method_type;

// =============================================================================================
// function

Function* function_new(Value code, Dict* globals, Value name, Value qualname, Value module) {
    Function* f = alloc<Function>(&function_type);
    if (!f) return nullptr;
    f->code = newref(code);
    f->globals = newref(Value(globals)).as<Dict>();
    f->name = newref(name);
    f->qualname = newref(qualname ? qualname : name);
    f->doc = newref(none());
    f->module = newref(module ? module : none());
    return f;
}

static void function_dealloc(Object* o) {
    Function* f = static_cast<Function*>(o);
    decref(f->code);
    decref(Value(f->globals));
    decref(Value(f->builtins));
    decref(f->name);
    decref(f->qualname);
    decref(Value(f->defaults));
    decref(Value(f->kwdefaults));
    decref(Value(f->closure));
    decref(f->doc);
    decref(f->module);
    decref(Value(f->dict));
    decref(Value(f->annotations));
    free_object_memory(o);
}

static void visit_value(Value v, VisitFn visit, void* arg) {
    if (v.is_object()) visit(v.as_object(), arg);
}

static void function_traverse(Object* o, VisitFn visit, void* arg) {
    Function* f = static_cast<Function*>(o);
    visit_value(f->code, visit, arg);
    visit_value(Value(f->globals), visit, arg);
    visit_value(Value(f->defaults), visit, arg);
    visit_value(Value(f->kwdefaults), visit, arg);
    visit_value(Value(f->closure), visit, arg);
    visit_value(f->doc, visit, arg);
    visit_value(f->module, visit, arg);
    visit_value(Value(f->dict), visit, arg);
    visit_value(Value(f->annotations), visit, arg);
}

static void function_clear(Object* o) {
    Function* f = static_cast<Function*>(o);
    Value d = Value(f->defaults), k = Value(f->kwdefaults), c = Value(f->closure), dict = Value(f->dict),
          ann = Value(f->annotations), glob = Value(f->globals);
    f->defaults = nullptr;
    f->kwdefaults = nullptr;
    f->closure = nullptr;
    f->dict = nullptr;
    f->annotations = nullptr;
    f->globals = dict_new();
    decref(d); decref(k); decref(c); decref(dict); decref(ann); decref(glob);
}

static Value function_descr_get(Value func, Value obj, Value owner) {
    if (!obj) return newref(func);
    return method_new(func, obj);
}

static Value function_repr(Value v) {
    Function* f = v.as<Function>();
    return str_format("<function %s at %p>", std::string(str_view(f->qualname)).c_str(), static_cast<void*>(f));
}

static Value fn_get_name(Value v) { return newref(v.as<Function>()->name); }
static int fn_set_name(Value v, Value n) {
    if (!n || !is_str(n)) { raise(&exc::TypeError, "__name__ must be set to a string object"); return -1; }
    set_owned(v.as<Function>()->name, newref(n));
    return 0;
}
static Value fn_get_qualname(Value v) { return newref(v.as<Function>()->qualname); }
static int fn_set_qualname(Value v, Value n) {
    if (!n || !is_str(n)) { raise(&exc::TypeError, "__qualname__ must be set to a string object"); return -1; }
    set_owned(v.as<Function>()->qualname, newref(n));
    return 0;
}
static Value fn_get_doc(Value v) { return newref(v.as<Function>()->doc); }
static int fn_set_doc(Value v, Value d) {
    set_owned(v.as<Function>()->doc, newref(d ? d : none()));
    return 0;
}
static Value fn_get_module(Value v) { return newref(v.as<Function>()->module); }
static int fn_set_module(Value v, Value m) {
    set_owned(v.as<Function>()->module, newref(m ? m : none()));
    return 0;
}
static Value fn_get_defaults(Value v) {
    Tuple* d = v.as<Function>()->defaults;
    return newref(d ? Value(d) : none());
}
static int fn_set_defaults(Value v, Value d) {
    Function* f = v.as<Function>();
    if (d && !is_none(d) && !is_tuple(d)) {
        raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Value old = Value(f->defaults);
    f->defaults = (d && !is_none(d) && d.as<Tuple>()->size) ? newref(d).as<Tuple>() : nullptr;
    f->version++;
    decref(old);
    return 0;
}
static Value fn_get_kwdefaults(Value v) {
    Dict* d = v.as<Function>()->kwdefaults;
    return newref(d ? Value(d) : none());
}
static int fn_set_kwdefaults(Value v, Value d) {
    Function* f = v.as<Function>();
    if (d && !is_none(d) && !is_dict(d)) {
        raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Value old = Value(f->kwdefaults);
    f->kwdefaults = (d && !is_none(d)) ? newref(d).as<Dict>() : nullptr;
    f->version++;
    decref(old);
    return 0;
}
static Value fn_get_code(Value v) { return newref(v.as<Function>()->code); }
static int fn_set_code(Value v, Value c) {
    if (!c || type_of(c) != type_of(v.as<Function>()->code)) {
        raise(&exc::TypeError, "__code__ must be set to a code object");
        return -1;
    }
    set_owned(v.as<Function>()->code, newref(c));
    v.as<Function>()->version++;
    return 0;
}
static Value fn_get_globals(Value v) { return newref(Value(v.as<Function>()->globals)); }
static Value fn_get_builtins(Value v) {
    Dict* b = v.as<Function>()->builtins;
    return newref(b ? Value(b) : none());
}
static Value fn_get_closure(Value v) {
    Tuple* c = v.as<Function>()->closure;
    return newref(c ? Value(c) : none());
}
static Value fn_get_dict(Value v) {
    Function* f = v.as<Function>();
    if (!f->dict && !(f->dict = dict_new())) return Value{};
    return newref(Value(f->dict));
}
static int fn_set_dict(Value v, Value d) {
    if (!d || !is_dict(d)) { raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", d ? type_of(d)->tp_name : "NULL"); return -1; }
    Function* f = v.as<Function>();
    Value old = Value(f->dict);
    f->dict = newref(d).as<Dict>();
    decref(old);
    return 0;
}
static Value fn_get_annotations(Value v) {
    Function* f = v.as<Function>();
    if (!f->annotations && !(f->annotations = dict_new())) return Value{};
    return newref(Value(f->annotations));
}
static int fn_set_annotations(Value v, Value d) {
    if (d && !is_none(d) && !is_dict(d)) { raise(&exc::TypeError, "__annotations__ must be set to a dict object"); return -1; }
    Function* f = v.as<Function>();
    Value old = Value(f->annotations);
    f->annotations = (d && !is_none(d)) ? newref(d).as<Dict>() : nullptr;
    decref(old);
    return 0;
}

static const GetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__code__", fn_get_code, fn_set_code},
    {"__globals__", fn_get_globals},
    {"__builtins__", fn_get_builtins},
    {"__closure__", fn_get_closure},
    {"__dict__", fn_get_dict, fn_set_dict},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {nullptr},
};

// =============================================================================================
// cell

Value cell_new(Value ref) {
    Cell* c = alloc<Cell>(&cell_type);
    if (!c) return Value{};
    c->ref = newref(ref);
    return Value(c);
}

static void cell_dealloc(Object* o) {
    decref(static_cast<Cell*>(o)->ref);
    free_object_memory(o);
}

static void cell_traverse(Object* o, VisitFn visit, void* arg) { visit_value(static_cast<Cell*>(o)->ref, visit, arg); }
static void cell_clear(Object* o) {
    Cell* c = static_cast<Cell*>(o);
    Value v = c->ref;
    c->ref = Value{};
    decref(v);
}

static Value cell_repr(Value v) {
    Cell* c = v.as<Cell>();
    if (!c->ref) return str_format("<cell at %p: empty>", static_cast<void*>(c));
    return str_format("<cell at %p: %s object at %p>", static_cast<void*>(c), type_of(c->ref)->tp_name,
                      static_cast<void*>(c->ref.is_object() ? c->ref.as_object() : nullptr));
}

static Value cell_get_contents(Value v) {
    Cell* c = v.as<Cell>();
    if (!c->ref) return raise(&exc::ValueError, "Cell is empty");
    return newref(c->ref);
}
static int cell_set_contents(Value v, Value x) {
    set_owned(v.as<Cell>()->ref, newref(x));
    return 0;
}

static const GetSetDef cell_getsets[] = {{"cell_contents", cell_get_contents, cell_set_contents}, {nullptr}};

// =============================================================================================
// method (a function bound to an instance)

Value method_new(Value func, Value self) {
    Method* m = alloc<Method>(&method_type);
    if (!m) return Value{};
    m->func = newref(func);
    m->self = newref(self);
    return Value(m);
}

static void method_dealloc(Object* o) {
    Method* m = static_cast<Method*>(o);
    decref(m->func);
    decref(m->self);
    free_object_memory(o);
}

static void method_traverse(Object* o, VisitFn visit, void* arg) {
    Method* m = static_cast<Method*>(o);
    visit_value(m->func, visit, arg);
    visit_value(m->self, visit, arg);
}

static Value method_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    Method* m = callable.as<Method>();
    size_t total = nargs + (kwnames ? kwnames->size : 0);
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total + 1 > 8) {
        big.resize(total + 1);
        buf = big.data();
    }
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    return call(m->func, buf, nargs + 1, kwnames);
}

static Value method_repr(Value v) {
    Method* m = v.as<Method>();
    Ref name{getattr_or_null(m->func, names::__qualname__)};
    if (!name) {
        if (has_error()) return Value{};
        name = Ref{getattr_or_null(m->func, names::__name__)};
        if (!name && has_error()) return Value{};
    }
    std::string n = name && is_str(name.get()) ? std::string(str_view(name.get())) : "?";
    Ref self_repr{repr(m->self)};
    if (!self_repr) return Value{};
    return str_format("<bound method %s of %s>", n.c_str(), std::string(str_view(self_repr.get())).c_str());
}

static Value method_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &method_type) return newref(not_implemented());
    Method* x = a.as<Method>();
    Method* y = b.as<Method>();
    int eq = equal(x->func, y->func);
    if (eq < 0) return Value{};
    bool r = eq && x->self == y->self;
    return newref(bool_value(op == CompareOp::Eq ? r : !r));
}

static int64_t method_hash(Value v) {
    Method* m = v.as<Method>();
    int64_t a = hash(m->func);
    if (a == -1) return -1;
    int64_t b = static_cast<int64_t>(m->self.bits() >> 4);
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value method_getattro(Value v, Str* name) {
    // Attributes of the method type first (__func__, __self__), then the function's.
    Type* t = type_of(v);
    Value descr = type_lookup(t, name);
    if (descr) {
        DescrGetFn get = type_of(descr)->descr_get;
        if (get) return get(descr, v, Value(t));
        return newref(descr);
    }
    return getattr(v.as<Method>()->func, name);
}

static Value method_get_func(Value v) { return newref(v.as<Method>()->func); }
static Value method_get_self(Value v) { return newref(v.as<Method>()->self); }
static Value method_get_doc(Value v) { return getattr(v.as<Method>()->func, names::__doc__); }

static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func},
    {"__self__", method_get_self},
    {"__doc__", method_get_doc},
    {nullptr},
};

// types.MethodType(function, instance): binds any callable to an instance.
static Value method_tp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords("method", kwnames) || !check_nargs("method", nargs, 2, 2)) return Value{};
    if (!is_callable(args[0])) return raise(&exc::TypeError, "first argument must be callable");
    if (args[1] == none()) return raise(&exc::TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

static Value method_descr_get_self(Value descr, Value obj, Value owner) { return newref(descr); }

void install_function_call_slot(CallFn fn) {
    function_type.call = fn;
    add_slot_wrappers(&function_type);
    type_modified(&function_type);
}

void init_function_types() {
    init_static_type(&function_type, "function", &object_type, sizeof(Function), kTypeHasGC | kTypeWeakrefable);
    function_type.dict_offset = static_cast<int32_t>(member_offset(&Function::dict));
    function_type.dealloc = function_dealloc;
    function_type.traverse = function_traverse;
    function_type.clear = function_clear;
    function_type.descr_get = function_descr_get;
    function_type.repr = function_repr;
    add_getsets(&function_type, function_getsets);
    finalize_type(&function_type);

    init_static_type(&cell_type, "cell", &object_type, sizeof(Cell), kTypeHasGC);
    cell_type.dealloc = cell_dealloc;
    cell_type.traverse = cell_traverse;
    cell_type.clear = cell_clear;
    cell_type.repr = cell_repr;
    add_getsets(&cell_type, cell_getsets);
    finalize_type(&cell_type);

    init_static_type(&method_type, "method", &object_type, sizeof(Method), kTypeHasGC | kTypeWeakrefable);
    method_type.tp_new = method_tp_new;
    method_type.dealloc = method_dealloc;
    method_type.traverse = method_traverse;
    method_type.call = method_call;
    method_type.repr = method_repr;
    method_type.richcompare = method_richcompare;
    method_type.hash = method_hash;
    method_type.getattro = method_getattro;
    method_type.descr_get = method_descr_get_self;
    add_getsets(&method_type, method_getsets);
    finalize_type(&method_type);
}

}  // namespace minipy::rt
