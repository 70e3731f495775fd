// opcodes.cpp — the opcode tables and stack effects.
#include "opcodes.hpp"

namespace minipy::vm {

const OpInfo kOpInfo[kOpCount] = {
#define OP(name, pops, pushes, argkind, doc) {#name, pops, pushes, ArgKind::argkind, doc},
#include "opcodes.def"
};

int stack_effect(Op op, uint32_t arg, bool jump) {
    const OpInfo& info = kOpInfo[static_cast<int>(op)];
    const int n = static_cast<int>(arg);
    switch (op) {
        case Op::COPY: return 1;
        case Op::SWAP: return 0;
        case Op::LOAD_GLOBAL: return (arg & 1) ? 2 : 1;
        case Op::LOAD_ATTR: return (arg & 1) ? 1 : 0;
        case Op::BUILD_SLICE: return 1 - n;
        case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: return 1 - n;
        case Op::BUILD_MAP: return 1 - 2 * n;
        case Op::BUILD_CONST_KEY_MAP: return -n;          // n values + keys -> dict
        case Op::UNPACK_SEQUENCE: return n - 1;
        case Op::UNPACK_EX: return (n & 0xff) + (n >> 8);  // before + list + after - seq
        case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
        case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
        case Op::FOR_ITER: return jump ? -1 : 1;
        case Op::SEND: return 0;
        case Op::CALL: return -n - 1;                     // callable, self_or_null, n args -> result
        case Op::CALL_KW: return -n - 2;                  // ... plus kwnames
        case Op::CALL_FUNCTION_EX: return (arg & 1) ? -3 : -2;
        case Op::MAKE_FUNCTION: {
            int extra = 0;
            for (int bit = 1; bit <= 8; bit <<= 1) if (arg & bit) ++extra;
            return -extra;
        }
        case Op::RAISE_VARARGS: return -n;
        default: return info.pushes - info.pops;
    }
}

}  // namespace minipy::vm
