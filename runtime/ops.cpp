// ops.cpp — the abstract object protocol (see ops.hpp). Every operation dispatches through type
// slots; the rules for which operand's slot runs first, and the error messages when none
// applies, follow CPython's Objects/abstract.c and Objects/object.c.
#include "ops.hpp"

#include <cstring>
#include <string>
#include <vector>

#include "arg_buffer.hpp"
#include "descr.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "float.hpp"
#include "function.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"
#include "union.hpp"

namespace minipy::rt {

Value seqiter_new(Value seq);   // iter.cpp: iteration through __getitem__(0, 1, ...)

namespace names {
#define NAME(id) Str* id;
#include "names.def"
}  // namespace names

void init_names() {
#define NAME(id) names::id = intern(#id);
#define NAME_AS(id, text) names::id = intern(text);
#include "names.def"
    init_slot_table();
}

// =============================================================================================
// Truth, text

int truthy(Value v) {
    if (v.is_small_int()) return v.as_small_int() != 0;
    if (v == true_value()) return 1;
    if (v == false_value() || v == none()) return 0;
    Type* t = v.as_object()->type;
    if (t->nb_bool) return t->nb_bool(v);
    if (t->sq_length) {
        int64_t n = t->sq_length(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

Value repr(Value v) {
    RecursionGuard guard(" while getting the repr of an object");
    if (!guard.ok()) return Value{};
    Type* t = type_of(v);
    if (!t->repr) return str_format("<%s object at %p>", t->tp_name, static_cast<void*>(v.as_object()));
    Value r = t->repr(v);
    if (r && !is_str(r)) {
        Type* rt = type_of(r);
        decref(r);
        return raise(&exc::TypeError, "__repr__ returned non-string (type %s)", rt->tp_name);
    }
    return r;
}

Value to_str(Value v) {
    if (is_exact_str(v)) return newref(v);
    RecursionGuard guard(" while getting the str of an object");
    if (!guard.ok()) return Value{};
    Type* t = type_of(v);
    Value r = t->str ? t->str(v) : repr(v);
    if (r && !is_str(r)) {
        Type* rt = type_of(r);
        decref(r);
        return raise(&exc::TypeError, "__str__ returned non-string (type %s)", rt->tp_name);
    }
    return r;
}

Value ascii(Value v) {
    Ref r{repr(v)};
    if (!r) return Value{};
    Str* s = r.as<Str>();
    if (s->ascii) return r.release();
    std::string out;
    for (int64_t i = 0; i < s->length; i++) {
        uint32_t cp = str_codepoint_at(s, i);
        char buf[16];
        if (cp < 128) out += static_cast<char>(cp);
        else if (cp < 0x100) { std::snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
        else if (cp < 0x10000) { std::snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
        else { std::snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
    }
    return str_from(out);
}

// Calls a special method the way CPython's lookup_maybe_method does: looked up on the type (never
// on the instance), bound to obj. *missing tells a type without it apart from an error.
static Value call_special(Value obj, Str* name, const Value* args, size_t nargs, bool* missing) {
    *missing = false;
    Type* t = type_of(obj);
    Value f = type_lookup(t, name);
    if (!f) {
        *missing = true;
        return Value{};
    }
    Type* ft = type_of(f);
    if (ft == &function_type || ft == &method_descr_type) {
        ArgBuffer buf(nargs + 1);
        buf[0] = obj;
        for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
        return call(f, buf.data(), nargs + 1);
    }
    if (ft->descr_get) {
        Ref bound{ft->descr_get(f, obj, Value(t))};
        if (!bound) return Value{};
        return call(bound.get(), args, nargs);
    }
    return call(f, args, nargs);
}

Value format(Value v, Value spec) {
    Ref empty;
    if (!spec) {
        empty = Ref{str_from("")};
        spec = empty.get();
    }
    if (is_exact_str(v) && spec.as<Str>()->byte_length == 0) return newref(v);
    bool missing;
    Ref r{call_special(v, names::__format__, &spec, 1, &missing)};
    if (missing)
        return raise(&exc::TypeError, "Type %s doesn't define __format__", type_of(v)->tp_name);
    if (!r) return Value{};
    if (!is_str(r.get()))
        return raise(&exc::TypeError, "__format__ must return a str, not %s", type_of(r.get())->tp_name);
    return r.release();
}

std::string repr_utf8(Value v) {
    Value saved = take_error();
    Ref r{repr(v)};
    std::string out = r ? std::string(str_view(r.get())) : "<error>";
    if (!r) clear_error();
    restore_error(saved);
    return out;
}

std::string type_name(Value v) { return type_of(v)->tp_name; }

// =============================================================================================
// Hashing and comparison

int64_t hash(Value v) {
    if (v.is_small_int()) return int_hash(v);
    Type* t = v.as_object()->type;
    if (t == &str_type) return str_hash(v.as<Str>());
    if (!t->hash) return hash_not_implemented(v);
    return t->hash(v);
}

const char* compare_op_symbol(CompareOp op) {
    static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return symbols[static_cast<int>(op)];
}

static CompareOp swapped(CompareOp op) {
    switch (op) {
        case CompareOp::Lt: return CompareOp::Gt;
        case CompareOp::Le: return CompareOp::Ge;
        case CompareOp::Gt: return CompareOp::Lt;
        case CompareOp::Ge: return CompareOp::Le;
        default: return op;
    }
}

Value richcompare(Value a, Value b, CompareOp op) {
    if (a.is_small_int() && b.is_small_int()) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        bool r = false;
        switch (op) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: r = x == y; break;
            case CompareOp::Ne: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
        }
        return newref(bool_value(r));
    }
    RecursionGuard guard(" in comparison");
    if (!guard.ok()) return Value{};
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool checked_reverse = false;
    if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
        checked_reverse = true;
        Value r = tb->richcompare(b, a, swapped(op));
        if (!r || r != not_implemented()) return r;
        decref(r);
    }
    if (ta->richcompare) {
        Value r = ta->richcompare(a, b, op);
        if (!r || r != not_implemented()) return r;
        decref(r);
    }
    if (!checked_reverse && tb->richcompare) {
        Value r = tb->richcompare(b, a, swapped(op));
        if (!r || r != not_implemented()) return r;
        decref(r);
    }
    if (op == CompareOp::Eq) return newref(bool_value(a == b));
    if (op == CompareOp::Ne) return newref(bool_value(a != b));
    return raise(&exc::TypeError, "'%s' not supported between instances of '%s' and '%s'", compare_op_symbol(op),
                 ta->tp_name, tb->tp_name);
}

int compare_bool(Value a, Value b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    Value r = richcompare(a, b, op);
    if (!r) return -1;
    int t;
    if (r == true_value()) t = 1;
    else if (r == false_value()) t = 0;
    else t = truthy(r);
    decref(r);
    return t;
}

int equal(Value a, Value b) { return compare_bool(a, b, CompareOp::Eq); }

// =============================================================================================
// Numbers

static BinaryFn Type::* const kBinarySlots[kBinOpCount] = {
    &Type::nb_add, &Type::nb_and, &Type::nb_floordiv, &Type::nb_lshift, &Type::nb_matmul,
    &Type::nb_multiply, &Type::nb_remainder, &Type::nb_or, &Type::nb_power, &Type::nb_rshift,
    &Type::nb_subtract, &Type::nb_truediv, &Type::nb_xor,
};
static BinaryFn Type::* const kInplaceSlots[kBinOpCount] = {
    &Type::nb_inplace_add, &Type::nb_inplace_and, &Type::nb_inplace_floordiv, &Type::nb_inplace_lshift,
    &Type::nb_inplace_matmul, &Type::nb_inplace_multiply, &Type::nb_inplace_remainder, &Type::nb_inplace_or,
    &Type::nb_inplace_power, &Type::nb_inplace_rshift, &Type::nb_inplace_subtract, &Type::nb_inplace_truediv,
    &Type::nb_inplace_xor,
};
static const char* const kBinOpSymbols[2 * kBinOpCount] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};

const char* binop_symbol(int arg) {
    if (arg < 0 || arg >= 2 * kBinOpCount) return "?";
    return kBinOpSymbols[arg];
}

// Sequence concatenation and repetition (CPython's sq_concat, sq_repeat and their in-place
// forms) sit in the same slots as numeric + and * here, but CPython tries them only after both
// operands' numeric slots: `[0] * n` calls type(n).__rmul__ first when it has one. The functions
// registered below are those sequence slots; binary_op1() holds them back until the numeric ones
// (including a Python class's __radd__/__rmul__) have answered NotImplemented.
namespace {
constexpr int kMaxSequenceSlots = 32;
BinaryFn g_sequence_slots[kMaxSequenceSlots];
int g_sequence_slot_count = 0;
}  // namespace

void register_sequence_slot(BinaryFn fn) {
    if (g_sequence_slot_count == kMaxSequenceSlots) fatal_error("register_sequence_slot: table full");
    g_sequence_slots[g_sequence_slot_count++] = fn;
}

static bool is_sequence_slot(BinaryFn fn) {
    for (int i = 0; i < g_sequence_slot_count; i++)
        if (g_sequence_slots[i] == fn) return true;
    return false;
}

// The sequence step of PyNumber_Add/PyNumber_Multiply: a's concatenation or repetition; for `*`,
// b's repetition when a is no sequence (`3 * [0]`).
static Value sequence_op(Value a, Value b, BinaryFn Type::*field) {
    BinaryFn sa = type_of(a)->*field;
    if (sa && is_sequence_slot(sa)) return sa(a, b);
    if (field == &Type::nb_multiply) {
        BinaryFn sb = type_of(b)->*field;
        if (sb && is_sequence_slot(sb)) return sb(a, b);
    }
    return not_implemented();
}

// Tries a's slot and b's slot in CPython's order (a subclass's reflected method first), then,
// when `with_sequences`, the sequence step.
static Value binary_op1(Value a, Value b, BinaryFn Type::*field, bool with_sequences = true) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    BinaryFn slota = ta->*field;
    BinaryFn slotb = (tb != ta) ? tb->*field : nullptr;
    if (slotb == slota) slotb = nullptr;
    bool seq = false;
    if (slota && is_sequence_slot(slota)) { slota = nullptr; seq = true; }
    if (slotb && is_sequence_slot(slotb)) { slotb = nullptr; seq = true; }
    if (slota) {
        if (slotb && is_subtype(tb, ta)) {
            Value x = slotb(a, b);
            if (!x || x != not_implemented()) return x;
            decref(x);
            slotb = nullptr;
        }
        Value x = slota(a, b);
        if (!x || x != not_implemented()) return x;
        decref(x);
    }
    if (slotb) {
        Value x = slotb(a, b);
        if (!x || x != not_implemented()) return x;
        decref(x);
    }
    if (seq && with_sequences) {
        Value x = sequence_op(a, b, field);
        if (!x || x != not_implemented()) return x;
        decref(x);
    }
    return not_implemented();   // borrowed sentinel: callers only compare against it
}

static bool is_sequence_for_messages(Type* t) {
    return type_has_flag(t, kTypeListSubclass | kTypeTupleSubclass | kTypeStrSubclass | kTypeBytesSubclass) ||
           std::strcmp(t->tp_name, "bytearray") == 0;
}

static Value binop_type_error(Value a, Value b, int arg) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    int op = arg % kBinOpCount;
    if (op == static_cast<int>(BinOp::Add) && is_sequence_for_messages(ta) && !is_subtype(tb, ta))
        return raise(&exc::TypeError, "can only concatenate %s (not \"%s\") to %s", ta->tp_name, tb->tp_name, ta->tp_name);
    if (op == static_cast<int>(BinOp::Multiply)) {
        if (is_sequence_for_messages(ta) && !is_int(b) && !type_of(b)->nb_index)
            return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", tb->tp_name);
        if (is_sequence_for_messages(tb) && !is_int(a) && !type_of(a)->nb_index)
            return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", ta->tp_name);
    }
    const char* sym = (op == static_cast<int>(BinOp::Power)) ? (arg >= kBinOpCount ? "**=" : "** or pow()")
                                                             : binop_symbol(arg);
    return raise(&exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, ta->tp_name, tb->tp_name);
}

Value binary_op(Value a, Value b, BinOp op) {
    int i = static_cast<int>(op);
    Value r = binary_op1(a, b, kBinarySlots[i]);
    if (r == not_implemented()) return binop_type_error(a, b, i);
    return r;
}

Value inplace_op(Value a, Value b, BinOp op) {
    int i = static_cast<int>(op);
    BinaryFn islot = type_of(a)->*kInplaceSlots[i];
    // As PyNumber_InPlaceAdd/Multiply: a's numeric in-place slot, both numeric slots, then a's
    // in-place sequence slot (list += iterable), then the plain sequence step.
    BinaryFn iseq = nullptr;
    if (islot && is_sequence_slot(islot)) std::swap(iseq, islot);
    if (islot) {
        Value r = islot(a, b);
        if (!r || r != not_implemented()) return r;
        decref(r);
    }
    Value r = binary_op1(a, b, kBinarySlots[i], /*with_sequences=*/false);
    if (r == not_implemented() && iseq) r = iseq(a, b);
    if (r == not_implemented()) r = sequence_op(a, b, kBinarySlots[i]);
    if (r == not_implemented()) return binop_type_error(a, b, i + kInplace);
    return r;
}

Value binary_op_arg(Value a, Value b, int arg) {
    if (arg >= kInplace) return inplace_op(a, b, static_cast<BinOp>(arg - kInplace));
    return binary_op(a, b, static_cast<BinOp>(arg));
}

Value divmod(Value a, Value b) {
    Value r = binary_op1(a, b, &Type::nb_divmod);
    if (r == not_implemented())
        return raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_of(a)->tp_name,
                     type_of(b)->tp_name);
    return r;
}

