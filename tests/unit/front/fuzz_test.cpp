// fuzz_test.cpp — no input may crash the front end. Thousands of random byte strings, every
// truncation and many random mutations of the golden snippets, and pathological nesting go
// through parse_source() and tokenize(); each must return normally, with an error that can be
// formatted when it fails. Run it under -DMINIPY_SANITIZE=address too (docs/grammar.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parse.hpp"

namespace fs = std::filesystem;
using namespace minipy::parse;

namespace {

// Parses and tokenizes; checks that the result is consistent. Returns true when it parsed.
bool exercise(const std::string& src) {
    Ast ast;
    SyntaxErrorInfo err;
    bool ok = parse_source(src, "<fuzz>", Mode::File, ast, &err);
    if (ok) {
        EXPECT_NE(ast.root, nullptr);
        if (ast.root) (void)dump(ast.root, 2);
    } else {
        EXPECT_FALSE(err.type.empty());
        EXPECT_GE(err.lineno, 0);
        (void)format_syntax_error(err);
    }
    std::vector<TokenInfo> toks;
    SyntaxErrorInfo terr;
    if (tokenize(src, "<fuzz>", &toks, &terr)) {
        (void)format_tokens(toks);
    } else {
        (void)format_syntax_error(terr);
    }
    Ast eval_ast;
    (void)parse_source(src, "<fuzz>", Mode::Eval, eval_ast, &err);
    return ok;
}

std::vector<std::string> corpus() {
    std::vector<std::string> out;
    fs::path dir = fs::path(__FILE__).parent_path();
    for (const char* sub : {"cases", "errors", "tokens"}) {
        for (const auto& e : fs::directory_iterator(dir / sub)) {
            if (e.path().extension() != ".py") continue;
            std::ifstream f(e.path(), std::ios::binary);
            std::stringstream ss;
            ss << f.rdbuf();
            out.push_back(ss.str());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(Fuzz, RandomBytes) {
    std::mt19937 rng(12345);
    for (int i = 0; i < 3000; ++i) {
        std::string s(rng() % 120, '\0');
        for (auto& c : s) c = static_cast<char>(rng() % 256);
        exercise(s);
    }
}

TEST(Fuzz, RandomPythonishText) {
    // Characters and fragments that matter to the lexer and the grammar.
    static const char* const kPieces[] = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "    ", "\t", "\\\n", "#c", "'", "\"",
        "'''", "f'", "f\"", "rb'", "{x!r:>{w}}", "=", "==", ":=", "*", "**", "lambda", "if", "else",
        "for", "in", "not", "is", "def", "class", "return", "yield", "await", "async", "with", "as",
        "try", "except", "finally", "import", "from", ".", "x", "y", "1", "0x1f", "1.5e3", "2j", "@",
        "->", "...", "None", "é", "€", "\xff", "\r\n", "del", "global", "pass", "+", "-", "~", "%"};
    std::mt19937 rng(777);
    int parsed = 0;
    for (int i = 0; i < 6000; ++i) {
        std::string s;
        int n = static_cast<int>(rng() % 40);
        for (int k = 0; k < n; ++k) s += kPieces[rng() % std::size(kPieces)];
        parsed += exercise(s);
    }
    EXPECT_GT(parsed, 0);   // some of them are valid Python
}

TEST(Fuzz, TruncationsOfSnippets) {
    for (const auto& src : corpus())
        for (size_t n = 0; n <= src.size(); n += 1 + src.size() / 60) exercise(src.substr(0, n));
}

TEST(Fuzz, MutationsOfSnippets) {
    std::mt19937 rng(4242);
    static const char kChars[] = "()[]{}:,;=\n \t\\'\"#fxr0.*+-@!{}";
    for (const auto& src : corpus()) {
        if (src.empty()) continue;
        for (int i = 0; i < 25; ++i) {
            std::string s = src;
            int edits = 1 + static_cast<int>(rng() % 3);
            for (int k = 0; k < edits && !s.empty(); ++k) {
                size_t at = rng() % s.size();
                switch (rng() % 3) {
                case 0: s[at] = kChars[rng() % (sizeof kChars - 1)]; break;
                case 1: s.insert(at, 1, kChars[rng() % (sizeof kChars - 1)]); break;
                default: s.erase(at, 1); break;
                }
            }
            exercise(s);
        }
    }
}

TEST(Fuzz, InputsEndingMidToken) {
    // Each literal form cut off where the scanner looks one or two characters ahead.
    const char* const inputs[] = {
        "f\"}\\", "f'{x!z", "'\\", "\"\"\"\\", "0x", "0b", "0o", "1_", "1e", "1.e+", "\\", "f'{'",
        "f'{x:{'", "f'{x:{y:", "f'''{", "rb'\\", "f'\\N{", "'\\N{", "b'\\x", "'\\u12", "x = (",
        "if x:\n\ty\n        z", "\xef\xbb\xbf", "\xef\xbb", "\r", "\r\n\r\n  x", "@", "with (",
        "with (a as b", "lambda", "def f(*", "class", "f'{x=", "f'{x!'", "from .", "import a.",
    };
    for (const char* in : inputs) exercise(in);
}

TEST(Fuzz, PathologicalNesting) {
    std::vector<std::string> inputs = {
        std::string(10000, '('),
        std::string(10000, '[') + std::string(10000, ']'),
        std::string(10000, '{'),
        "x = " + std::string(30000, '-') + "1",
        "x = " + std::string(30000, '~') + "1",
        "x = 1" + std::string(30000, '+'),
        std::string(30000, '@'),
        std::string(50000, '*') + "x",
    };
    std::string s;
    for (int i = 0; i < 30000; ++i) s += "not ";
    inputs.push_back(s + "x");
    s = "x";
    for (int i = 0; i < 30000; ++i) s += ".y";
    inputs.push_back(s);
    s = "x";
    for (int i = 0; i < 20000; ++i) s += "[0]";
    inputs.push_back(s);
    s = "x = ";
    for (int i = 0; i < 20000; ++i) s += "lambda: ";
    inputs.push_back(s + "1");
    s = "x = ";
    for (int i = 0; i < 20000; ++i) s += "a if b else ";
    inputs.push_back(s + "c");
    s = "x = ";
    for (int i = 0; i < 300; ++i) s += "f'{";
    inputs.push_back(s);
    s.clear();
    for (int i = 0; i < 300; ++i) s += std::string(i, ' ') + "if x:\n";
    inputs.push_back(s);
    s = "x = 1";
    for (int i = 0; i < 30000; ++i) s += " + 1";
    inputs.push_back(s);
    s = "x = [";
    for (int i = 0; i < 30000; ++i) s += "1, ";
    inputs.push_back(s + "]");
    s = "def f(";
    for (int i = 0; i < 20000; ++i) s += "a" + std::to_string(i) + ", ";
    inputs.push_back(s + "): pass");
    for (const auto& in : inputs) {
        Ast ast;
        SyntaxErrorInfo err;
        bool ok = parse_source(in, "<deep>", Mode::File, ast, &err);
        if (!ok) (void)format_syntax_error(err);
        std::vector<TokenInfo> toks;
        (void)tokenize(in, "<deep>", &toks, &err);
    }
}

}  // namespace
