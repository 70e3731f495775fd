// lexer_test.cpp — properties of the token stream that the goldens do not spell out:
// layout tokens balance, brackets join lines, f-string modes nest (PEP 701), errors point at
// the right place.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer.hpp"
#include "parser/parse.hpp"

using namespace minipy::parse;

namespace {

std::vector<Token> lex_all(const std::string& src) {
    Lexer lex(src, "<test>");
    std::vector<Token> out;
    for (;;) {
        out.push_back(lex.next());
        if (out.back().kind == Tok::EndMarker) break;
    }
    return out;
}

int count(const std::vector<Token>& toks, Tok k) {
    int n = 0;
    for (const auto& t : toks) n += t.kind == k;
    return n;
}

SyntaxErrorInfo lex_error(const std::string& src) {
    try {
        lex_all(src);
    } catch (const SyntaxErrorException& e) {
        return e.info();
    }
    ADD_FAILURE() << "no error for: " << src;
    return {};
}

TEST(Lexer, IndentsAndDedentsBalance) {
    auto toks = lex_all("if a:\n    if b:\n        c\ne\nif f:\n  g\n");
    EXPECT_EQ(count(toks, Tok::Indent), 3);
    EXPECT_EQ(count(toks, Tok::Dedent), 3);
    // Two DEDENTs come together before `e`, at its line and column.
    for (size_t i = 0; i < toks.size(); ++i) {
        if (toks[i].kind == Tok::Name && toks[i].text == "e") {
            EXPECT_EQ(toks[i - 1].kind, Tok::Dedent);
            EXPECT_EQ(toks[i - 2].kind, Tok::Dedent);
            EXPECT_EQ(toks[i - 1].begin.line, 4);
        }
    }
    EXPECT_EQ(toks.back().kind, Tok::EndMarker);
}

TEST(Lexer, DedentsAtEndOfFileWithoutNewline) {
    auto toks = lex_all("def f():\n    if x:\n        return 1");
    EXPECT_EQ(count(toks, Tok::Indent), 2);
    EXPECT_EQ(count(toks, Tok::Dedent), 2);
    EXPECT_EQ(count(toks, Tok::Newline), 3);
}

TEST(Lexer, BracketsJoinLinesWithNL) {
    auto toks = lex_all("x = (1,\n     2,\n\n     3)\ny = 4\n");
    // Only the two logical lines end in NEWLINE; the newlines inside the parentheses are NL.
    EXPECT_EQ(count(toks, Tok::Newline), 2);
    EXPECT_EQ(count(toks, Tok::NL), 3);
    EXPECT_EQ(count(toks, Tok::Indent), 0);
}

TEST(Lexer, BackslashJoinsLines) {
    auto toks = lex_all("x = 1 + \\\n    2\n");
    EXPECT_EQ(count(toks, Tok::Newline), 1);
    EXPECT_EQ(count(toks, Tok::Indent), 0);
}

TEST(Lexer, BlankAndCommentLinesDoNotIndent) {
    auto toks = lex_all("if a:\n    b\n\n        # deep comment\n    c\n");
    EXPECT_EQ(count(toks, Tok::Indent), 1);
    EXPECT_EQ(count(toks, Tok::Comment), 1);
}

TEST(Lexer, KeywordsAndSoftKeywords) {
    auto toks = lex_all("async await match case type _ iff\n");
    EXPECT_EQ(toks[0].kind, Tok::KW_ASYNC);
    EXPECT_EQ(toks[1].kind, Tok::KW_AWAIT);
    for (int i = 2; i < 7; ++i) EXPECT_EQ(toks[i].kind, Tok::Name) << toks[i].text;
}

TEST(Lexer, FStringModesNestSameQuotes) {
    // PEP 701: the inner "..." does not end the outer f-string.
    auto toks = lex_all("f\"a{\"b\" + f\"{c!r:>{w}}\"}d\"\n");
    EXPECT_EQ(count(toks, Tok::FStringStart), 2);
    EXPECT_EQ(count(toks, Tok::FStringEnd), 2);
    EXPECT_EQ(count(toks, Tok::String), 1);
    EXPECT_EQ(count(toks, Tok::LBRACE), count(toks, Tok::RBRACE));
    EXPECT_EQ(toks.front().kind, Tok::FStringStart);
}

TEST(Lexer, FStringColonEqualStartsFormatSpec) {
    // f"{x:=5}" is x formatted with "=5", not a walrus.
    auto toks = lex_all("f'{x:=5}'\n");
    EXPECT_EQ(count(toks, Tok::COLONEQUAL), 0);
    EXPECT_EQ(count(toks, Tok::COLON), 1);
}

TEST(Lexer, ErrorsPointAtTheProblem) {
    auto e = lex_error("x = 1\ny = 'abc\n");
    EXPECT_EQ(e.lineno, 2);
    EXPECT_EQ(e.offset, 5);
    e = lex_error("if x:\n        a\n    b\n");
    EXPECT_EQ(e.type, "IndentationError");
    EXPECT_EQ(e.lineno, 3);
    e = lex_error("x = (1,\n2]\n");
    EXPECT_EQ(e.lineno, 2);
    EXPECT_EQ(e.offset, 2);
    e = lex_error(std::string("x = ") + std::string(250, '(') + "\n");
    EXPECT_EQ(e.msg, "too many nested parentheses");
    EXPECT_EQ(e.offset, 5 + 200);
}

TEST(Lexer, IndentationLimit) {
    std::string src;
    for (int i = 0; i < 120; ++i) src += std::string(i, ' ') + "if x:\n";
    auto e = lex_error(src);
    EXPECT_EQ(e.type, "IndentationError");
    EXPECT_EQ(e.msg, "too many levels of indentation");
}

TEST(Parser, Pep701NestedQuotesParseLikeOtherQuotes) {
    // Same lengths, so even the locations agree.
    const char* pairs[][2] = {
        {"f\"{\"a\"}\"\n", "f\"{'a'}\"\n"},
        {"f'{x:{'w'}}'\n", "f'{x:{\"w\"}}'\n"},
        {"f\"{f\"{f\"{x}\"}\"}\"\n", "f\"{f'{f'''{x}'''}'}\"\n"},
    };
    for (auto& p : pairs) {
        Ast a, b;
        SyntaxErrorInfo err;
        ASSERT_TRUE(parse_source(p[0], "<a>", Mode::File, a, &err)) << p[0] << format_syntax_error(err);
        ASSERT_TRUE(parse_source(p[1], "<b>", Mode::File, b, &err)) << p[1] << format_syntax_error(err);
        EXPECT_EQ(dump(a.root, -1), dump(b.root, -1)) << p[0];
    }
}

TEST(Parser, EvalModeGivesOneExpression) {
    Ast ast;
    SyntaxErrorInfo err;
    ASSERT_TRUE(parse_source("1 + 2\n\n", "<eval>", Mode::Eval, ast, &err));
    ASSERT_EQ(ast.root->body.size(), 1u);
    EXPECT_EQ(ast.root->body[0]->kind, Kind::ExprStmt);
    EXPECT_FALSE(parse_source("x = 1", "<eval>", Mode::Eval, ast, &err));
}

TEST(Parser, DeepExpressionsBecomeErrorsNotCrashes) {
    Ast ast;
    SyntaxErrorInfo err;
    EXPECT_FALSE(parse_source("x = " + std::string(100000, '-') + "1\n", "<t>", Mode::File, ast, &err));
    EXPECT_EQ(err.type, "RecursionError");
    std::string chain = "x = 1";
    for (int i = 0; i < 50000; ++i) chain += "+1";
    EXPECT_FALSE(parse_source(chain, "<t>", Mode::File, ast, &err));
    EXPECT_EQ(err.type, "RecursionError");
    EXPECT_FALSE(parse_source(std::string(10000, '('), "<t>", Mode::File, ast, &err));
    EXPECT_EQ(err.msg, "too many nested parentheses");
    // A moderately deep expression still parses.
    EXPECT_TRUE(parse_source("x = " + std::string(500, '-') + "1\n", "<t>", Mode::File, ast, &err));
}

TEST(Parser, SingleModeTakesOneStatement) {
    Ast ast;
    SyntaxErrorInfo err;
    EXPECT_TRUE(parse_source("a = 1; b = 2\n", "<single>", Mode::Single, ast, &err));
    EXPECT_EQ(ast.root->body.size(), 2u);
    EXPECT_TRUE(parse_source("if a:\n    b\n", "<single>", Mode::Single, ast, &err));
    EXPECT_FALSE(parse_source("a=1\nb=2\n", "<single>", Mode::Single, ast, &err));
    EXPECT_EQ(err.msg, "multiple statements found while compiling a single statement");   // compile(..., 'single')
    EXPECT_EQ(err.lineno, 1);
    EXPECT_EQ(err.offset, 4);
}

TEST(Tokenize, FormatMatchesTokenizeColumns) {
    std::vector<TokenInfo> toks;
    SyntaxErrorInfo err;
    ASSERT_TRUE(tokenize("é = 1\n", "<t>", &toks, &err));
    // Columns are characters, not bytes: 'é' is one column wide.
    EXPECT_EQ(toks[1].end_col, 1);
    EXPECT_EQ(toks[2].col, 2);
}

}  // namespace