Value power(Value base, Value exp, Value mod) {
    if (!mod || is_none(mod)) return binary_op(base, exp, BinOp::Power);
    if (is_int(base) && is_int(exp) && is_int(mod)) return int_pow(base, exp, mod);
    Value f = type_lookup(type_of(base), names::__pow__);
    if (f && !(type_of(f) == &wrapper_descr_type)) {
        Value args[3] = {base, exp, mod};
        Ref r{call(f, args, 3)};
        if (!r) return Value{};
        if (r.get() != not_implemented()) return r.release();
    }
    return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                 type_of(base)->tp_name, type_of(exp)->tp_name, type_of(mod)->tp_name);
}

Value unary_op(Value v, UnaryOp op) {
    Type* t = type_of(v);
    UnaryFn fn = nullptr;
    const char* sym = "";
    switch (op) {
        case UnaryOp::Negative: fn = t->nb_negative; sym = "-"; break;
        case UnaryOp::Positive: fn = t->nb_positive; sym = "+"; break;
        case UnaryOp::Invert: fn = t->nb_invert; sym = "~"; break;
        case UnaryOp::Not: {
            int r = truthy(v);
            return r < 0 ? Value{} : newref(bool_value(!r));
        }
    }
    if (fn) return fn(v);
    return raise(&exc::TypeError, "bad operand type for unary %s: '%s'", sym, t->tp_name);
}

