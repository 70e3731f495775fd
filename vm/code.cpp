// code.cpp — the `code` type: creation, validation, attributes, repr (see code.hpp).
#include "code.hpp"

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <new>
#include <string>

#include "opcodes.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::vm {

rt::Type code_type;
void (*g_free_code_caches)(void* caches) = nullptr;

// =============================================================================================
// Life cycle

static void code_dealloc(rt::Object* o) {
    Code* c = static_cast<Code*>(o);
    if (c->caches && g_free_code_caches) g_free_code_caches(c->caches);
    c->caches = nullptr;
    if (c->consts) rt::decref(c->consts);
    if (c->names) rt::decref(c->names);
    if (c->localsplusnames) rt::decref(c->localsplusnames);
    rt::decref(c->filename);
    rt::decref(c->name);
    rt::decref(c->qualname);
    c->~Code();
    rt::free_object_memory(o);
}

Code* code_new() {
    init_code_type();
    rt::Object* o = rt::alloc_object(&code_type);
    if (!o) return nullptr;
    // Construct the C++ members in place; the constructor also zeroes the header (the atomics are
    // value-initialized), so the header is set afterwards.
    Code* c = new (o) Code();
    c->refcnt.store(1, std::memory_order_relaxed);
    c->type = &code_type;
    return c;
}

// =============================================================================================
// Validation

static uint32_t full_arg(const Code* c, size_t i) {
    uint32_t arg = instr_arg(c->instrs[i]);
    if (i > 0 && instr_op(c->instrs[i - 1]) == static_cast<uint8_t>(Op::EXTENDED_ARG))
        arg |= instr_arg(c->instrs[i - 1]) << 24;
    return arg;
}

static bool ends_flow(Op op) {
    switch (op) {
        case Op::RETURN_VALUE: case Op::RETURN_CONST: case Op::RAISE_VARARGS: case Op::RERAISE:
        case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD:
            return true;
        default:
            return false;
    }
}

int code_simulate_stack_depth(const Code* c, std::string* why) {
    const size_t n = c->instrs.size();
    std::vector<int> depth(n, -1);
    std::vector<size_t> work;
    int maxdepth = 0;
    std::string err;
    auto fail = [&](const char* what, size_t at) {
        if (err.empty()) err = std::string(what) + " at instruction " + std::to_string(at);
    };
    auto reach = [&](size_t pos, int d, size_t from) {
        if (pos >= n) return fail("jump out of range", from);
        if (d < 0) return fail("stack underflow", from);
        if (depth[pos] < 0) {
            depth[pos] = d;
            maxdepth = std::max(maxdepth, d);
            work.push_back(pos);
        } else if (depth[pos] != d) {
            fail("inconsistent stack depth", pos);
        }
    };
    if (n == 0) {
        if (why) *why = "empty code";
        return -1;
    }
    reach(0, 0, 0);
    while (!work.empty() && err.empty()) {
        size_t i = work.back();
        work.pop_back();
        int d = depth[i];
        uint8_t raw = instr_op(c->instrs[i]);
        if (raw >= kOpCount) {
            fail("unknown opcode", i);
            break;
        }
        Op op = static_cast<Op>(raw);
        uint32_t arg = full_arg(c, i);
        for (const ExceptionEntry& e : c->exceptions) {
            if (i >= e.start && i < e.end) {
                if (d < e.depth) fail("handler depth above the stack", i);
                reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1, i);
                break;
            }
        }
        if (is_jump(op)) reach(arg, d + stack_effect(op, arg, true), i);
        if (!ends_flow(op)) {
            if (i + 1 >= n) fail("falls off the end", i);
            else reach(i + 1, d + stack_effect(op, arg, false), i);
        }
    }
    if (!err.empty()) {
        if (why) *why = err;
        return -1;
    }
    return maxdepth;
}

static void make_immortal_deep(rt::Value v) {
    if (!v.is_object()) return;
    rt::Object* o = v.as_object();
    if (rt::is_immortal(o)) return;
    if (rt::is_exact_tuple(v)) {
        rt::Tuple* t = v.as<rt::Tuple>();
        for (int64_t i = 0; i < t->size; ++i) make_immortal_deep(t->items[i]);
    }
    rt::make_immortal(o);
}

