// code.hpp — code objects: the compiler's output and the eval loop's input.
//
// A code object is immutable once built (except the inline caches the eval loop writes). It holds
// the instructions (opcodes.def encoding), the constants, the names, the layout of the frame's
// "localsplus" array, the line of every instruction, and the exception table.
//
// localsplus layout, as CPython 3.11+:   [ locals ... | cells ... | free variables ... ]
//   * locals: parameters first (positional, keyword-only, then *args, then **kwargs), then the
//     other local variables;
//   * cells: variables of this function captured by inner functions (a parameter that is also
//     captured keeps its local slot and is turned into a cell there by MAKE_CELL);
//   * frees: variables of enclosing functions, copied from the closure by COPY_FREE_VARS.
//
// Exception table: when an instruction in [start, end) raises, the eval loop pops the value stack
// down to `depth` items, pushes the instruction offset if `lasti` is set, pushes the exception,
// and jumps to `target`. Ranges are searched in order; the compiler emits innermost handlers first
// for overlapping code, so the first match wins.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.hpp"
#include "runtime/type.hpp"

namespace minipy::rt { struct Tuple; }

namespace minipy::vm {

// Instruction encoding helpers.
inline constexpr uint32_t make_instr(uint8_t op, uint32_t arg) { return op | (arg << 8); }
inline constexpr uint8_t instr_op(uint32_t w) { return static_cast<uint8_t>(w & 0xff); }
inline constexpr uint32_t instr_arg(uint32_t w) { return w >> 8; }

// co_flags, same values as CPython's.
enum CodeFlags : uint32_t {
    kCoOptimized = 0x0001,
    kCoNewLocals = 0x0002,
    kCoVarargs = 0x0004,
    kCoVarkeywords = 0x0008,
    kCoNested = 0x0010,
    kCoGenerator = 0x0020,
    kCoNoFree = 0x0040,
    kCoCoroutine = 0x0080,
    kCoIterableCoroutine = 0x0100,
    kCoAsyncGenerator = 0x0200,
};

// Kinds of localsplus slots (co_localspluskinds).
enum LocalKind : uint8_t {
    kLocal = 0x20,       // a fast local
    kCell = 0x40,        // a cell (captured by an inner scope)
    kFree = 0x80,        // a free variable (from an enclosing scope)
    kArg = 0x01,         // combined with the above: also a parameter
};

struct ExceptionEntry {
    uint32_t start;      // first instruction covered
    uint32_t end;        // one past the last instruction covered
    uint32_t target;     // handler
    uint16_t depth;      // value-stack depth to keep
    bool lasti;          // push the raising instruction's offset before the exception
};

struct Code : rt::Object {
    std::vector<uint32_t> instrs;        // the instructions
    std::vector<int32_t> lines;          // source line of each instruction (-1: none)
    std::vector<ExceptionEntry> exceptions;
    rt::Tuple* consts = nullptr;         // co_consts (owned)
    rt::Tuple* names = nullptr;          // co_names: global/attribute/import names (owned, interned strs)
    rt::Tuple* localsplusnames = nullptr;   // owned, interned strs
    std::vector<uint8_t> localspluskinds;
    rt::Value filename;                  // str (owned)
    rt::Value name;                      // str (owned)
    rt::Value qualname;                  // str (owned)
    int32_t firstlineno = 1;
    int32_t argcount = 0;                // positional parameters (including positional-only)
    int32_t posonlyargcount = 0;
    int32_t kwonlyargcount = 0;
    int32_t nlocals = 0;                 // locals part of localsplus
    int32_t ncells = 0;
    int32_t nfrees = 0;
    int32_t stacksize = 0;               // maximum value-stack depth
    uint32_t flags = 0;                  // CodeFlags
    // Cell slots that are also parameters: for each cell index i, the argument slot it starts
    // from, or -1 (kept for the disassembler; MAKE_CELL does the work at run time).
    void* caches = nullptr;              // eval-loop inline caches (eval.cpp), lazily allocated

    int32_t nlocalsplus() const { return nlocals + ncells + nfrees; }
    int32_t line_of(uint32_t index) const { return index < lines.size() ? lines[index] : -1; }
};

extern rt::Type code_type;

// Creates an empty code object (the compiler fills it, then calls code_finish()).
Code* code_new();
// Readies code_type (idempotent and thread-safe; code_new() calls it, the VM may call it early).
void init_code_type();
// Set by the eval loop: releases Code::caches when a code object is freed (null: nothing to do).
extern void (*g_free_code_caches)(void* caches);
// The maximum stack depth of `c` found by simulating every path (exception edges included), or
// -1 when the code is inconsistent (a depth differs between paths, underflow, a jump out of
// range); *why then says what and where. code_finish() uses it to check co_stacksize.
int code_simulate_stack_depth(const Code* c, std::string* why = nullptr);
// Validates the code object (stack size, jump targets) and makes its constants immortal where
// the no-GIL mode needs it. Aborts on internal compiler bugs.
void code_finish(Code* c);

inline bool is_code(rt::Value v) { return v.is_object() && v.as_object()->type == &code_type; }

}  // namespace minipy::vm
