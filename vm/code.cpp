// code.cpp — the `code` type: creation, validation, attributes, repr (see code.hpp).
#include "code.hpp"

#include <cstdio>
#include <mutex>
#include <new>
#include <string>

#include "opcodes.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
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
        rt::init_static_type(&code_type, "code", &rt::object_type, sizeof(Code), 0);
        code_type.dealloc = code_dealloc;
        code_type.repr = code_repr;
        rt::add_getsets(&code_type, code_getsets);
        rt::finalize_type(&code_type);
    });
}

}  // namespace minipy::vm
