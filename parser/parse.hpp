// parse.hpp — the front end's public API: source text in, AST (or SyntaxError) out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ast.hpp"
#include "syntax_error.hpp"

namespace minipy::parse {

enum class Mode { File, Eval, Single };   // exec()/module, eval(), interactive statement

// Parses `source` (UTF-8). On success fills ast.root (for Eval mode: a Module whose body is one
// ExprStmt) and returns true; otherwise fills *err and returns false. Never throws, never crashes.
// err->type is "SyntaxError", "IndentationError" or "TabError"; also "RecursionError" (message
// "maximum recursion depth exceeded during compilation") for a tree deeper than the compiler can
// walk safely, as CPython raises for e.g. 100000 nested unary minuses, and "MemoryError".
// Mode::Eval parses like compile(src, f, "eval"): eval() itself strips leading spaces and tabs
// first, as CPython's builtin does. Mode::Single takes exactly one statement.
bool parse_source(std::string_view source, const std::string& filename, Mode mode, Ast& ast,
                  SyntaxErrorInfo* err);

// One token as `--tokens` shows it (the layout of `python -m tokenize`).
struct TokenInfo {
    std::string type;        // NAME, NUMBER, STRING, OP, NEWLINE, NL, INDENT, DEDENT, COMMENT, FSTRING_START, ..., ENDMARKER
    std::string text;
    int line, col, end_line, end_col;
};
bool tokenize(std::string_view source, const std::string& filename, std::vector<TokenInfo>* out,
              SyntaxErrorInfo* err);
std::string format_tokens(const std::vector<TokenInfo>& tokens);

}  // namespace minipy::parse
