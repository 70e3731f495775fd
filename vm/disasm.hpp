// disasm.hpp — the disassembler: code objects as `python3 -m dis` shows them.
//
// `minipy --dis script.py` prints disassemble(module_code, true); the `dis` module builds on
// get_instructions(). The layout is that of CPython 3.11's dis (line number column, `>>` on jump
// targets, the argument and its meaning, then the exception table), with two differences that
// come from our bytecode: the offset column counts instructions (not bytes), and there are no
// inline cache entries.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/code.hpp"
#include "vm/opcodes.hpp"

namespace minipy::vm {

struct InstrRecord {
    uint32_t offset = 0;          // instruction index
    Op op = Op::NOP;
    const char* opname = "";
    bool has_arg = false;         // false for opcodes that take no argument
    uint32_t arg = 0;             // full argument (EXTENDED_ARG prefixes folded in)
    rt::Value argval;             // borrowed: the constant, or the name (a str) for name/local args
    int64_t jump_target = -1;     // for jumps: the target offset
    std::string argrepr;          // the meaning shown in parentheses ("" none)
    int32_t line = -1;            // source line (-1 none)
    int32_t starts_line = -1;     // the line, when this instruction starts a new source line
    bool is_jump_target = false;  // a jump or an exception handler leads here
};

// One record per instruction of `c` (not recursive). Values are borrowed from `c`.
std::vector<InstrRecord> get_instructions(const Code* c);

// The text of `python3 -m dis`: the instructions, the exception table and, when `recursive`,
// "Disassembly of <code object ...>:" sections for the nested code objects.
std::string disassemble(const Code* c, bool recursive);

// "ExceptionTable:" followed by one line per entry ("" when the table is empty).
std::string format_exception_table(const Code* c);

}  // namespace minipy::vm
