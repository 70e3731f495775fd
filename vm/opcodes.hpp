// opcodes.hpp — the opcode enum and its tables, all expanded from opcodes.def.
#pragma once

#include <cstdint>

namespace minipy::vm {

enum class Op : uint8_t {
#define OP(name, pops, pushes, argkind, doc) name,
#include "opcodes.def"
};

enum class ArgKind : uint8_t { None, Int, Const, Name, Local, Jump, Cmp, BinOp, Attr, Global, Call, Special };

inline constexpr int kOpCount = 0
#define OP(name, pops, pushes, argkind, doc) + 1
#include "opcodes.def"
    ;

struct OpInfo {
    const char* name;
    int8_t pops;         // -1: depends on the argument
    int8_t pushes;       // -1: depends on the argument
    ArgKind arg_kind;
    const char* doc;
};

extern const OpInfo kOpInfo[kOpCount];

inline const char* op_name(Op op) { return kOpInfo[static_cast<int>(op)].name; }
inline bool is_jump(Op op) { return kOpInfo[static_cast<int>(op)].arg_kind == ArgKind::Jump; }

// Net stack effect of one instruction. `jump` selects the effect along the jump edge for
// instructions whose effect differs there (FOR_ITER, SEND, JUMP_IF_*_OR_POP).
int stack_effect(Op op, uint32_t arg, bool jump);

}  // namespace minipy::vm
