// union.cpp — types.UnionType, the value of `int | str` (PEP 604).
//
// `X | Y` reaches union_or() through the nb_or slot of `type` (and of GenericAlias and of the
// union type itself). Both operands must be possible members: None (stored as NoneType), a class,
// a GenericAlias (`list[int]`) or another union; anything else gives NotImplemented, so
// `int | 3` fails with the usual "unsupported operand" error and typing's objects can answer
// through their own __ror__.
//
// The members are flattened (`int | (str | None)` has three) and deduplicated in order: classes by
// identity, GenericAliases by equality, as CPython does. A "union" of one member is that member
// (`int | int` is `int`). Two unions are equal when they have the same set of members, and hash as
// the frozenset of their members. isinstance() and issubclass() (ops.cpp) treat a union as the
// tuple of its members.
#include "union.hpp"

#include <string>
#include <vector>

#include "descr.hpp"
#include "errors.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "set.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type union_type;

struct Union : Object {
    Value args;   // a tuple of the members, owned
};

Tuple* union_args(Value u) { return u.as<Union>()->args.as<Tuple>(); }

static bool is_union(Value v) { return type_of(v) == &union_type; }
static bool is_generic_alias(Value v) { return type_of(v) == &generic_alias_type; }

static bool unionable(Value v) {
    return v == none() || isinstance_of(v, &type_type) || is_generic_alias(v) || is_union(v);
}

// Appends v's members (v itself, or a union's members) to out, skipping those already there.
static bool add_members(Value v, std::vector<Value>* out) {
    if (v == none()) v = Value(&none_type);
    if (is_union(v)) {
        Tuple* t = union_args(v);
        for (int64_t i = 0; i < t->size; i++)
            if (!add_members(t->items[i], out)) return false;
        return true;
    }
    for (Value have : *out) {
        if (have == v) return true;
        if (is_generic_alias(have) && is_generic_alias(v)) {
            int eq = equal(have, v);
            if (eq < 0) return false;
            if (eq) return true;
        }
    }
    out->push_back(v);
    return true;
}

Value union_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return newref(not_implemented());
    std::vector<Value> members;
    if (!add_members(a, &members) || !add_members(b, &members)) return Value{};
    if (members.size() == 1) return newref(members[0]);
    Tuple* args = tuple_new(static_cast<int64_t>(members.size()));
    if (!args) return Value{};
    for (size_t i = 0; i < members.size(); i++) args->items[i] = newref(members[i]);
    Union* u = alloc<Union>(&union_type);
    if (!u) {
        decref(Value(args));
        return Value{};
    }
    u->args = Value(args);
    return Value(u);
}

// How one member reads in the repr: None, `...`, a GenericAlias by its repr, a class by its
// (module-qualified unless builtin) qualname, anything else by repr().
static bool repr_member(Value v, std::string* out) {
    if (v == Value(&none_type)) {
        *out += "None";
        return true;
    }
    if (v == ellipsis()) {
        *out += "...";
        return true;
    }
    if (!is_generic_alias(v)) {
        Ref qn{getattr_or_null(v, names::__qualname__)};
        if (has_error()) return false;
        Ref mod{qn ? getattr_or_null(v, names::__module__) : Value{}};
        if (has_error()) return false;
        if (qn && mod && is_str(qn.get()) && is_str(mod.get())) {
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

static Value union_repr(Value self) {
    Tuple* t = union_args(self);
    std::string out;
    for (int64_t i = 0; i < t->size; i++) {
        if (i) out += " | ";
        if (!repr_member(t->items[i], &out)) return Value{};
    }
    return str_from(out);
}

static int64_t union_hash(Value self) {
    Ref members{frozenset_new(Value(union_args(self)))};
    if (!members) return -1;
    return hash(members.get());
}

static Value union_richcompare(Value a, Value b, CompareOp op) {
    if (!is_union(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return newref(not_implemented());
    Ref x{frozenset_new(Value(union_args(a)))};
    if (!x) return Value{};
    Ref y{frozenset_new(Value(union_args(b)))};
    if (!y) return Value{};
    return richcompare(x.get(), y.get(), op);
}

static Value union_getitem(Value self, Value) {
    // Members with type parameters (typing.TypeVar) make typing's own Union, never this type, so a
    // UnionType never has parameters to substitute.
    return raise(&exc::TypeError, "%R is not a generic class", self);
}

static void union_dealloc(Object* o) {
    decref(static_cast<Union*>(o)->args);
    free_object_memory(o);
}

static void union_traverse(Object* o, VisitFn visit, void* arg) {
    Value a = static_cast<Union*>(o)->args;
    if (a.is_object()) visit(a.as_object(), arg);
}

static Value union_get_args(Value self) { return newref(self.as<Union>()->args); }
static Value union_get_parameters(Value) { return tuple_empty(); }

static const GetSetDef union_getsets[] = {
    {"__args__", union_get_args},
    {"__parameters__", union_get_parameters},
    {nullptr},
};

void init_union_type() {
    init_static_type(&union_type, "types.UnionType", &object_type, sizeof(Union), kTypeHasGC);
    union_type.doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
    union_type.repr = union_repr;
    union_type.hash = union_hash;
    union_type.richcompare = union_richcompare;
    union_type.nb_or = union_or;
    union_type.mp_subscript = union_getitem;
    union_type.dealloc = union_dealloc;
    union_type.traverse = union_traverse;
    add_getsets(&union_type, union_getsets);
    finalize_type(&union_type);
}

}  // namespace minipy::rt