Value number_index(Value v) {
    if (is_exact_int(v)) return newref(v);
    if (is_int(v)) {
        // An int subclass (bool included): the plain int value.
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        Value r = int_from_mpz(z);
        mpz_clear(z);
        return r;
    }
    UnaryFn idx = type_of(v)->nb_index;
    if (!idx) return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(v)->tp_name);
    Value r = idx(v);
    if (r && !is_int(r)) {
        Type* rt = type_of(r);
        decref(r);
        return raise(&exc::TypeError, "__index__ returned non-int (type %s)", rt->tp_name);
    }
    return r;
}

bool index_to_i64(Value v, int64_t* out, Type* overflow_exc) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    Ref i{number_index(v)};
    if (!i) return false;
    if (i.get().is_small_int()) {
        *out = i.get().as_small_int();
        return true;
    }
    if (int_to_i64(i.get(), out)) return true;
    clear_error();
    if (overflow_exc) {
        raise(overflow_exc, "cannot fit '%s' into an index-sized integer", type_of(v)->tp_name);
        return false;
    }
    *out = int_sign(i.get()) < 0 ? INT64_MIN : INT64_MAX;   // clamp, as PyNumber_AsSsize_t(o, NULL)
    return true;
}

Value number_to_int(Value v) {
    if (is_exact_int(v)) return newref(v);
    Type* t = type_of(v);
    if (t->nb_int) {
        Value r = t->nb_int(v);
        if (r && !is_int(r)) {
            Type* rt = type_of(r);
            decref(r);
            return raise(&exc::TypeError, "__int__ returned non-int (type %s)", rt->tp_name);
        }
        if (r && !is_exact_int(r)) {
            Ref held{r};
            return number_index(r);
        }
        return r;
    }
    if (t->nb_index || is_int(v)) return number_index(v);
    Value trunc = type_lookup(t, names::__trunc__);
    if (trunc) {
        Ref r{call_method0(v, "__trunc__")};
        if (!r) return Value{};
        if (is_int(r.get())) return number_index(r.get());
        return raise(&exc::TypeError, "__trunc__ returned non-Integral (type %s)", type_of(r.get())->tp_name);
    }
    return raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 t->tp_name);
}

