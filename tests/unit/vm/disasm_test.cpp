// disasm_test.cpp — the disassembler's layout and records, and the bytecode reference's coverage.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "compiler_helpers.hpp"
#include "runtime/ops.hpp"
#include "vm/opcodes.hpp"

namespace minipy::vm {
namespace {

using namespace testing;

std::string without_addresses(const std::string& s) { return std::regex_replace(s, std::regex("0x[0-9a-f]+"), "0xADDR"); }

TEST(Disassembler, LayoutOfPythonDis) {
    rt::Ref m = compile_ok(
        "def f(x):\n"
        "    try:\n"
        "        return x.y < 2\n"
        "    except E:\n"
        "        return None\n");
    // The layout of `python3 -m dis` (3.11): line column, jump-target marks, offset, opname, argument
    // and its meaning, the exception table, then the nested code objects.
    const char* expected =
        "  0           0 RESUME                   0\n"
        "\n"
        "  1           1 LOAD_CONST               0 (<code object f at 0xADDR, file \"t.py\", line 1>)\n"
        "              2 MAKE_FUNCTION            0\n"
        "              3 STORE_NAME               0 (f)\n"
        "              4 RETURN_CONST             1 (None)\n"
        "\n"
        "Disassembly of <code object f at 0xADDR, file \"t.py\", line 1>:\n"
        "  1           0 RESUME                   0\n"
        "\n"
        "  2           1 NOP\n"
        "\n"
        "  3           2 LOAD_FAST                0 (x)\n"
        "              3 LOAD_ATTR                0 (y)\n"
        "              4 LOAD_CONST               1 (2)\n"
        "              5 COMPARE_OP               0 (<)\n"
        "              6 RETURN_VALUE\n"
        "        >>    7 PUSH_EXC_INFO\n"
        "\n"
        "  4           8 LOAD_GLOBAL              2 (E)\n"
        "              9 CHECK_EXC_MATCH\n"
        "             10 POP_JUMP_IF_FALSE       14 (to 14)\n"
        "             11 POP_TOP\n"
        "\n"
        "  5          12 POP_EXCEPT\n"
        "             13 RETURN_CONST             0 (None)\n"
        "        >>   14 RERAISE                  0\n"
        "        >>   15 COPY                     3\n"
        "             16 POP_EXCEPT\n"
        "             17 RERAISE                  1\n"
        "ExceptionTable:\n"
        "  2 to 5 -> 7 [0]\n"
        "  7 to 11 -> 15 [1] lasti\n"
        "  14 to 14 -> 15 [1] lasti\n";
    EXPECT_EQ(without_addresses(disassemble(as_code(m), true)), expected);
    // Not recursive: only the module.
    std::string top = without_addresses(disassemble(as_code(m), false));
    EXPECT_EQ(top.find("Disassembly of"), std::string::npos);
    const std::string last = "              4 RETURN_CONST             1 (None)\n";
    ASSERT_GE(top.size(), last.size());
    EXPECT_EQ(top.substr(top.size() - last.size()), last);
}

TEST(Disassembler, WideColumnsForLongCode) {
    std::string src;
    for (int i = 0; i < 1200; ++i) src += "x = " + std::to_string(i) + "\n";
    rt::Ref m = compile_ok(src);
    std::string out = disassemble(as_code(m), false);
    // Line numbers of 4 digits widen the line column; offsets stay 4 wide below 10000.
    EXPECT_NE(out.find("\n1200        2399 LOAD_CONST"), std::string::npos) << out.substr(out.size() - 300);
    EXPECT_NE(out.find("\n   1           1 LOAD_CONST"), std::string::npos) << out.substr(0, 200);
}

TEST(Disassembler, ArgumentMeanings) {
    rt::Ref m = compile_ok(
        "def f(a):\n"
        "    g(a.b(1) + a[2], f'{a!r:>3}')\n"
        "    return [x for x in a]\n");
    std::vector<std::string> l = listing(child(as_code(m), "f"));
    EXPECT_TRUE(has_op(l, "LOAD_GLOBAL NULL + g"));
    EXPECT_TRUE(has_op(l, "LOAD_ATTR NULL|self + b"));
    EXPECT_TRUE(has_op(l, "BINARY_OP +"));
    EXPECT_TRUE(has_op(l, "FORMAT_VALUE repr, with format"));
    EXPECT_TRUE(has_op(l, "LOAD_CONST '>3'"));
    EXPECT_TRUE(has_op(l, "MAKE_FUNCTION 0"));
    rt::Ref m2 = compile_ok("def f():\n    x = 1\n    def g(): return x\n    return g\n");
    EXPECT_TRUE(has_op(listing(child(as_code(m2), "f")), "MAKE_FUNCTION closure"));
    EXPECT_TRUE(has_op(listing(child(as_code(m2), "f")), "LOAD_CLOSURE x"));
}

TEST(Disassembler, InstructionRecords) {
    rt::Ref m = compile_ok("for i in x:\n    y = i\n");
    std::vector<InstrRecord> r = get_instructions(as_code(m));
    // RESUME; LOAD_NAME x; GET_ITER; FOR_ITER; STORE_NAME i; LOAD_NAME i; STORE_NAME y; JUMP_BACKWARD; RETURN_CONST
    ASSERT_EQ(r.size(), 9u);
    EXPECT_EQ(r[0].op, Op::RESUME);
    EXPECT_EQ(r[0].starts_line, 0);
    EXPECT_EQ(r[1].starts_line, 1);
    EXPECT_EQ(r[2].starts_line, -1);
    EXPECT_EQ(r[3].op, Op::FOR_ITER);
    EXPECT_TRUE(r[3].is_jump_target);
    EXPECT_EQ(r[3].jump_target, 8);
    EXPECT_EQ(r[3].argrepr, "to 8");
    EXPECT_EQ(str(r[4].argval), "i");
    EXPECT_EQ(r[5].starts_line, 2);
    EXPECT_EQ(r[7].op, Op::JUMP_BACKWARD);
    EXPECT_EQ(r[7].jump_target, 3);
    EXPECT_TRUE(r[8].is_jump_target);
    EXPECT_EQ(r[8].op, Op::RETURN_CONST);
    EXPECT_EQ(rt::repr_utf8(r[8].argval), "None");
    EXPECT_FALSE(r[2].has_arg);
}

TEST(Disassembler, ExceptionTableFormat) {
    rt::Ref m = compile_ok("with a:\n    b()\n");
    std::string t = format_exception_table(as_code(m));
    EXPECT_EQ(t.rfind("ExceptionTable:\n", 0), 0u) << t;
    EXPECT_NE(t.find(" lasti\n"), std::string::npos) << t;
    EXPECT_TRUE(std::regex_search(t, std::regex("  \\d+ to \\d+ -> \\d+ \\[\\d+\\]"))) << t;
    rt::Ref m2 = compile_ok("x = 1\n");
    EXPECT_EQ(format_exception_table(as_code(m2)), "");
}

TEST(Disassembler, CodeObjectRepr) {
    rt::Ref m = compile_ok("\n\ndef fn(): pass\n");
    Code* f = child(as_code(m), "fn");
    EXPECT_TRUE(std::regex_match(rt::repr_utf8(rt::Value(f)),
                                 std::regex("<code object fn at 0x[0-9a-f]+, file \"t\\.py\", line 3>")));
}

// docs/bytecode.md documents every opcode of opcodes.def under its own heading.
TEST(BytecodeDocs, EveryOpcodeHasAnEntry) {
    namespace fs = std::filesystem;
    fs::path doc = fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path() / "docs" / "bytecode.md";
    std::ifstream in(doc);
    ASSERT_TRUE(in.good()) << doc;
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    for (int i = 0; i < kOpCount; ++i) {
        std::string heading = std::string("\n#### ") + kOpInfo[i].name + "\n";
        EXPECT_NE(text.find(heading), std::string::npos) << kOpInfo[i].name << " is not documented in " << doc;
    }
}

}  // namespace
}  // namespace minipy::vm
