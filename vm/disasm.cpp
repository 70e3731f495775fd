// disasm.cpp — the disassembler (see disasm.hpp).
#include "disasm.hpp"

#include <algorithm>

#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::vm {

namespace {

std::string name_at(const rt::Tuple* t, uint32_t i) {
    if (!t || i >= static_cast<uint64_t>(t->size)) return "<" + std::to_string(i) + ">";
    return std::string(rt::str_view(t->items[i]));
}

rt::Value item_at(const rt::Tuple* t, uint32_t i) {
    if (!t || i >= static_cast<uint64_t>(t->size)) return {};
    return t->items[i];
}

std::string make_function_flags(uint32_t arg) {
    static const char* const kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    std::string out;
    for (int i = 0; i < 4; ++i) {
        if (!(arg & (1u << i))) continue;
        if (!out.empty()) out += ", ";
        out += kFlags[i];
    }
    return out;
}

}  // namespace

std::vector<InstrRecord> get_instructions(const Code* c) {
    std::vector<InstrRecord> out;
    const size_t n = c->instrs.size();
    std::vector<char> targets(n, 0);
    for (size_t i = 0; i < n; ++i) {
        Op op = static_cast<Op>(instr_op(c->instrs[i]));
        if (!is_jump(op)) continue;
        uint32_t arg = instr_arg(c->instrs[i]);
        if (i > 0 && instr_op(c->instrs[i - 1]) == static_cast<uint8_t>(Op::EXTENDED_ARG))
            arg |= instr_arg(c->instrs[i - 1]) << 24;
        if (arg < n) targets[arg] = 1;
    }
    for (const ExceptionEntry& e : c->exceptions)
        if (e.target < n) targets[e.target] = 1;

    int32_t lastline = -1;
    bool have_last = false;
    uint32_t ext = 0;
    for (size_t i = 0; i < n; ++i) {
        InstrRecord r;
        uint8_t raw = instr_op(c->instrs[i]);
        r.offset = static_cast<uint32_t>(i);
        r.op = static_cast<Op>(raw);
        r.opname = raw < kOpCount ? op_name(r.op) : "<unknown>";
        r.line = c->line_of(static_cast<uint32_t>(i));
        if (r.line >= 0 && (!have_last || r.line != lastline)) {
            r.starts_line = r.line;
            lastline = r.line;
            have_last = true;
        }
        r.is_jump_target = targets[i];
        ArgKind kind = raw < kOpCount ? kOpInfo[raw].arg_kind : ArgKind::None;
        r.has_arg = kind != ArgKind::None;
        r.arg = instr_arg(c->instrs[i]) | ext;
        ext = r.op == Op::EXTENDED_ARG ? r.arg << 24 : 0;
        if (r.op == Op::EXTENDED_ARG) {
            out.push_back(std::move(r));
            continue;
        }
        const uint32_t arg = r.arg;
        switch (kind) {
            case ArgKind::Const:
                r.argval = item_at(c->consts, arg);
                r.argrepr = r.argval ? rt::repr_utf8(r.argval) : "<" + std::to_string(arg) + ">";
                break;
            case ArgKind::Name:
                r.argval = item_at(c->names, arg);
                r.argrepr = name_at(c->names, arg);
                break;
            case ArgKind::Attr:
                r.argval = item_at(c->names, arg >> 1);
                r.argrepr = ((arg & 1) ? "NULL|self + " : "") + name_at(c->names, arg >> 1);
                break;
            case ArgKind::Global:
                r.argval = item_at(c->names, arg >> 1);
                r.argrepr = ((arg & 1) ? "NULL + " : "") + name_at(c->names, arg >> 1);
                break;
            case ArgKind::Local:
                r.argval = item_at(c->localsplusnames, arg);
                r.argrepr = name_at(c->localsplusnames, arg);
                break;
            case ArgKind::Jump:
                r.jump_target = arg;
                r.argrepr = "to " + std::to_string(arg);
                break;
            case ArgKind::Cmp:
                r.argrepr = arg < 6 ? rt::compare_op_symbol(static_cast<rt::CompareOp>(arg)) : "?";
                break;
            case ArgKind::BinOp:
                r.argrepr = rt::binop_symbol(static_cast<int>(arg));
                break;
            case ArgKind::Special:
                if (r.op == Op::LOAD_FAST_LOAD_FAST) {
                    r.argrepr = name_at(c->localsplusnames, arg >> 12) + ", " + name_at(c->localsplusnames, arg & 0xfff);
                } else if (r.op == Op::FORMAT_VALUE) {
                    static const char* const kConv[] = {"", "str", "repr", "ascii"};
                    r.argrepr = kConv[arg & 3];
                    if (arg & 4) r.argrepr += r.argrepr.empty() ? "with format" : ", with format";
                } else if (r.op == Op::MAKE_FUNCTION) {
                    r.argrepr = make_function_flags(arg);
                }
                break;
            default:
                break;
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::string format_exception_table(const Code* c) {
    if (c->exceptions.empty()) return "";
    std::string out = "ExceptionTable:\n";
    for (const ExceptionEntry& e : c->exceptions) {
        out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " +
               std::to_string(e.target) + " [" + std::to_string(e.depth) + "]" + (e.lasti ? " lasti" : "") + "\n";
    }
    return out;
}

static std::string rjust(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }
static std::string ljust(const std::string& s, size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }

static void disassemble_one(const Code* c, std::string& out) {
    std::vector<InstrRecord> instrs = get_instructions(c);
    int32_t maxline = -1;
    for (const InstrRecord& r : instrs) maxline = std::max(maxline, r.starts_line);
    const bool show_lineno = maxline >= 0;
    const size_t lineno_width = !show_lineno ? 0 : maxline >= 1000 ? std::to_string(maxline).size() : 3;
    const size_t maxoffset = instrs.empty() ? 0 : instrs.size() - 1;
    const size_t offset_width = maxoffset >= 10000 ? std::to_string(maxoffset).size() : 4;
    for (const InstrRecord& r : instrs) {
        if (show_lineno && r.starts_line >= 0 && r.offset > 0) out += "\n";
        std::string line;
        if (show_lineno) line += r.starts_line >= 0 ? rjust(std::to_string(r.starts_line), lineno_width) : std::string(lineno_width, ' ');
        if (!line.empty() || show_lineno) line += " ";
        line += "   ";
        line += r.is_jump_target ? " >>" : "   ";
        line += " " + rjust(std::to_string(r.offset), offset_width);
        line += " " + ljust(r.opname, 20);
        if (r.has_arg) {
            line += " " + rjust(std::to_string(r.arg), 5);
            if (!r.argrepr.empty()) line += " (" + r.argrepr + ")";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    out += format_exception_table(c);
}

static void disassemble_recursive(const Code* c, std::string& out) {
    disassemble_one(c, out);
    if (!c->consts) return;
    for (int64_t i = 0; i < c->consts->size; ++i) {
        rt::Value v = c->consts->items[i];
        if (!is_code(v)) continue;
        out += "\nDisassembly of " + rt::repr_utf8(v) + ":\n";
        disassemble_recursive(v.as<Code>(), out);
    }
}

std::string disassemble(const Code* c, bool recursive) {
    std::string out;
    if (recursive) disassemble_recursive(c, out);
    else disassemble_one(c, out);
    return out;
}

}  // namespace minipy::vm
