// compiler.hpp — AST to code objects.
//
// compile_module() runs the symbol-table pass (symtable.cpp: which names are local, global,
// nonlocal, free or cell in each scope) and then the code generator (compiler.cpp), producing one
// code object per module, function, lambda, comprehension and class body, nested through
// co_consts. Errors found here (e.g. 'return' outside function, nonlocal at module level) are
// SyntaxErrors with a location, reported like the parser's.
#pragma once

#include <string>

#include "parser/ast.hpp"
#include "parser/parse.hpp"
#include "parser/syntax_error.hpp"
#include "vm/code.hpp"

namespace minipy::vm {

// Returns a new reference to the module's code object, or nullptr with *err filled in.
// `source` is kept only for error messages (the line text of a SyntaxError).
// Mode::Eval: the module body is one expression statement whose value is returned.
Code* compile_module(parse::Module* mod, const std::string& filename, parse::Mode mode,
                     std::string_view source, parse::SyntaxErrorInfo* err);

// Convenience: parse + compile. Returns nullptr with *err filled in.
Code* compile_source(std::string_view source, const std::string& filename, parse::Mode mode,
                     parse::SyntaxErrorInfo* err);

// Complex numbers are not in the runtime yet: whoever adds them sets this hook (a new reference
// to complex(real, imag)). While it is null, a complex literal such as 1j is a SyntaxError
// "complex literals are not supported".
extern rt::Value (*g_make_complex)(double real, double imag);

}  // namespace minipy::vm
