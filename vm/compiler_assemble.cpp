// compiler_assemble.cpp — from a unit's instruction list to a finished code object.
//
// Steps:
//   1. Flow analysis. Starting at instruction 0 with an empty stack, follow every edge (fall
//      through, jumps, and the exception edge from each handler's SETUP) and record the stack
//      depth before each instruction, using stack_effect() from opcodes.cpp. This gives
//      co_stacksize, the depth every exception handler unwinds to, and which instructions are
//      reachable at all. Inconsistent depths are compiler bugs and abort.
//   2. Dead code (never reached), the SETUP pseudo-instructions, jumps to the next instruction and
//      NOPs that carry no line of their own are dropped.
//   3. Labels become absolute instruction indices; the pseudo JUMP becomes JUMP_FORWARD or
//      JUMP_BACKWARD. Cell and free variable numbers become localsplus indices, and the prologue
//      (COPY_FREE_VARS, MAKE_CELL..., RETURN_GENERATOR + POP_TOP) is prepended.
//   4. Runs of instructions with the same innermost handler become exception table entries.
//   5. Arguments that do not fit 24 bits get an EXTENDED_ARG prefix.
#include <algorithm>
#include <cstring>

#include "compiler.hpp"
#include "compiler_impl.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"


namespace minipy::vm::detail {

namespace {

bool is_terminator(int op) {
    if (op == kOpJump) return true;
    if (op >= kOpCount) return false;
    switch (static_cast<Op>(op)) {
        case Op::RETURN_VALUE: case Op::RETURN_CONST: case Op::RAISE_VARARGS: case Op::RERAISE:
        case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD:
            return true;
        default:
            return false;
    }
}

bool has_label_arg(int op) { return op == kOpJump || (op < kOpCount && is_jump(static_cast<Op>(op))); }

bool is_deref_op(int op) {
    switch (static_cast<Op>(op)) {
        case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE:
        case Op::LOAD_FROM_DICT_OR_DEREF: case Op::MAKE_CELL:
            return true;
        default:
            return false;
    }
}

[[noreturn]] void bug(const Unit* u, const char* what, size_t at) {
    rt::fatal_error("compiler bug in %s: %s at instruction %zu", u->qualname.c_str(), what, at);
}

bool is_name_chars(const std::string& s) {
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
}

// A new reference to the runtime value of a constant. Allocation failures abort.
rt::Value make_const(const ConstVal& c) {
    rt::Value v;
    switch (c.kind) {
        case ConstVal::K::None: return rt::none();
        case ConstVal::K::True: return rt::true_value();
        case ConstVal::K::False: return rt::false_value();
        case ConstVal::K::Ellipsis: return rt::ellipsis();
        case ConstVal::K::Int: v = rt::int_from_string(c.text.data(), c.text.size(), 10); break;
        case ConstVal::K::Float: v = rt::float_from(c.real); break;
        case ConstVal::K::Complex: v = g_make_complex ? g_make_complex(c.real, c.imag) : rt::Value{}; break;
        case ConstVal::K::Str:
            // Identifier-like strings are interned, as CPython does (names in kwnames tuples,
            // dict keys of attribute-like names).
            if (is_name_chars(c.text)) v = rt::Value(rt::intern(c.text));
            else v = rt::str_from(c.text);
            break;
        case ConstVal::K::Bytes: v = rt::bytes_from(c.text); break;
        case ConstVal::K::Tuple: {
            if (c.items.empty()) return rt::tuple_empty();
            rt::Tuple* t = rt::tuple_new(static_cast<int64_t>(c.items.size()));
            if (!t) rt::fatal_error("compiler: out of memory building a constant");
            for (size_t i = 0; i < c.items.size(); ++i) t->items[i] = make_const(c.items[i]);
            return rt::Value(t);
        }
        case ConstVal::K::Code:
            rt::incref(rt::Value(c.code));
            return rt::Value(c.code);
    }
    if (!v) rt::fatal_error("compiler: cannot create a constant");
    return v;
}

rt::Tuple* make_name_tuple(const std::vector<std::string>& names) {
    if (names.empty()) return rt::tuple_empty().as<rt::Tuple>();
    rt::Tuple* t = rt::tuple_new(static_cast<int64_t>(names.size()));
    if (!t) rt::fatal_error("compiler: out of memory");
    for (size_t i = 0; i < names.size(); ++i) t->items[i] = rt::Value(rt::intern(names[i]));
    return t;
}

}  // namespace

Code* assemble(Unit* u, const std::string& filename, uint32_t flags) {
    std::vector<Instr>& code = u->code;
    const size_t n = code.size();
    auto label_pos = [&](uint32_t label, size_t at) -> size_t {
        int p = u->labels.at(label);
        if (p < 0) bug(u, "unbound label", at);
        return static_cast<size_t>(p);
    };

    // ---- 0. jump threading ----------------------------------------------------------------
    // A jump to an unconditional jump goes straight to the final target (a conditional jump only
    // when the final target is still ahead: conditional jumps never go backwards).
    for (size_t i = 0; i < n; ++i) {
        if (!has_label_arg(code[i].op)) continue;
        const bool conditional = code[i].op != kOpJump;
        for (int hops = 0; hops < 8; ++hops) {
            size_t q = label_pos(code[i].arg, i);
            while (q < n && code[q].op == static_cast<int>(Op::NOP)) ++q;
            if (q >= n || code[q].op != kOpJump || code[q].arg == code[i].arg) break;
            if (conditional && label_pos(code[q].arg, q) <= i) break;
            code[i].arg = code[q].arg;
        }
    }

    // ---- 1. flow analysis -----------------------------------------------------------------
    std::vector<int> depth(n, -1);
    std::vector<size_t> work;
    int maxdepth = 0;
    auto reach = [&](size_t pos, int d, size_t from) {
        if (pos >= n) bug(u, "jump past the end", from);
        if (d < 0) bug(u, "negative stack depth", from);
        if (depth[pos] < 0) {
            depth[pos] = d;
            work.push_back(pos);
            maxdepth = std::max(maxdepth, d);
        } else if (depth[pos] != d) {
            bug(u, "inconsistent stack depth", pos);
        }
    };
    reach(0, 0, 0);
    while (!work.empty()) {
        size_t i = work.back();
        work.pop_back();
        int d = depth[i];
        for (;;) {
            const Instr& in = code[i];
            if (in.op == kOpSetup) {
                Handler& h = u->handlers[in.arg];
                int hd = d + h.delta;
                if (h.depth >= 0 && h.depth != hd) bug(u, "handler set up at two depths", i);
                h.depth = hd;
                reach(label_pos(h.label, i), hd + (h.lasti ? 1 : 0) + 1, i);
            } else if (in.op == kOpJump) {
                reach(label_pos(in.arg, i), d, i);
                break;
            } else {
                Op op = static_cast<Op>(in.op);
                if (is_jump(op)) reach(label_pos(in.arg, i), d + stack_effect(op, in.arg, true), i);
                d += stack_effect(op, in.arg, false);
                if (d < 0) bug(u, "stack underflow", i);
                maxdepth = std::max(maxdepth, d);
                if (is_terminator(in.op)) break;
            }
            if (++i >= n) bug(u, "falls off the end", i - 1);
            if (depth[i] >= 0) {
                if (depth[i] != d) bug(u, "inconsistent stack depth", i);
                break;
            }
            depth[i] = d;
        }
    }

    // ---- 2. what to keep ------------------------------------------------------------------
    std::vector<char> keep(n, 0);
    for (size_t i = 0; i < n; ++i) keep[i] = depth[i] >= 0 && code[i].op != kOpSetup;
    auto first_kept_from = [&](size_t pos) {
        while (pos < n && !keep[pos]) ++pos;
        return pos;
    };
    // Jumps to the very next instruction do nothing.
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i] || code[i].op != kOpJump) continue;
        if (first_kept_from(label_pos(code[i].arg, i)) == first_kept_from(i + 1)) keep[i] = 0;
    }
    // Instructions that are targets of a jump or a handler.
    std::vector<char> is_target(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i] || !has_label_arg(code[i].op)) continue;
        size_t t = first_kept_from(label_pos(code[i].arg, i));
        if (t < n) is_target[t] = 1;
    }
    for (const Handler& h : u->handlers) {
        if (h.depth < 0) continue;
        size_t t = first_kept_from(static_cast<size_t>(u->labels[h.label]));
        if (t < n) is_target[t] = 1;
    }
    // A NOP only exists to carry a line number: drop it when a neighbour carries the same line.
    {
        size_t prev = n;   // previous kept instruction
        for (size_t i = 0; i < n; ++i) {
            if (!keep[i]) continue;
            if (code[i].op == static_cast<int>(Op::NOP)) {
                size_t next = first_kept_from(i + 1);
                bool drop = code[i].line < 0 || (next < n && code[next].line == code[i].line) ||
                            (prev < n && !is_target[i] && code[prev].line == code[i].line && !is_terminator(code[prev].op));
                if (drop) {
                    keep[i] = 0;
                    if (is_target[i] && next < n) is_target[next] = 1;
                    continue;
                }
            }
            prev = i;
        }
    }

    // ---- 3. localsplus layout and the prologue ---------------------------------------------
    const int nlocals = static_cast<int>(u->varnames.size());
    std::vector<std::string> lp_names = u->varnames;
    std::vector<uint8_t> lp_kinds(u->varnames.size(), kLocal);
    const size_t nparams = u->ste->params.size();
    for (size_t i = 0; i < nparams && i < lp_kinds.size(); ++i) lp_kinds[i] |= kArg;
    std::vector<int> deref_to_slot;   // code generator's cell/free number -> localsplus index
    int ncells = 0;
    for (const std::string& name : u->cellvars) {
        auto it = u->varname_index.find(name);
        if (it != u->varname_index.end()) {
            lp_kinds[it->second] |= kCell;   // a parameter captured by an inner function
            deref_to_slot.push_back(it->second);
        } else {
            deref_to_slot.push_back(static_cast<int>(lp_names.size()));
            lp_names.push_back(name);
            lp_kinds.push_back(kCell);
            ++ncells;
        }
    }
    for (const std::string& name : u->freevars) {
        deref_to_slot.push_back(static_cast<int>(lp_names.size()));
        lp_names.push_back(name);
        lp_kinds.push_back(kFree);
    }
    const int nfrees = static_cast<int>(u->freevars.size());

    std::vector<Instr> out;
    std::vector<int32_t> out_handler;
    auto prologue = [&](Op op, uint32_t arg, int line) {
        out.push_back(Instr{static_cast<int>(op), arg, line, -1});
        out_handler.push_back(-1);
    };
    if (nfrees) prologue(Op::COPY_FREE_VARS, static_cast<uint32_t>(nfrees), -1);
    for (size_t slot = 0; slot < lp_kinds.size(); ++slot)
        if (lp_kinds[slot] & kCell) prologue(Op::MAKE_CELL, static_cast<uint32_t>(slot), -1);
    if (flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
        prologue(Op::RETURN_GENERATOR, 0, u->firstlineno);
        prologue(Op::POP_TOP, 0, u->firstlineno);
        maxdepth = std::max(maxdepth, 1);   // the value sent on the first resumption
    }
    const size_t prefix = out.size();

    // New index of every kept instruction; a label resolves to the first kept one at or after it.
    std::vector<uint32_t> new_index(n + 1, 0);
    {
        uint32_t k = static_cast<uint32_t>(prefix);
        for (size_t i = 0; i < n; ++i) {
            new_index[i] = k;
            if (keep[i]) ++k;
        }
        new_index[n] = k;
    }
    auto resolve = [&](uint32_t label, size_t at) { return new_index[first_kept_from(label_pos(label, at))]; };

    for (size_t i = 0; i < n; ++i) {
        if (!keep[i]) continue;
        Instr in = code[i];
        uint32_t self = new_index[i];
        if (in.op == kOpJump) {
            uint32_t t = resolve(in.arg, i);
            in.op = static_cast<int>(t > self ? Op::JUMP_FORWARD : Op::JUMP_BACKWARD);
            in.arg = t;
        } else if (has_label_arg(in.op)) {
            in.arg = resolve(in.arg, i);
            if (in.arg <= self) bug(u, "conditional jump backwards", i);
        } else if (is_deref_op(in.op)) {
            in.arg = static_cast<uint32_t>(deref_to_slot.at(in.arg));
        }
        out.push_back(in);
        out_handler.push_back(in.handler);
    }

    // ---- 4. exception table ----------------------------------------------------------------
    std::vector<ExceptionEntry> table;
    for (size_t i = 0; i < out.size();) {
        int h = out_handler[i];
        size_t j = i + 1;
        while (j < out.size() && out_handler[j] == h) ++j;
        if (h >= 0) {
            const Handler& hd = u->handlers[h];
            if (hd.depth < 0) bug(u, "handler without a known depth", i);
            ExceptionEntry e;
            e.start = static_cast<uint32_t>(i);
            e.end = static_cast<uint32_t>(j);
            e.target = new_index[first_kept_from(static_cast<size_t>(u->labels[hd.label]))];
            e.depth = static_cast<uint16_t>(hd.depth);
            e.lasti = hd.lasti;
            table.push_back(e);
        }
        i = j;
    }

    // ---- 5. EXTENDED_ARG ---------------------------------------------------------------------
    // Rarely needed (an argument above 2**24); inserting prefixes shifts the indices, so repeat
    // until every argument fits with the prefixes counted.
    std::vector<uint32_t> instrs;
    std::vector<int32_t> lines;
    {
        auto jumps = [&](int op) {
            return has_label_arg(op) || op == static_cast<int>(Op::JUMP_FORWARD) || op == static_cast<int>(Op::JUMP_BACKWARD);
        };
        std::vector<int> ext(out.size(), 0);          // EXTENDED_ARG prefixes before instruction i
        std::vector<uint32_t> start(out.size() + 1);  // final index of instruction i's first prefix
        auto final_arg = [&](size_t i) { return jumps(out[i].op) ? start[out[i].arg] : out[i].arg; };
        for (;;) {
            uint32_t k = 0;
            for (size_t i = 0; i < out.size(); ++i) {
                start[i] = k;
                k += static_cast<uint32_t>(ext[i]) + 1;
            }
            start[out.size()] = k;
            bool changed = false;
            for (size_t i = 0; i < out.size(); ++i) {
                if (final_arg(i) > 0xFFFFFFu && !ext[i]) {
                    ext[i] = 1;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (size_t i = 0; i < out.size(); ++i) {
            uint32_t arg = final_arg(i);
            if (ext[i]) {
                instrs.push_back(make_instr(static_cast<uint8_t>(Op::EXTENDED_ARG), arg >> 24));
                lines.push_back(out[i].line);
            }
            instrs.push_back(make_instr(static_cast<uint8_t>(out[i].op), arg & 0xFFFFFFu));
            lines.push_back(out[i].line);
        }
        for (ExceptionEntry& e : table) {
            e.start = start[e.start];
            e.end = start[e.end];
            e.target = start[e.target];
        }
    }

    // ---- 6. the code object ------------------------------------------------------------------
    Code* co = code_new();
    if (!co) rt::fatal_error("compiler: out of memory");
    co->instrs = std::move(instrs);
    co->lines = std::move(lines);
    co->exceptions = std::move(table);
    if (u->consts.empty()) {
        co->consts = rt::tuple_empty().as<rt::Tuple>();
    } else {
        co->consts = rt::tuple_new(static_cast<int64_t>(u->consts.size()));
        if (!co->consts) rt::fatal_error("compiler: out of memory");
        for (size_t i = 0; i < u->consts.size(); ++i) co->consts->items[i] = make_const(u->consts[i]);
    }
    co->names = make_name_tuple(u->names);
    co->localsplusnames = make_name_tuple(lp_names);
    co->localspluskinds = std::move(lp_kinds);
    co->filename = rt::str_from(filename);
    co->name = rt::Value(rt::intern(u->name));
    co->qualname = rt::str_from(u->qualname);
    if (!co->filename || !co->qualname) rt::fatal_error("compiler: out of memory");
    co->firstlineno = u->firstlineno;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->nlocals = nlocals;
    co->ncells = ncells;
    co->nfrees = nfrees;
    co->stacksize = std::max(maxdepth, 1);
    co->flags = flags;
    code_finish(co);
    return co;
}

}  // namespace minipy::vm::detail