bool to_double(Value v, double* out) {
    if (v.is_small_int()) {
        *out = static_cast<double>(v.as_small_int());
        return true;
    }
    if (is_float(v)) {
        *out = float_value(v);
        return true;
    }
    if (is_int(v)) return int_to_double(v, out);
    Type* t = type_of(v);
    if (t->nb_float) {
        Ref r{t->nb_float(v)};
        if (!r) return false;
        if (!is_float(r.get())) {
            raise(&exc::TypeError, "%s.__float__ returned non-float (type %s)", t->tp_name, type_of(r.get())->tp_name);
            return false;
        }
        *out = float_value(r.get());
        return true;
    }
    if (t->nb_index) {
        Ref i{number_index(v)};
        return i && int_to_double(i.get(), out);
    }
    raise(&exc::TypeError, "must be real number, not %s", t->tp_name);
    return false;
}

Value number_to_float(Value v) {
    if (is_exact_float(v)) return newref(v);
    Type* t = type_of(v);
    if (!is_float(v) && !is_int(v) && !t->nb_float && !t->nb_index)
        return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%s'", t->tp_name);
    double d;
    if (!to_double(v, &d)) return Value{};
    return float_from(d);
}

// =============================================================================================
// Attributes

Value generic_getattr(Value obj, Str* name) {
    Type* t = type_of(obj);
    Value descr = type_lookup(t, name);
    DescrGetFn get = nullptr;
    if (descr) {
        Type* dt = type_of(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) return get(descr, obj, Value(t));   // data descriptor wins
    }
    Dict** dslot = instance_dict_slot(obj);
    if (dslot && *dslot) {
        Value v = dict_get_str(*dslot, name);
        if (v) return newref(v);
        if (has_error()) return Value{};
    }
    if (get) return get(descr, obj, Value(t));
    if (descr) return newref(descr);
    return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", t->tp_name, std::string(name->view()).c_str());
}