void code_finish(Code* c) {
    const size_t n = c->instrs.size();
    auto bad = [&](const std::string& what) {
        std::string name = c->qualname ? std::string(rt::str_view(c->qualname)) : "?";
        rt::fatal_error("invalid code object %s: %s", name.c_str(), what.c_str());
    };
    if (c->lines.size() != n) bad("line table size");
    const int64_t nconsts = c->consts ? c->consts->size : 0;
    const int64_t nnames = c->names ? c->names->size : 0;
    const int64_t nlp = c->nlocalsplus();
    if (static_cast<int64_t>(c->localspluskinds.size()) != nlp ||
        (c->localsplusnames && c->localsplusnames->size != nlp))
        bad("localsplus layout");
    for (size_t i = 0; i < n; ++i) {
        uint8_t raw = instr_op(c->instrs[i]);
        if (raw >= kOpCount) bad("unknown opcode at " + std::to_string(i));
        Op op = static_cast<Op>(raw);
        uint32_t arg = full_arg(c, i);
        std::string where = std::string(op_name(op)) + " at " + std::to_string(i);
        switch (kOpInfo[raw].arg_kind) {
            case ArgKind::Const:
                if (arg >= nconsts) bad("constant index out of range: " + where);
                break;
            case ArgKind::Name:
                if (arg >= nnames) bad("name index out of range: " + where);
                break;
            case ArgKind::Attr:
            case ArgKind::Global:
                if ((arg >> 1) >= nnames) bad("name index out of range: " + where);
                break;
            case ArgKind::Local:
                if (arg >= nlp) bad("local index out of range: " + where);
                break;
            case ArgKind::Jump:
                if (arg >= n) bad("jump target out of range: " + where);
                if (op == Op::JUMP_BACKWARD ? arg > i : arg <= i) bad("jump in the wrong direction: " + where);
                break;
            default:
                if (op == Op::LOAD_FAST_LOAD_FAST && ((arg >> 12) >= nlp || (arg & 0xfff) >= nlp))
                    bad("local index out of range: " + where);
                break;
        }
    }
    for (const ExceptionEntry& e : c->exceptions)
        if (e.start >= e.end || e.end > n || e.target >= n) bad("exception table entry out of range");
    std::string why;
    int depth = code_simulate_stack_depth(c, &why);
    if (depth < 0) bad(why);
    if (depth > c->stacksize) bad("co_stacksize too small");

    // Without the GIL, constants are shared by every thread running this code: immortal objects
    // need no (contended) reference counting.
    if (rt::g_free_threaded) {
        if (c->consts) make_immortal_deep(rt::Value(c->consts));
        if (c->names) make_immortal_deep(rt::Value(c->names));
        if (c->localsplusnames) make_immortal_deep(rt::Value(c->localsplusnames));
    }
}

// =============================================================================================
// Attributes

static Code* as_code(rt::Value v) { return v.as<Code>(); }

static rt::Value names_of_kind(const Code* c, uint8_t kind) {
    std::vector<rt::Value> out;
    for (int32_t i = 0; i < c->nlocalsplus(); ++i)
        if (c->localspluskinds[i] & kind) out.push_back(c->localsplusnames->items[i]);
    return rt::tuple_from_array(out.data(), static_cast<int64_t>(out.size()));
}

