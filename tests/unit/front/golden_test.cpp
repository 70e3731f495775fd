// golden_test.cpp — the front end against CPython's own output, one test per snippet:
//   cases/*.py   ast.dump(..., indent=2) (.ast) and with locations (.loc)
//   errors/*.py  the SyntaxError block `python3 NAME.py` prints (.err)
//   errors312/*.py  the same from python3.12, for errors inside f-string fields (PEP 701)
//   tokens/*.py  `python -m tokenize NAME.py` (.tok)
// Every expected file is written by make_goldens.sh from CPython; none is written by hand.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parse.hpp"

namespace fs = std::filesystem;
using namespace minipy::parse;

namespace {

fs::path here() { return fs::path(__FILE__).parent_path(); }

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::vector<std::string> snippets(const char* dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(here() / dir))
        if (e.path().extension() == ".py") names.push_back(e.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string param_name(const testing::TestParamInfo<std::string>& info) { return info.param; }

std::string strip_last_newline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

class AstGolden : public testing::TestWithParam<std::string> {};

TEST_P(AstGolden, MatchesCPythonDump) {
    fs::path base = here() / "cases" / GetParam();
    std::string src = read_file(base.string() + ".py");
    Ast ast;
    SyntaxErrorInfo err;
    ASSERT_TRUE(parse_source(src, GetParam() + ".py", Mode::File, ast, &err)) << format_syntax_error(err);
    EXPECT_EQ(dump(ast.root, 2), strip_last_newline(read_file(base.string() + ".ast")));
    if (fs::exists(base.string() + ".loc")) {
        EXPECT_EQ(dump_with_locations(ast.root, 2), strip_last_newline(read_file(base.string() + ".loc")));
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, AstGolden, testing::ValuesIn(snippets("cases")), param_name);

class ErrorGolden : public testing::TestWithParam<std::string> {};

TEST_P(ErrorGolden, MatchesCPythonMessage) {
    fs::path base = here() / "errors" / GetParam();
    std::string src = read_file(base.string() + ".py");
    Ast ast;
    SyntaxErrorInfo err;
    ASSERT_FALSE(parse_source(src, GetParam() + ".py", Mode::File, ast, &err));
    EXPECT_EQ(format_syntax_error(err), read_file(base.string() + ".err"));
}

INSTANTIATE_TEST_SUITE_P(Errors, ErrorGolden, testing::ValuesIn(snippets("errors")), param_name);

class Error312Golden : public testing::TestWithParam<std::string> {};

TEST_P(Error312Golden, MatchesCPython312Message) {
    fs::path base = here() / "errors312" / GetParam();
    std::string src = read_file(base.string() + ".py");
    Ast ast;
    SyntaxErrorInfo err;
    ASSERT_FALSE(parse_source(src, GetParam() + ".py", Mode::File, ast, &err));
    EXPECT_EQ(format_syntax_error(err), read_file(base.string() + ".err"));
}

INSTANTIATE_TEST_SUITE_P(Errors312, Error312Golden, testing::ValuesIn(snippets("errors312")), param_name);

class TokenGolden : public testing::TestWithParam<std::string> {};

TEST_P(TokenGolden, MatchesPythonTokenize) {
    fs::path base = here() / "tokens" / GetParam();
    std::string src = read_file(base.string() + ".py");
    std::vector<TokenInfo> toks;
    SyntaxErrorInfo err;
    ASSERT_TRUE(tokenize(src, GetParam() + ".py", &toks, &err)) << format_syntax_error(err);
    EXPECT_EQ(format_tokens(toks), read_file(base.string() + ".tok"));
}

INSTANTIATE_TEST_SUITE_P(Tokens, TokenGolden, testing::ValuesIn(snippets("tokens")), param_name);

}  // namespace
