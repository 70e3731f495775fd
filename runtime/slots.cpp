// slots.cpp — dunder methods <-> type slots, in both directions (see type.cpp's design note).
//
//   generic slot functions   installed on classes whose MRO defines a dunder in Python: they look
//                            the dunder up on the type and call it (CPython's slot_tp_* family);
//   wrapper descriptors      expose a builtin type's C++ slot as a dunder in its __dict__
//                            (CPython's wrapper_descriptor / method-wrapper).
#include <cstring>
#include <string>

#include "arg_buffer.hpp"
#include "descr.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "function.hpp"
#include "int.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type wrapper_descr_type;
Type method_wrapper_type;

struct WrapperDescr : Object {
    Type* owner;
    const SlotRow* row;
    void* fn;
};

struct MethodWrapper : Object {
    WrapperDescr* descr;   // immortal
    Value self;            // owned
};

// =============================================================================================
// Calling a dunder found on the type

// Looks `name` up on type(self) and calls it with self and args. Returns null with *missing set
// (and no error) when the type does not define it.
static Value call_dunder(Value self, Str* name, const Value* args, size_t nargs, bool* missing) {
    *missing = false;
    Value f = type_lookup(type_of(self), name);
    if (!f) {
        *missing = true;
        return Value{};
    }
    Type* ft = type_of(f);
    Value buf[6];
    if (ft == &function_type || ft == &method_descr_type || ft == &wrapper_descr_type) {
        if (nargs + 1 > 6) fatal_error("call_dunder: too many arguments");
        buf[0] = self;
        for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
        return call(f, buf, nargs + 1);
    }
    if (ft->descr_get) {
        Ref bound{ft->descr_get(f, self, Value(type_of(self)))};
        if (!bound) return Value{};
        return call(bound.get(), args, nargs);
    }
    return call(f, args, nargs);
}

static Value call_dunder_or_raise(Value self, Str* name, const Value* args, size_t nargs) {
    bool missing;
    Value r = call_dunder(self, name, args, nargs, &missing);
    if (missing) raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_of(self)->tp_name,
                       std::string(name->view()).c_str());
    return r;
}

// =============================================================================================
// Generic slot functions: number slots

static Value binary_slot(Value a, Value b, bool a_generic, bool b_generic, Str* name, Str* rname) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool do_other = ta != tb && b_generic;
    bool missing;
    if (a_generic) {
        if (do_other && is_subtype(tb, ta) && type_lookup(tb, rname) != type_lookup(ta, rname)) {
            Value r = call_dunder(b, rname, &a, 1, &missing);
            if (!missing) {
                if (!r) return Value{};
                if (r != not_implemented()) return r;
                decref(r);
            }
            do_other = false;
        }
        Value r = call_dunder(a, name, &b, 1, &missing);
        if (!missing) {
            if (!r) return Value{};
            if (r != not_implemented() || ta == tb) return r;
            decref(r);
        }
    }
    if (do_other) {
        Value r = call_dunder(b, rname, &a, 1, &missing);
        if (!missing) return r;
    }
    return newref(not_implemented());
}

static Value unary_slot(Value a, Str* name) { return call_dunder_or_raise(a, name, nullptr, 0); }

static Value inplace_slot(Value a, Value b, Str* name) {
    bool missing;
    Value r = call_dunder(a, name, &b, 1, &missing);
    if (missing) return newref(not_implemented());
    return r;
}

#define BINARY_SLOT(field, dunder, rdunder, op)                                                  \
    static Str* g_name_##field;                                                                  \
    static Str* g_rname_##field;                                                                 \
    static Value slot_##field(Value a, Value b) {                                                \
        return binary_slot(a, b, type_of(a)->field == slot_##field, type_of(b)->field == slot_##field, \
                           g_name_##field, g_rname_##field);                                     \
    }
#define INPLACE_SLOT(field, dunder, bfield, op)                                                  \
    static Str* g_name_##field;                                                                  \
    static Value slot_##field(Value a, Value b) { return inplace_slot(a, b, g_name_##field); }
#define UNARY_SLOT(field, dunder)                                                                \
    static Str* g_name_##field;                                                                  \
    static Value slot_##field(Value a) { return unary_slot(a, g_name_##field); }