static rt::Value get_name(rt::Value self) { return rt::newref(as_code(self)->name); }
static rt::Value get_qualname(rt::Value self) { return rt::newref(as_code(self)->qualname); }
static rt::Value get_filename(rt::Value self) { return rt::newref(as_code(self)->filename); }
static rt::Value get_firstlineno(rt::Value self) { return rt::int_from_i64(as_code(self)->firstlineno); }
static rt::Value get_argcount(rt::Value self) { return rt::int_from_i64(as_code(self)->argcount); }
static rt::Value get_posonlyargcount(rt::Value self) { return rt::int_from_i64(as_code(self)->posonlyargcount); }
static rt::Value get_kwonlyargcount(rt::Value self) { return rt::int_from_i64(as_code(self)->kwonlyargcount); }
static rt::Value get_nlocals(rt::Value self) { return rt::int_from_i64(as_code(self)->nlocals); }
static rt::Value get_stacksize(rt::Value self) { return rt::int_from_i64(as_code(self)->stacksize); }
static rt::Value get_flags(rt::Value self) { return rt::int_from_i64(as_code(self)->flags); }
static rt::Value get_varnames(rt::Value self) { return names_of_kind(as_code(self), kLocal); }
static rt::Value get_cellvars(rt::Value self) { return names_of_kind(as_code(self), kCell); }
static rt::Value get_freevars(rt::Value self) { return names_of_kind(as_code(self), kFree); }
static rt::Value get_names(rt::Value self) { return rt::newref(rt::Value(as_code(self)->names)); }
static rt::Value get_consts(rt::Value self) { return rt::newref(rt::Value(as_code(self)->consts)); }

static const rt::GetSetDef code_getsets[] = {
    {"co_name", get_name},
    {"co_qualname", get_qualname},
    {"co_filename", get_filename},
    {"co_firstlineno", get_firstlineno},
    {"co_argcount", get_argcount},
    {"co_posonlyargcount", get_posonlyargcount},
    {"co_kwonlyargcount", get_kwonlyargcount},
    {"co_nlocals", get_nlocals},
    {"co_varnames", get_varnames},
    {"co_cellvars", get_cellvars},
    {"co_freevars", get_freevars},
    {"co_names", get_names},
    {"co_consts", get_consts},
    {"co_flags", get_flags},
    {"co_stacksize", get_stacksize},
    {nullptr},
};

// =============================================================================================
// code.replace(): a copy with some co_* fields changed (types.coroutine sets CO_ITERABLE_COROUTINE
// this way). minipy's instructions, line table and exception table are not CPython's bytes, so
// co_code, co_linetable and co_exceptiontable cannot be replaced; everything else is checked so
// that the eval loop can trust the copy as it trusts the compiler's output.

// The largest constant and name indexes the instructions use (-1: none).
static void used_indexes(const Code* c, int64_t* max_const, int64_t* max_name) {
    *max_const = *max_name = -1;
    for (size_t i = 0; i < c->instrs.size(); ++i) {
        uint8_t raw = instr_op(c->instrs[i]);
        uint32_t arg = full_arg(c, i);
        switch (kOpInfo[raw].arg_kind) {
            case ArgKind::Const: *max_const = std::max<int64_t>(*max_const, arg); break;
            case ArgKind::Name: *max_name = std::max<int64_t>(*max_name, arg); break;
            case ArgKind::Attr:
            case ArgKind::Global: *max_name = std::max<int64_t>(*max_name, arg >> 1); break;
            default: break;
        }
    }
}

static bool all_str(rt::Tuple* t) {
    for (int64_t i = 0; i < t->size; ++i)
        if (!rt::is_str(t->items[i])) return false;
    return true;
}

// Replaces the names of the localsplus slots of `kind` with those of `names` (same count).
static bool replace_local_names(Code* c, rt::Value names, uint8_t kind, const char* what) {
    rt::Tuple* t = names.as<rt::Tuple>();
    int64_t n = 0;
    for (int32_t i = 0; i < c->nlocalsplus(); ++i)
        if (c->localspluskinds[i] & kind) n++;
    if (!all_str(t)) {
        rt::raise(&rt::exc::TypeError, "%s must be a tuple of strings", what);
        return false;
    }
    if (t->size != n) {
        int32_t nparams = c->argcount + c->kwonlyargcount + ((c->flags & kCoVarargs) ? 1 : 0) +
                          ((c->flags & kCoVarkeywords) ? 1 : 0);
        if (kind == kLocal && t->size < nparams) rt::raise(&rt::exc::ValueError, "code: co_varnames is too small");
        else if (kind == kLocal) rt::raise(&rt::exc::ValueError, "code: co_nlocals != len(co_varnames)");
        else rt::raise(&rt::exc::ValueError, "minipy: %s must keep its length (%lld)", what, static_cast<long long>(n));
        return false;
    }
    rt::Value* items = c->localsplusnames->items;
    for (int32_t i = 0, k = 0; i < c->nlocalsplus(); ++i) {
        if (!(c->localspluskinds[i] & kind)) continue;
        // A cell that is also an argument is named once, as a local.
        if (kind != kLocal && (c->localspluskinds[i] & kLocal)) { k++; continue; }
        rt::Value old = items[i];
        items[i] = rt::newref(rt::Value(rt::intern_str(t->items[k++].as<rt::Str>())));
        rt::decref(old);
    }
    return true;
}