int generic_setattr(Value obj, Str* name, Value v) {
    Type* t = type_of(obj);
    Value descr = type_lookup(t, name);
    if (descr) {
        DescrSetFn set = type_of(descr)->descr_set;
        if (set) return set(descr, obj, v);
    }
    Dict** dslot = instance_dict_slot(obj);
    if (!dslot) {
        if (descr)
            raise(&exc::AttributeError, "'%s' object attribute '%s' is read-only", t->tp_name,
                  std::string(name->view()).c_str());
        else
            raise(&exc::AttributeError, "'%s' object has no attribute '%s'", t->tp_name, std::string(name->view()).c_str());
        return -1;
    }
    if (!*dslot) {
        if (!v) {
            raise(&exc::AttributeError, "'%s' object has no attribute '%s'", t->tp_name, std::string(name->view()).c_str());
            return -1;
        }
        *dslot = dict_new();
        if (!*dslot) return -1;
    }
    Str* key = intern_str(name);
    if (v) return dict_set_str(*dslot, key, v);
    int r = dict_del_item(*dslot, Value(key));
    if (r < 0 && error_matches(&exc::KeyError)) {
        clear_error();
        raise(&exc::AttributeError, "'%s' object has no attribute '%s'", t->tp_name, std::string(name->view()).c_str());
    }
    return r;
}