#include "slots.def"

// =============================================================================================
// Generic slot functions: the rest

static Value check_str_result(Value r, const char* which) {
    if (!r) return r;
    if (!is_str(r)) {
        Type* t = type_of(r);
        decref(r);
        return raise(&exc::TypeError, "%s returned non-string (type %s)", which, t->tp_name);
    }
    return r;
}

static Value slot_repr(Value self) { return check_str_result(call_dunder_or_raise(self, names::__repr__, nullptr, 0), "__repr__"); }
static Value slot_str(Value self) { return check_str_result(call_dunder_or_raise(self, names::__str__, nullptr, 0), "__str__"); }

static int64_t slot_hash(Value self) {
    Value f = type_lookup(type_of(self), names::__hash__);
    if (!f || is_none(f)) return hash_not_implemented(self);
    Ref r{call_dunder_or_raise(self, names::__hash__, nullptr, 0)};
    if (!r) return -1;
    if (!is_int(r.get())) {
        raise(&exc::TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // An int that fits a machine word is the hash as it is (-1, the error value, becomes -2);
    // only a bigger one is hashed, as CPython's slot_tp_hash does.
    int64_t h;
    if (r.get().is_small_int()) h = r.get().as_small_int();
    else if (!int_to_i64(r.get(), &h)) {
        clear_error();
        return int_hash(r.get());
    }
    return h == -1 ? -2 : h;
}

int64_t hash_not_implemented(Value v) {
    raise(&exc::TypeError, "unhashable type: '%s'", type_of(v)->tp_name);
    return -1;
}

static Str* g_cmp_names[6];

static Value slot_richcompare(Value a, Value b, CompareOp op) {
    bool missing;
    Value r = call_dunder(a, g_cmp_names[static_cast<int>(op)], &b, 1, &missing);
    if (missing) return newref(not_implemented());
    return r;
}

static Value slot_getattro(Value obj, Str* name) {
    Type* t = type_of(obj);
    Value getattribute = type_lookup(t, names::__getattribute__);
    Value r;
    if (getattribute && type_of(getattribute) == &wrapper_descr_type &&
        getattribute.as<WrapperDescr>()->fn == reinterpret_cast<void*>(&generic_getattr)) {
        r = generic_getattr(obj, name);
    } else {
        Value arg = Value(name);
        r = call_dunder_or_raise(obj, names::__getattribute__, &arg, 1);
    }
    if (!r && error_matches(&exc::AttributeError)) {
        Value getattr_fn = type_lookup(t, names::__getattr__);
        if (getattr_fn) {
            clear_error();
            Value arg = Value(name);
            bool missing;
            r = call_dunder(obj, names::__getattr__, &arg, 1, &missing);
        }
    }
    return r;
}

static int slot_setattro(Value obj, Str* name, Value v) {
    Ref r;
    if (v) {
        Value args[2] = {Value(name), v};
        r = Ref{call_dunder_or_raise(obj, names::__setattr__, args, 2)};
    } else {
        Value arg = Value(name);
        r = Ref{call_dunder_or_raise(obj, names::__delattr__, &arg, 1)};
    }
    return r ? 0 : -1;
}

static Value slot_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Value f = type_lookup(type_of(self), names::__call__);
    if (!f) return raise(&exc::TypeError, "'%s' object is not callable", type_of(self)->tp_name);
    // CPython reaches tp_call through _PyObject_MakeTpCall, which counts a recursion level.
    RecursionGuard guard(" while calling a Python object");
    if (!guard.ok()) return Value{};
    size_t nkw = kwnames ? kwnames->size : 0;
    ArgBuffer buf(nargs + nkw + 1);
    buf[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    Type* ft = type_of(f);
    if (ft == &function_type || ft == &method_descr_type || ft == &wrapper_descr_type)
        return call(f, buf.data(), nargs + 1, kwnames);
    Ref bound{ft->descr_get ? ft->descr_get(f, self, Value(type_of(self))) : newref(f)};
    if (!bound) return Value{};
    return call(bound.get(), args, nargs, kwnames);
}

static Value slot_iter(Value self) {
    Value f = type_lookup(type_of(self), names::__iter__);
    if (f && is_none(f)) return raise(&exc::TypeError, "'%s' object is not iterable", type_of(self)->tp_name);
    return call_dunder_or_raise(self, names::__iter__, nullptr, 0);
}

static Value slot_iternext(Value self) {
    Value r = call_dunder_or_raise(self, names::__next__, nullptr, 0);
    if (!r && error_matches(&exc::StopIteration)) clear_error();
    return r;
}

static Value slot_descr_get(Value self, Value obj, Value owner) {
    Value args[2] = {obj ? obj : none(), owner ? owner : none()};
    return call_dunder_or_raise(self, names::__get__, args, 2);
}

static int slot_descr_set(Value self, Value obj, Value v) {
    Ref r;
    if (v) {
        Value args[2] = {obj, v};
        r = Ref{call_dunder_or_raise(self, names::__set__, args, 2)};
    } else {
        r = Ref{call_dunder_or_raise(self, names::__delete__, &obj, 1)};
    }
    return r ? 0 : -1;
}

static int slot_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Value f = type_lookup(type_of(self), names::__init__);
    if (!f) return 0;
    size_t nkw = kwnames ? kwnames->size : 0;
    ArgBuffer buf(nargs + nkw + 1);
    buf[0] = self;
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    Ref r;
    Type* ft = type_of(f);
    if (ft == &function_type || ft == &method_descr_type || ft == &wrapper_descr_type) {
        r = Ref{call(f, buf.data(), nargs + 1, kwnames)};
    } else {
        Ref bound{ft->descr_get ? ft->descr_get(f, self, Value(type_of(self))) : newref(f)};
        if (!bound) return -1;
        r = Ref{call(bound.get(), args, nargs, kwnames)};
    }
    if (!r) return -1;
    if (!is_none(r.get())) {
        raise(&exc::TypeError, "__init__() should return None, not '%s'", type_of(r.get())->tp_name);
        return -1;
    }
    return 0;
}

static Value slot_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    Value f = type_lookup(type, names::__new__);
    if (!f) return raise(&exc::TypeError, "cannot create '%s' instances", type->tp_name);
    Ref fn;
    DescrGetFn get = type_of(f)->descr_get;
    fn = get ? Ref{get(f, Value{}, Value(type))} : Ref::borrow(f);
    if (!fn) return Value{};
    size_t nkw = kwnames ? kwnames->size : 0;
    ArgBuffer buf(nargs + nkw + 1);
    buf[0] = Value(type);
    for (size_t i = 0; i < nargs + nkw; i++) buf[i + 1] = args[i];
    return call(fn.get(), buf.data(), nargs + 1, kwnames);
}