static rt::Value code_replace(const rt::Value* a) {
    Code* src = as_code(a[0]);
    enum { kArgc = 1, kPosonly, kKwonly, kNlocals, kStacksize, kFlags, kFirstline, kCode, kConsts, kNames,
           kVarnames, kFreevars, kCellvars, kFilename, kName, kQualname, kLinetable, kExctable };
    int64_t ints[kFirstline + 1];
    for (int i = kArgc; i <= kFirstline; ++i)
        if (!rt::index_to_i64(a[i], &ints[i], &rt::exc::OverflowError)) return rt::Value{};
    static const char* const field_names[] = {"", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
        "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable"};
    auto wrong_type = [&](int i, const char* want) {
        return rt::raise(&rt::exc::TypeError, "replace() argument '%s' must be %s, not %s", field_names[i], want,
                         rt::type_of(a[i])->tp_name);
    };
    for (int i : {kConsts, kNames, kVarnames, kFreevars, kCellvars})
        if (a[i] != rt::none() && !rt::is_exact_tuple(a[i])) return wrong_type(i, "tuple");
    for (int i : {kFilename, kName, kQualname})
        if (a[i] != rt::none() && !rt::is_str(a[i])) return wrong_type(i, "str");
    for (int i : {kCode, kLinetable, kExctable})
        if (a[i] != rt::none())
            return rt::raise(&rt::exc::ValueError, "minipy: %s cannot be replaced (minipy's bytecode is not CPython's)",
                             field_names[i]);

    Code* c = code_new();
    if (!c) return rt::Value{};
    rt::Ref ref{rt::Value(c)};
    c->instrs = src->instrs;
    c->lines = src->lines;
    c->exceptions = src->exceptions;
    c->localspluskinds = src->localspluskinds;
    c->consts = rt::newref(rt::Value(src->consts)).as<rt::Tuple>();
    c->names = rt::newref(rt::Value(src->names)).as<rt::Tuple>();
    c->localsplusnames = rt::tuple_from_array(src->localsplusnames->items, src->localsplusnames->size).as<rt::Tuple>();
    if (!c->localsplusnames) return rt::Value{};
    c->filename = rt::newref(a[kFilename] != rt::none() ? a[kFilename] : src->filename);
    c->name = rt::newref(a[kName] != rt::none() ? a[kName] : src->name);
    c->qualname = rt::newref(a[kQualname] != rt::none() ? a[kQualname] : src->qualname);
    c->firstlineno = src->firstlineno;
    c->argcount = src->argcount;
    c->posonlyargcount = src->posonlyargcount;
    c->kwonlyargcount = src->kwonlyargcount;
    c->nlocals = src->nlocals;
    c->ncells = src->ncells;
    c->nfrees = src->nfrees;
    c->stacksize = src->stacksize;
    c->flags = src->flags;

    // Integers: -1 keeps the old value.
    auto given = [&](int i) { return ints[i] != -1; };
    auto in_range = [&](int i) {
        if (ints[i] >= 0 && ints[i] <= INT32_MAX) return true;
        rt::raise(&rt::exc::ValueError, "code: %s must not be negative", field_names[i]);
        return false;
    };
    for (int i = kArgc; i <= kFirstline; ++i)
        if (given(i) && i != kFirstline && !in_range(i)) return rt::Value{};
    if (given(kArgc)) c->argcount = static_cast<int32_t>(ints[kArgc]);
    if (given(kPosonly)) c->posonlyargcount = static_cast<int32_t>(ints[kPosonly]);
    if (given(kKwonly)) c->kwonlyargcount = static_cast<int32_t>(ints[kKwonly]);
    if (given(kNlocals) && ints[kNlocals] != c->nlocals)
        return rt::raise(&rt::exc::ValueError, "code: co_nlocals != len(co_varnames)");
    if (given(kFlags)) {
        // The parameter layout comes with the compiled code: *args/**kwargs cannot be added or removed.
        uint32_t layout = kCoVarargs | kCoVarkeywords;
        if ((static_cast<uint32_t>(ints[kFlags]) & layout) != (src->flags & layout) || ints[kFlags] > 0xffffffff)
            return rt::raise(&rt::exc::ValueError, "minipy: co_flags cannot change CO_VARARGS or CO_VARKEYWORDS");
        c->flags = static_cast<uint32_t>(ints[kFlags]);
    }
    if (given(kFirstline)) {
        // Line numbers are stored absolute; CPython's are relative to co_firstlineno.
        int64_t delta = ints[kFirstline] - src->firstlineno;
        c->firstlineno = static_cast<int32_t>(ints[kFirstline]);
        for (int32_t& line : c->lines)
            if (line >= 0) line = static_cast<int32_t>(std::max<int64_t>(0, line + delta));
    }
    int32_t nparams = c->argcount + c->kwonlyargcount + ((c->flags & kCoVarargs) ? 1 : 0) +
                      ((c->flags & kCoVarkeywords) ? 1 : 0);
    if (c->posonlyargcount > c->argcount || nparams > c->nlocals)
        return rt::raise(&rt::exc::ValueError, "code: co_varnames is too small");
    if (given(kStacksize)) {
        int depth = code_simulate_stack_depth(c);
        if (ints[kStacksize] < depth)
            return rt::raise(&rt::exc::ValueError, "minipy: co_stacksize %lld is smaller than the code needs (%d)",
                             static_cast<long long>(ints[kStacksize]), depth);
        c->stacksize = static_cast<int32_t>(ints[kStacksize]);
    }

    // Tuples: the instructions must still find every constant and name they use.
    int64_t max_const, max_name;
    used_indexes(c, &max_const, &max_name);
    if (a[kConsts] != rt::none()) {
        if (a[kConsts].as<rt::Tuple>()->size <= max_const)
            return rt::raise(&rt::exc::ValueError, "minipy: co_consts is too short for the code");
        rt::Tuple* old = c->consts;
        c->consts = rt::newref(a[kConsts]).as<rt::Tuple>();
        rt::decref(rt::Value(old));
    }
    if (a[kNames] != rt::none()) {
        rt::Tuple* t = a[kNames].as<rt::Tuple>();
        if (!all_str(t)) return rt::raise(&rt::exc::SystemError, "non-string found in code slot");
        if (t->size <= max_name) return rt::raise(&rt::exc::ValueError, "minipy: co_names is too short for the code");
        rt::Value interned = rt::tuple_from_array(t->items, t->size);
        if (!interned) return rt::Value{};
        rt::Tuple* it = interned.as<rt::Tuple>();
        for (int64_t i = 0; i < it->size; ++i) {
            rt::Value old = it->items[i];
            it->items[i] = rt::newref(rt::Value(rt::intern_str(old.as<rt::Str>())));
            rt::decref(old);
        }
        rt::Tuple* old = c->names;
        c->names = it;
        rt::decref(rt::Value(old));
    }
    if (a[kVarnames] != rt::none() && !replace_local_names(c, a[kVarnames], kLocal, "co_varnames")) return rt::Value{};
    if (a[kCellvars] != rt::none() && !replace_local_names(c, a[kCellvars], kCell, "co_cellvars")) return rt::Value{};
    if (a[kFreevars] != rt::none() && !replace_local_names(c, a[kFreevars], kFree, "co_freevars")) return rt::Value{};
    code_finish(c);
    return ref.release();
}