Value getattr(Value obj, Str* name) {
    GetAttrFn ga = type_of(obj)->getattro;
    if (!ga) return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_of(obj)->tp_name,
                          std::string(name->view()).c_str());
    return ga(obj, name);
}

Value getattr(Value obj, const char* name) { return getattr(obj, intern(name)); }

Value getattr_or_null(Value obj, Str* name) {
    Value r = getattr(obj, name);
    if (!r && error_matches(&exc::AttributeError)) clear_error();
    return r;
}

int setattr(Value obj, Str* name, Value v) {
    Type* t = type_of(obj);
    if (!t->setattro) {
        if (!t->getattro)
            raise(&exc::TypeError, "'%s' object has no attributes (%s .%s)", t->tp_name, v ? "assign to" : "del",
                  std::string(name->view()).c_str());
        else
            raise(&exc::AttributeError, "'%s' object attribute '%s' is read-only", t->tp_name,
                  std::string(name->view()).c_str());
        return -1;
    }
    return t->setattro(obj, name, v);
}

int delattr(Value obj, Str* name) { return setattr(obj, name, Value{}); }

int hasattr(Value obj, Str* name) {
    Value r = getattr(obj, name);
    if (r) {
        decref(r);
        return 1;
    }
    if (error_matches(&exc::AttributeError)) {
        clear_error();
        return 0;
    }
    return -1;
}

static bool is_method_descriptor(Type* t) {
    return t == &function_type || t == &method_descr_type || t == &wrapper_descr_type;
}

Value lookup_method(Value obj, Str* name, bool* is_method) {
    *is_method = false;
    Type* t = type_of(obj);
    if (t->getattro != generic_getattr) return getattr(obj, name);
    Value descr = type_lookup(t, name);
    DescrGetFn get = nullptr;
    bool meth_found = false;
    if (descr) {
        Type* dt = type_of(descr);
        if (is_method_descriptor(dt)) {
            meth_found = true;
        } else {
            get = dt->descr_get;
            if (get && dt->descr_set) return get(descr, obj, Value(t));
        }
    }
    Dict** dslot = instance_dict_slot(obj);
    if (dslot && *dslot) {
        Value v = dict_get_str(*dslot, name);
        if (v) return newref(v);
        if (has_error()) return Value{};
    }
    if (meth_found) {
        *is_method = true;
        return newref(descr);
    }
    if (get) return get(descr, obj, Value(t));
    if (descr) return newref(descr);
    return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", t->tp_name, std::string(name->view()).c_str());
}

// =============================================================================================
// Calls

Value call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    CallFn fn = type_of(callable)->call;
    if (!fn) return raise(&exc::TypeError, "'%s' object is not callable", type_of(callable)->tp_name);
    if (kwnames && kwnames->size == 0) kwnames = nullptr;
    return fn(callable, args, nargs, kwnames);
}

Value call0(Value callable) { return call(callable, nullptr, 0); }
Value call1(Value callable, Value a) { return call(callable, &a, 1); }
Value call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return call(callable, args, 2);
}
Value call3(Value callable, Value a, Value b, Value c) {
    Value args[3] = {a, b, c};
    return call(callable, args, 3);
}

Value call_tuple_dict(Value callable, Tuple* args, Dict* kwargs) {
    if (!kwargs || kwargs->used == 0) return call(callable, args->items, args->size);
    std::vector<Value> buf(args->items, args->items + args->size);
    Tuple* kwnames = tuple_new(kwargs->used);
    if (!kwnames) return Value{};
    Ref names_ref{Value(kwnames)};
    int64_t pos = 0, i = 0;
    Value k, v;
    while (dict_next(kwargs, &pos, &k, &v)) {
        if (!is_str(k)) return raise(&exc::TypeError, "keywords must be strings");
        kwnames->items[i++] = newref(k);
        buf.push_back(v);
    }
    return call(callable, buf.data(), args->size, kwnames);
}

