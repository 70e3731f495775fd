// syntax_error.hpp — the one error type of the front end (lexer, parser, validator, compiler).
//
// Carries what CPython's SyntaxError carries, so the VM can turn it into a Python SyntaxError
// instance and the CLI can print it in CPython's layout:
//
//       File "t.py", line 1
//         x = (1 +
//             ^
//     SyntaxError: '(' was never closed
#pragma once

#include <stdexcept>
#include <string>

namespace minipy::parse {

struct SyntaxErrorInfo {
    std::string type = "SyntaxError";    // or "IndentationError", "TabError"
    std::string msg;
    std::string filename;
    int lineno = 0;                      // 1-based
    int offset = 0;                      // 1-based column of the caret, in characters (code points)
    int end_lineno = 0;                  // 0 when unknown
    int end_offset = 0;
    std::string text;                    // the source line, without its newline ("" when unknown)
};

// Thrown inside the front end and caught at its API boundary (C++ exceptions stay at the edges).
class SyntaxErrorException : public std::runtime_error {
public:
    explicit SyntaxErrorException(SyntaxErrorInfo info) : std::runtime_error(info.msg), m_info(std::move(info)) {}
    const SyntaxErrorInfo& info() const { return m_info; }

private:
    SyntaxErrorInfo m_info;
};

// CPython's layout (traceback.format_exception_only for a SyntaxError), ending in a newline.
std::string format_syntax_error(const SyntaxErrorInfo& e);

}  // namespace minipy::parse