static const rt::NativeDef code_methods[] = {
    {"replace(self, /, *, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, co_nlocals=-1, "
     "co_stacksize=-1, co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, co_names=None, "
     "co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, co_qualname=None, "
     "co_linetable=None, co_exceptiontable=None)",
     code_replace, nullptr, 0, "Return a copy of the code object with new values for the specified fields."},
    {nullptr},
};

// Two code objects are equal when they would run the same: same names, counts, flags, first
// line, instructions, line and exception tables, constants (of the same types) and names.
static bool same_consts(rt::Tuple* x, rt::Tuple* y, int* result) {
    *result = 0;
    if (x->size != y->size) return true;
    for (int64_t i = 0; i < x->size; ++i) {
        rt::Value a = x->items[i], b = y->items[i];
        if (a == b) continue;
        if (rt::type_of(a) != rt::type_of(b)) return true;
        int eq = rt::equal(a, b);
        if (eq < 0) return false;
        if (!eq) return true;
    }
    *result = 1;
    return true;
}

static rt::Value code_richcompare(rt::Value a, rt::Value b, rt::CompareOp op) {
    if ((op != rt::CompareOp::Eq && op != rt::CompareOp::Ne) || !is_code(b)) return rt::newref(rt::not_implemented());
    Code* x = as_code(a);
    Code* y = as_code(b);
    int eq = 1;
    if (x != y) {
        eq = x->argcount == y->argcount && x->posonlyargcount == y->posonlyargcount &&
             x->kwonlyargcount == y->kwonlyargcount && x->flags == y->flags && x->firstlineno == y->firstlineno &&
             x->instrs == y->instrs && x->lines == y->lines && x->exceptions.size() == y->exceptions.size() &&
             x->localspluskinds == y->localspluskinds;
        for (size_t i = 0; eq && i < x->exceptions.size(); ++i) {
            const ExceptionEntry &e = x->exceptions[i], &f = y->exceptions[i];
            eq = e.start == f.start && e.end == f.end && e.target == f.target && e.depth == f.depth && e.lasti == f.lasti;
        }
        for (auto [p, q] : {std::pair{x->name, y->name}, std::pair{x->qualname, y->qualname},
                            std::pair{rt::Value(x->names), rt::Value(y->names)},
                            std::pair{rt::Value(x->localsplusnames), rt::Value(y->localsplusnames)}}) {
            if (!eq) break;
            eq = rt::equal(p, q);
            if (eq < 0) return rt::Value{};
        }
        if (eq && !same_consts(x->consts, y->consts, &eq)) return rt::Value{};
    }
    return rt::newref(rt::bool_value(op == rt::CompareOp::Eq ? eq : !eq));
}