static int64_t slot_len(Value self) {
    Ref r{call_dunder_or_raise(self, names::__len__, nullptr, 0)};
    if (!r) return -1;
    if (!is_int(r.get())) {
        raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(r.get())->tp_name);
        return -1;
    }
    if (int_sign(r.get()) < 0) {
        raise(&exc::ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (!int_to_i64(r.get(), &n)) {
        clear_error();
        raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static int slot_bool(Value self) {
    Ref r{call_dunder_or_raise(self, names::__bool__, nullptr, 0)};
    if (!r) return -1;
    if (!is_bool(r.get())) {
        raise(&exc::TypeError, "__bool__ should return bool, returned %s", type_of(r.get())->tp_name);
        return -1;
    }
    return r.get() == true_value();
}

static Value slot_getitem(Value self, Value key) { return call_dunder_or_raise(self, names::__getitem__, &key, 1); }

static int slot_ass_subscript(Value self, Value key, Value v) {
    Ref r;
    if (v) {
        Value args[2] = {key, v};
        r = Ref{call_dunder_or_raise(self, names::__setitem__, args, 2)};
    } else {
        r = Ref{call_dunder_or_raise(self, names::__delitem__, &key, 1)};
    }
    return r ? 0 : -1;
}

static int slot_contains(Value self, Value item) {
    Ref r{call_dunder_or_raise(self, names::__contains__, &item, 1)};
    if (!r) return -1;
    return truthy(r.get());
}

static Value slot_await(Value self) { return call_dunder_or_raise(self, names::__await__, nullptr, 0); }
static Value slot_aiter(Value self) { return call_dunder_or_raise(self, names::__aiter__, nullptr, 0); }
static Value slot_anext(Value self) { return call_dunder_or_raise(self, names::__anext__, nullptr, 0); }

// =============================================================================================
// The table

#define FIELD(f) [](Type* t) -> void*& { return reinterpret_cast<void*&>(t->f); }
#define GEN(fn) reinterpret_cast<void*>(fn)

SlotRow g_slot_rows[] = {
    {"__repr__", FIELD(repr), GEN(slot_repr), WrapKind::Unary, 0, nullptr},
    {"__str__", FIELD(str), GEN(slot_str), WrapKind::Unary, 0, nullptr},
    {"__hash__", FIELD(hash), GEN(slot_hash), WrapKind::Hash, 0, nullptr},
    {"__lt__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Lt), nullptr},
    {"__le__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Le), nullptr},
    {"__eq__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Eq), nullptr},
    {"__ne__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Ne), nullptr},
    {"__gt__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Gt), nullptr},
    {"__ge__", FIELD(richcompare), GEN(slot_richcompare), WrapKind::RichCmp, int(CompareOp::Ge), nullptr},
    {"__getattribute__", FIELD(getattro), GEN(slot_getattro), WrapKind::GetAttr, 0, nullptr},
    {"__getattr__", FIELD(getattro), GEN(slot_getattro), WrapKind::GetAttr, 0, nullptr},
    {"__setattr__", FIELD(setattro), GEN(slot_setattro), WrapKind::SetAttr, 0, nullptr},
    {"__delattr__", FIELD(setattro), GEN(slot_setattro), WrapKind::DelAttr, 0, nullptr},
    {"__call__", FIELD(call), GEN(slot_call), WrapKind::Call, 0, nullptr},
    {"__iter__", FIELD(iter), GEN(slot_iter), WrapKind::Unary, 0, nullptr},
    {"__next__", FIELD(iternext), GEN(slot_iternext), WrapKind::Next, 0, nullptr},
    {"__get__", FIELD(descr_get), GEN(slot_descr_get), WrapKind::DescrGet, 0, nullptr},
    {"__set__", FIELD(descr_set), GEN(slot_descr_set), WrapKind::DescrSet, 0, nullptr},
    {"__delete__", FIELD(descr_set), GEN(slot_descr_set), WrapKind::DescrDelete, 0, nullptr},
    {"__init__", FIELD(tp_init), GEN(slot_init), WrapKind::Init, 0, nullptr},
    {"__new__", FIELD(tp_new), GEN(slot_new), WrapKind::New, 0, nullptr},
    {"__len__", FIELD(sq_length), GEN(slot_len), WrapKind::Len, 0, nullptr},
    {"__bool__", FIELD(nb_bool), GEN(slot_bool), WrapKind::Inquiry, 0, nullptr},
    {"__getitem__", FIELD(mp_subscript), GEN(slot_getitem), WrapKind::GetItem, 0, nullptr},
    {"__setitem__", FIELD(mp_ass_subscript), GEN(slot_ass_subscript), WrapKind::SetItem, 0, nullptr},
    {"__delitem__", FIELD(mp_ass_subscript), GEN(slot_ass_subscript), WrapKind::DelItem, 0, nullptr},
    {"__contains__", FIELD(sq_contains), GEN(slot_contains), WrapKind::Contains, 0, nullptr},
    {"__await__", FIELD(am_await), GEN(slot_await), WrapKind::Unary, 0, nullptr},
    {"__aiter__", FIELD(am_aiter), GEN(slot_aiter), WrapKind::Unary, 0, nullptr},
    {"__anext__", FIELD(am_anext), GEN(slot_anext), WrapKind::Unary, 0, nullptr},
#define BINARY_SLOT(field, dunder, rdunder, op)                                    \
    {dunder, FIELD(field), GEN(slot_##field), WrapKind::Binary, 0, nullptr},       \
    {rdunder, FIELD(field), GEN(slot_##field), WrapKind::RBinary, 0, nullptr},
#define INPLACE_SLOT(field, dunder, bfield, op) {dunder, FIELD(field), GEN(slot_##field), WrapKind::Binary, 0, nullptr},
#define UNARY_SLOT(field, dunder) {dunder, FIELD(field), GEN(slot_##field), WrapKind::Unary, 0, nullptr},
#include "slots.def"
};
const int kSlotRowCount = sizeof(g_slot_rows) / sizeof(g_slot_rows[0]);

void init_slot_table() {
    for (int i = 0; i < kSlotRowCount; i++) g_slot_rows[i].iname = intern(g_slot_rows[i].name);
#define BINARY_SLOT(field, dunder, rdunder, op) g_name_##field = intern(dunder); g_rname_##field = intern(rdunder);
#define INPLACE_SLOT(field, dunder, bfield, op) g_name_##field = intern(dunder);
#define UNARY_SLOT(field, dunder) g_name_##field = intern(dunder);
#include "slots.def"
    const char* cmp[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int i = 0; i < 6; i++) g_cmp_names[i] = intern(cmp[i]);
}

// =============================================================================================
// Wrapper descriptors: builtin slots as Python-callable dunders

static Value tp_new_wrapper(Value self, const Value* args, size_t nargs, Tuple* kwnames);
static const NativeDef g_tp_new_def = {"__new__(type, *args, **kwargs)", nullptr, tp_new_wrapper, 0,
                                       "Create and return a new object.  See help(type) for accurate signature."};

// T.__new__(S, *args): the bound builtin's self is T.
static Value tp_new_wrapper(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Type* t = self.as<Type>();
    if (nargs < 1) return raise(&exc::TypeError, "%s.__new__(): not enough arguments", t->tp_name);
    Value sv = args[0];
    if (!isinstance_of(sv, &type_type))
        return raise(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", t->tp_name, type_of(sv)->tp_name);
    Type* s = sv.as<Type>();
    if (!is_subtype(s, t))
        return raise(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->tp_name, s->tp_name, s->tp_name,
                     t->tp_name);
    // The nearest base of S with a C++ __new__ must use this very one (object.__new__(int) would
    // build an int without its fields).
    Type* staticbase = s;
    while (staticbase && staticbase->tp_new == slot_new) staticbase = staticbase->base;
    if (staticbase && staticbase->tp_new != t->tp_new)
        return raise(&exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->tp_name, s->tp_name,
                     staticbase->tp_name);
    return t->tp_new(s, args + 1, nargs - 1, kwnames);
}

static bool wrapper_check_nargs(WrapperDescr* d, size_t nargs, size_t want, Tuple* kwnames) {
    if (kwnames && kwnames->size) {
        raise(&exc::TypeError, "wrapper %s() takes no keyword arguments", d->row->name);
        return false;
    }
    if (nargs != want) {
        raise(&exc::TypeError, "expected %d argument%s, got %d", int(want), want == 1 ? "" : "s", int(nargs));
        return false;
    }
    return true;
}

// Calls the wrapped slot with self and the remaining arguments.
static Value wrapper_invoke(WrapperDescr* d, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    void* fn = d->fn;
    switch (d->row->wrap) {
        case WrapKind::Unary:
            if (!wrapper_check_nargs(d, nargs, 0, kwnames)) return Value{};
            return reinterpret_cast<UnaryFn>(fn)(self);
        case WrapKind::Next: {
            if (!wrapper_check_nargs(d, nargs, 0, kwnames)) return Value{};
            Value r = reinterpret_cast<UnaryFn>(fn)(self);
            if (!r && !has_error()) raise(&exc::StopIteration, nullptr);
            return r;
        }
        case WrapKind::Binary:
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
        case WrapKind::RBinary:
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            return reinterpret_cast<BinaryFn>(fn)(args[0], self);
        case WrapKind::Inquiry: {
            if (!wrapper_check_nargs(d, nargs, 0, kwnames)) return Value{};
            int r = reinterpret_cast<InquiryFn>(fn)(self);
            return r < 0 ? Value{} : newref(bool_value(r));
        }
        case WrapKind::Len: {
            if (!wrapper_check_nargs(d, nargs, 0, kwnames)) return Value{};
            int64_t r = reinterpret_cast<LenFn>(fn)(self);
            return r < 0 ? Value{} : int_from_i64(r);
        }
        case WrapKind::Hash: {
            if (!wrapper_check_nargs(d, nargs, 0, kwnames)) return Value{};
            int64_t r = reinterpret_cast<HashFn>(fn)(self);
            return r == -1 ? Value{} : int_from_i64(r);
        }
        case WrapKind::RichCmp:
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            return reinterpret_cast<CompareFn>(fn)(self, args[0], static_cast<CompareOp>(d->row->extra));
        case WrapKind::GetAttr:
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            if (!is_str(args[0]))
                return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[0])->tp_name);
            return reinterpret_cast<GetAttrFn>(fn)(self, args[0].as<Str>());
        case WrapKind::SetAttr:
        case WrapKind::DelAttr: {
            bool set = d->row->wrap == WrapKind::SetAttr;
            if (!wrapper_check_nargs(d, nargs, set ? 2 : 1, kwnames)) return Value{};
            if (!is_str(args[0]))
                return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_of(args[0])->tp_name);
            int r = reinterpret_cast<SetAttrFn>(fn)(self, args[0].as<Str>(), set ? args[1] : Value{});
            return r < 0 ? Value{} : newref(none());
        }
        case WrapKind::Call:
            return reinterpret_cast<CallFn>(fn)(self, args, nargs, kwnames);
        case WrapKind::DescrGet: {
            if (kwnames && kwnames->size) return raise(&exc::TypeError, "wrapper __get__() takes no keyword arguments");
            if (nargs < 1 || nargs > 2) return raise(&exc::TypeError, "expected 1 or 2 arguments, got %d", int(nargs));
            Value obj = is_none(args[0]) ? Value{} : args[0];
            Value owner = nargs > 1 && !is_none(args[1]) ? args[1] : Value{};
            if (!obj && !owner) return raise(&exc::TypeError, "__get__(None, None) is invalid");
            return reinterpret_cast<DescrGetFn>(fn)(self, obj, owner);
        }
        case WrapKind::DescrSet:
        case WrapKind::DescrDelete: {
            bool set = d->row->wrap == WrapKind::DescrSet;
            if (!wrapper_check_nargs(d, nargs, set ? 2 : 1, kwnames)) return Value{};
            int r = reinterpret_cast<DescrSetFn>(fn)(self, args[0], set ? args[1] : Value{});
            return r < 0 ? Value{} : newref(none());
        }
        case WrapKind::Init: {
            int r = reinterpret_cast<InitFn>(fn)(self, args, nargs, kwnames);
            return r < 0 ? Value{} : newref(none());
        }
        case WrapKind::GetItem:
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
        case WrapKind::SetItem:
        case WrapKind::DelItem: {
            bool set = d->row->wrap == WrapKind::SetItem;
            if (!wrapper_check_nargs(d, nargs, set ? 2 : 1, kwnames)) return Value{};
            int r = reinterpret_cast<SetItemFn>(fn)(self, args[0], set ? args[1] : Value{});
            return r < 0 ? Value{} : newref(none());
        }
        case WrapKind::Contains: {
            if (!wrapper_check_nargs(d, nargs, 1, kwnames)) return Value{};
            int r = reinterpret_cast<ContainsFn>(fn)(self, args[0]);
            return r < 0 ? Value{} : newref(bool_value(r));
        }
        case WrapKind::New: break;
    }
    return raise(&exc::SystemError, "bad wrapper");
}

static bool wrapper_check_self(WrapperDescr* d, Value self) {
    if (isinstance_of(self, d->owner)) return true;
    raise(&exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d->row->name, d->owner->tp_name,
          type_of(self)->tp_name);
    return false;
}

static Value wrapper_descr_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    WrapperDescr* d = callable.as<WrapperDescr>();
    if (nargs < 1)
        return raise(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", d->row->name, d->owner->tp_name);
    if (!wrapper_check_self(d, args[0])) return Value{};
    return wrapper_invoke(d, args[0], args + 1, nargs - 1, kwnames);
}

static Value wrapper_descr_get(Value descr, Value obj, Value owner) {
    if (!obj) return newref(descr);
    WrapperDescr* d = descr.as<WrapperDescr>();
    if (!wrapper_check_self(d, obj)) return Value{};
    MethodWrapper* m = alloc<MethodWrapper>(&method_wrapper_type);
    if (!m) return Value{};
    m->descr = d;
    m->self = newref(obj);
    return Value(m);
}

static Value wrapper_descr_repr(Value self) {
    WrapperDescr* d = self.as<WrapperDescr>();
    return str_format("<slot wrapper '%s' of '%s' objects>", d->row->name, d->owner->tp_name);
}

static Value method_wrapper_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    MethodWrapper* m = callable.as<MethodWrapper>();
    return wrapper_invoke(m->descr, m->self, args, nargs, kwnames);
}

static void method_wrapper_dealloc(Object* o) {
    decref(static_cast<MethodWrapper*>(o)->self);
    free_object_memory(o);
}

static Value method_wrapper_repr(Value self) {
    MethodWrapper* m = self.as<MethodWrapper>();
    char addr[32];
    // A tagged small int has no address; its bits stand in for one.
    std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(m->self.bits()));
    return str_format("<method-wrapper '%s' of %s object at %s>", m->descr->row->name, type_of(m->self)->tp_name, addr);
}

static Value wrapper_get_name(Value self) { return newref(Value(self.as<WrapperDescr>()->row->iname)); }
static Value wrapper_get_objclass(Value self) { return newref(Value(self.as<WrapperDescr>()->owner)); }
static Value wrapper_get_qualname(Value self) {
    WrapperDescr* d = self.as<WrapperDescr>();
    return type_member_qualname(d->owner, d->row->name);
}
static Value mw_get_name(Value self) { return newref(Value(self.as<MethodWrapper>()->descr->row->iname)); }
static Value mw_get_qualname(Value self) { return wrapper_get_qualname(Value(self.as<MethodWrapper>()->descr)); }
static Value mw_get_objclass(Value self) { return newref(Value(self.as<MethodWrapper>()->descr->owner)); }
static Value mw_get_self(Value self) { return newref(self.as<MethodWrapper>()->self); }

static const GetSetDef wrapper_getsets[] = {{"__name__", wrapper_get_name},
                                            {"__qualname__", wrapper_get_qualname},
                                            {"__objclass__", wrapper_get_objclass},
                                            {nullptr}};
static const GetSetDef method_wrapper_getsets[] = {{"__name__", mw_get_name},
                                                   {"__qualname__", mw_get_qualname},
                                                   {"__objclass__", mw_get_objclass},
                                                   {"__self__", mw_get_self},
                                                   {nullptr}};

static Value new_wrapper(Type* owner, const SlotRow* row, void* fn) {
    WrapperDescr* d = alloc<WrapperDescr>(&wrapper_descr_type);
    if (!d) return Value{};
    d->owner = owner;
    d->row = row;
    d->fn = fn;
    make_immortal(d);
    return Value(d);
}

void add_slot_wrappers(Type* t) {
    for (int i = 0; i < kSlotRowCount; i++) {
        const SlotRow& row = g_slot_rows[i];
        void* fn = row.field(t);
        if (!fn) continue;
        if (t->base && row.field(t->base) == fn) continue;   // inherited: the base's wrapper is found
        if (dict_get_str(t->dict, row.iname)) continue;      // defined explicitly
        if (row.wrap == WrapKind::New) {
            Ref f{make_builtin_function(&g_tp_new_def, Value(t), Value{})};
            if (!f) fatal_error("add_slot_wrappers: __new__");
            make_immortal(f.get().as_object());
            add_type_attr(t, "__new__", f.get());
            continue;
        }
        if (row.wrap == WrapKind::Hash && fn == reinterpret_cast<void*>(&hash_not_implemented)) {
            add_type_attr(t, "__hash__", none());
            continue;
        }
        // A slot shared by several dunders (__getattribute__/__getattr__) exposes only its main name.
        if (std::strcmp(row.name, "__getattr__") == 0) continue;
        Value w = new_wrapper(t, &row, fn);
        if (!w) fatal_error("add_slot_wrappers: %s", row.name);
        add_type_attr(t, row.name, w);
    }
    // Types that define equality without hashing are unhashable (list, dict, set ...).
    if (!t->hash && t->richcompare) {
        t->hash = hash_not_implemented;
        if (!dict_get_str(t->dict, names::__hash__)) add_type_attr(t, "__hash__", none());
    }
}

// =============================================================================================
// Heap types: from dunders to slots

void add_new_wrapper(Type* t) {
    Ref f{make_builtin_function(&g_tp_new_def, Value(t), Value{})};
    if (!f) fatal_error("add_new_wrapper: %s", t->tp_name);
    make_immortal(f.get().as_object());
    add_type_attr(t, "__new__", f.get());
}

static bool is_tp_new_wrapper(Value v, Type** owner) {
    if (type_of(v) != &builtin_function_type) return false;
    BuiltinFunction* f = v.as<BuiltinFunction>();
    if (f->def != &g_tp_new_def) return false;
    *owner = f->self.as<Type>();
    return true;
}

void fixup_slots(Type* t) {
    // Group rows by field: a field gets the generic function if any of its dunders resolves to
    // something that is not a wrapper of that very field; otherwise the wrapped C++ function.
    for (int i = 0; i < kSlotRowCount; i++) {
        const SlotRow& first = g_slot_rows[i];
        void*& field = first.field(t);
        // Process each field once (at its first row).
        bool seen = false;
        for (int j = 0; j < i && !seen; j++) seen = &g_slot_rows[j].field(t) == &field;
        if (seen) continue;

        void* specific = nullptr;
        bool generic = false, found = false, conflict = false;
        for (int j = i; j < kSlotRowCount; j++) {
            const SlotRow& row = g_slot_rows[j];
            if (&row.field(t) != &field) continue;
            Value d = type_lookup(t, row.iname);
            if (!d) continue;
            found = true;
            void* candidate = nullptr;
            Type* new_owner = nullptr;
            if (row.wrap == WrapKind::New) {
                if (is_tp_new_wrapper(d, &new_owner)) candidate = reinterpret_cast<void*>(new_owner->tp_new);
            } else if (row.wrap == WrapKind::Hash && is_none(d)) {
                candidate = reinterpret_cast<void*>(&hash_not_implemented);
            } else if (type_of(d) == &wrapper_descr_type && &d.as<WrapperDescr>()->row->field(t) == &field) {
                candidate = d.as<WrapperDescr>()->fn;
            } else if (type_of(d) == &method_descr_type && (d.as<MethodDescr>()->def->flags & kNativeSlotMethod)) {
                candidate = row.field(d.as<MethodDescr>()->owner);   // list.__getitem__: list's own slot
            }
            if (!candidate) {
                generic = true;
            } else if (specific && specific != candidate) {
                conflict = true;
            } else {
                specific = candidate;
            }
        }
        if (!found) {
            // Nothing in the MRO names this slot: keep what inheritance gave (only slots without a
            // dunder, e.g. nb_bool falling back to __len__, are ever left this way).
            continue;
        }
        field = (generic || conflict) ? first.generic : specific;
    }
    // __getattr__ anywhere in the MRO needs the hook that calls it on AttributeError.
    if (type_lookup(t, names::__getattr__)) t->getattro = slot_getattro;
    // A Python-level __bool__ is not needed for truth: ops::truthy falls back to __len__.
}

void fixup_slots_recursive(Type* t) {
    fixup_slots(t);
    if (t->subclasses)
        for (Type* s : *t->subclasses) fixup_slots_recursive(s);
}

void init_wrapper_types() {
    init_static_type(&wrapper_descr_type, "wrapper_descriptor", &object_type, sizeof(WrapperDescr), 0);
    wrapper_descr_type.call = wrapper_descr_call;
    wrapper_descr_type.descr_get = wrapper_descr_get;
    wrapper_descr_type.repr = wrapper_descr_repr;
    add_getsets(&wrapper_descr_type, wrapper_getsets);
    finalize_type(&wrapper_descr_type);

    init_static_type(&method_wrapper_type, "method-wrapper", &object_type, sizeof(MethodWrapper), 0);
    method_wrapper_type.call = method_wrapper_call;
    method_wrapper_type.dealloc = method_wrapper_dealloc;
    method_wrapper_type.repr = method_wrapper_repr;
    add_getsets(&method_wrapper_type, method_wrapper_getsets);
    finalize_type(&method_wrapper_type);
}

}  // namespace minipy::rt
