// compiler_helpers.hpp — shared helpers of the compiler and disassembler unit tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/object.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "vm/code.hpp"
#include "vm/compiler.hpp"
#include "vm/disasm.hpp"

namespace minipy::vm::testing {

// Compiles `src` as file "t.py"; fails the test (and returns an empty Ref) on a SyntaxError.
inline rt::Ref compile_ok(const std::string& src, parse::Mode mode = parse::Mode::File) {
    parse::SyntaxErrorInfo err;
    Code* c = compile_source(src, "t.py", mode, &err);
    EXPECT_NE(c, nullptr) << "SyntaxError: " << err.msg << " at line " << err.lineno << "\n" << src;
    return rt::Ref(c ? rt::Value(c) : rt::Value());
}

inline Code* as_code(const rt::Ref& r) { return r.get().as<Code>(); }

inline std::string str(rt::Value v) { return std::string(rt::str_view(v)); }

// The nested code object called `name` (depth-first through co_consts), or null.
inline Code* child(Code* c, const std::string& name) {
    for (int64_t i = 0; i < c->consts->size; ++i) {
        rt::Value v = c->consts->items[i];
        if (!is_code(v)) continue;
        Code* k = v.as<Code>();
        if (str(k->name) == name) return k;
        if (Code* deeper = child(k, name)) return deeper;
    }
    return nullptr;
}

// Every code object reachable from c, c first.
inline void all_codes(Code* c, std::vector<Code*>* out) {
    out->push_back(c);
    for (int64_t i = 0; i < c->consts->size; ++i)
        if (is_code(c->consts->items[i])) all_codes(c->consts->items[i].as<Code>(), out);
}

// One line per instruction: "OPNAME meaning", or "OPNAME arg" when the argument has no meaning
// shown by dis, or "OPNAME" for opcodes without argument.
inline std::vector<std::string> listing(const Code* c) {
    std::vector<std::string> out;
    for (const InstrRecord& r : get_instructions(c)) {
        std::string s = r.opname;
        if (r.has_arg) s += " " + (r.argrepr.empty() ? std::to_string(r.arg) : r.argrepr);
        out.push_back(s);
    }
    return out;
}

inline std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += x + "\n";
    return s;
}

// True when `want` occurs as a contiguous run in `have`.
inline bool has_run(const std::vector<std::string>& have, const std::vector<std::string>& want) {
    if (want.size() > have.size()) return false;
    for (size_t i = 0; i + want.size() <= have.size(); ++i) {
        bool ok = true;
        for (size_t j = 0; j < want.size() && ok; ++j) ok = have[i + j] == want[j];
        if (ok) return true;
    }
    return false;
}

inline bool has_op(const std::vector<std::string>& have, const std::string& prefix) {
    for (const std::string& s : have)
        if (s.rfind(prefix, 0) == 0) return true;
    return false;
}

// Names of the localsplus slots of a kind (kLocal, kCell, kFree).
inline std::vector<std::string> slot_names(const Code* c, uint8_t kind) {
    std::vector<std::string> out;
    for (int32_t i = 0; i < c->nlocalsplus(); ++i)
        if (c->localspluskinds[i] & kind) out.push_back(str(c->localsplusnames->items[i]));
    return out;
}

}  // namespace minipy::vm::testing

#define EXPECT_RUN(code, ...)                                                                  \
    do {                                                                                       \
        auto listing_ = ::minipy::vm::testing::listing(code);                                  \
        EXPECT_TRUE(::minipy::vm::testing::has_run(listing_, std::vector<std::string>{__VA_ARGS__})) \
            << ::minipy::vm::testing::join(listing_);                                          \
    } while (0)