static int64_t code_hash(rt::Value self) {
    Code* c = as_code(self);
    uint64_t h = static_cast<uint64_t>(rt::hash(c->name));
    if (h == static_cast<uint64_t>(-1)) return -1;
    h = h * 1000003u ^ static_cast<uint64_t>(c->argcount) ^ (static_cast<uint64_t>(c->flags) << 8) ^
        static_cast<uint64_t>(c->firstlineno) << 20 ^ c->instrs.size();
    for (uint32_t w : c->instrs) h = h * 31 + w;
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

// <code object f at 0x7f..., file "x.py", line 3>
static rt::Value code_repr(rt::Value self) {
    Code* c = as_code(self);
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(c));
    std::string s = "<code object ";
    s += c->name ? std::string(rt::str_view(c->name)) : "?";
    s += " at ";
    s += addr;
    s += ", file \"";
    s += c->filename ? std::string(rt::str_view(c->filename)) : "???";
    s += "\", line " + std::to_string(c->firstlineno) + ">";
    return rt::str_from(s);
}

void init_code_type() {
    static std::once_flag once;
    std::call_once(once, [] {
        rt::init_static_type(&code_type, "code", &rt::object_type, sizeof(Code), rt::kTypeWeakrefable);
        code_type.dealloc = code_dealloc;
        code_type.repr = code_repr;
        code_type.richcompare = code_richcompare;
        code_type.hash = code_hash;
        rt::add_methods(&code_type, code_methods);
        rt::add_getsets(&code_type, code_getsets);
        rt::finalize_type(&code_type);
    });
}

}  // namespace minipy::vm