Value call_method(Value obj, const char* name, const Value* args, size_t nargs) {
    bool is_method;
    Ref f{lookup_method(obj, intern(name), &is_method)};
    if (!f) return Value{};
    if (!is_method) return call(f.get(), args, nargs);
    ArgBuffer buf(nargs + 1);
    buf[0] = obj;
    for (size_t i = 0; i < nargs; i++) buf[i + 1] = args[i];
    return call(f.get(), buf.data(), nargs + 1);
}

Value call_method0(Value obj, const char* name) { return call_method(obj, name, nullptr, 0); }
Value call_method1(Value obj, const char* name, Value a) { return call_method(obj, name, &a, 1); }

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

ImportModuleHook g_import_module_hook = nullptr;

Value import_module_by_name(const char* name) {
    if (!g_import_module_hook) return raise(&exc::ImportError, "no import system to import %s", name);
    return g_import_module_hook(name);
}

// =============================================================================================
// Containers and iteration

int64_t length(Value v) {
    LenFn fn = type_of(v)->sq_length;
    if (!fn) {
        raise(&exc::TypeError, "object of type '%s' has no len()", type_of(v)->tp_name);
        return -1;
    }
    return fn(v);
}

Value getitem(Value obj, Value key) {
    Type* t = type_of(obj);
    if (t->mp_subscript) return t->mp_subscript(obj, key);
    if (type_has_flag(t, kTypeTypeSubclass)) {
        Value cgi = type_lookup(obj.as<Type>(), names::__class_getitem__);
        if (cgi) {
            DescrGetFn get = type_of(cgi)->descr_get;
            Ref bound{get ? get(cgi, Value{}, obj) : newref(cgi)};
            if (!bound) return Value{};
            return call1(bound.get(), key);
        }
        return raise(&exc::TypeError, "type '%s' is not subscriptable", obj.as<Type>()->tp_name);
    }
    return raise(&exc::TypeError, "'%s' object is not subscriptable", t->tp_name);
}

int setitem(Value obj, Value key, Value v) {
    Type* t = type_of(obj);
    if (!t->mp_ass_subscript) {
        raise(&exc::TypeError, "'%s' object does not support item assignment", t->tp_name);
        return -1;
    }
    return t->mp_ass_subscript(obj, key, v);
}

int delitem(Value obj, Value key) {
    Type* t = type_of(obj);
    if (!t->mp_ass_subscript) {
        // CPython's two wordings: the sequence protocol's when the type has sequence methods
        // (every class has them) and the key is an index, the mapping protocol's otherwise.
        bool sequence_like = (t->tpflags & kTypeHeap) || t->sq_length || t->sq_contains;
        bool index_key = is_int(key) || type_of(key)->nb_index;
        raise(&exc::TypeError, sequence_like && index_key ? "'%s' object doesn't support item deletion"
                                                          : "'%s' object does not support item deletion",
              t->tp_name);
        return -1;
    }
    return t->mp_ass_subscript(obj, key, Value{});
}

int contains(Value container, Value item) {
    Type* t = type_of(container);
    if (t->sq_contains) return t->sq_contains(container, item);
    if (!t->iter && !t->mp_subscript) {
        raise(&exc::TypeError, "argument of type '%s' is not iterable", t->tp_name);
        return -1;
    }
    Ref it{get_iter(container)};
    if (!it) return -1;
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return has_error() ? -1 : 0;
        int eq = equal(x.get(), item);
        if (eq != 0) return eq;
    }
}

Value get_iter(Value v) {
    Type* t = type_of(v);
    if (t->iter) {
        Value it = t->iter(v);
        if (it && !type_of(it)->iternext) {
            Type* it_t = type_of(it);
            decref(it);
            return raise(&exc::TypeError, "iter() returned non-iterator of type '%s'", it_t->tp_name);
        }
        return it;
    }
    if (t->mp_subscript && !type_has_flag(t, kTypeDictSubclass)) return seqiter_new(v);
    return raise(&exc::TypeError, "'%s' object is not iterable", t->tp_name);
}

Value iter_next(Value it) {
    UnaryFn next = type_of(it)->iternext;
    if (!next) return raise(&exc::TypeError, "'%s' object is not an iterator", type_of(it)->tp_name);
    Value r = next(it);
    if (!r && error_matches(&exc::StopIteration)) clear_error();
    return r;
}

Value sequence_to_list(Value iterable) {
    Ref l{list_new(0)};
    if (!l || !list_extend(l.get(), iterable)) return Value{};
    return l.release();
}

Value sequence_to_tuple(Value iterable) {
    if (is_exact_tuple(iterable)) return newref(iterable);
    if (is_exact_list(iterable)) return list_as_tuple(iterable);
    Ref l{sequence_to_list(iterable)};
    if (!l) return Value{};
    return list_as_tuple(l.get());
}

bool for_each(Value iterable, bool (*fn)(Value item, void* arg), void* arg) {
    Ref it{get_iter(iterable)};
    if (!it) return false;
    for (;;) {
        Ref x{iter_next(it.get())};
        if (!x) return !has_error();
        if (!fn(x.get(), arg)) return false;
    }
}

// =============================================================================================
// isinstance / issubclass

static bool is_plain_type_instance(Value cls) { return type_of(cls) == &type_type; }

bool isinstance(Value obj, Value cls, int* result) {
    if (Value(type_of(obj)) == cls) {   // exact match: no __instancecheck__ call, as CPython
        *result = 1;
        return true;
    }
    if (is_plain_type_instance(cls)) {
        *result = isinstance_of(obj, cls.as<Type>());
        return true;
    }
    if (type_of(cls) == &union_type) cls = Value(union_args(cls));   // int | str: as (int, str)
    if (is_tuple(cls)) {
        Tuple* t = cls.as<Tuple>();
        RecursionGuard guard(" in __instancecheck__");
        if (!guard.ok()) return false;
        for (int64_t i = 0; i < t->size; i++) {
            if (!isinstance(obj, t->items[i], result)) return false;
            if (*result) return true;
        }
        *result = 0;
        return true;
    }
    Value check = type_lookup(type_of(cls), names::__instancecheck__);
    if (check && type_has_flag(type_of(cls), kTypeTypeSubclass) && type_of(check) == &method_descr_type) {
        *result = isinstance_of(obj, cls.as<Type>());
        return true;
    }
    if (check) {
        Value args[2] = {cls, obj};
        Ref r{call(check, args, 2)};
        if (!r) return false;
        int t = truthy(r.get());
        if (t < 0) return false;
        *result = t;
        return true;
    }
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return false;
}

bool issubclass(Value cls, Value base, int* result) {
    if (is_plain_type_instance(base) && isinstance_of(cls, &type_type)) {
        *result = is_subtype(cls.as<Type>(), base.as<Type>());
        return true;
    }
    if (type_of(base) == &union_type) base = Value(union_args(base));
    if (is_tuple(base)) {
        Tuple* t = base.as<Tuple>();
        for (int64_t i = 0; i < t->size; i++) {
            if (!issubclass(cls, t->items[i], result)) return false;
            if (*result) return true;
        }
        *result = 0;
        return true;
    }
    Value check = type_lookup(type_of(base), names::__subclasscheck__);
    if (check && check != type_lookup(&type_type, names::__subclasscheck__)) {
        Value args[2] = {base, cls};
        Ref r{call(check, args, 2)};
        if (!r) return false;
        int t = truthy(r.get());
        if (t < 0) return false;
        *result = t;
        return true;
    }
    if (!isinstance_of(cls, &type_type)) {
        raise(&exc::TypeError, "issubclass() arg 1 must be a class");
        return false;
    }
    if (!isinstance_of(base, &type_type)) {
        raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return false;
    }
    *result = is_subtype(cls.as<Type>(), base.as<Type>());
    return true;
}

}  // namespace minipy::rt
