// mini_eval.hpp — a tiny evaluator of Python snippets for runtime unit tests (test code only).
//
// The runtime tests run before the compiler and VM exist, yet their expected values must come
// from CPython. So each case is a short Python snippet; tests/unit/runtime/gen_cases.py runs it
// under python3 and records what it prints (repr of the last expression, or the exception), and
// the C++ test evaluates the same snippet here, through the runtime's slots and ops.hpp, and
// compares. The subset: literals (int, str, None/True/False), [list] (tuple) {dict} {set}
// displays, names, calls with keyword arguments, attribute access and method calls,
// subscripts and slices, unary and binary operators (+ - * // % ** | & ^ << >>), comparisons
// (chained, `in`, `not in`, `is`), `not`/`and`/`or`, `lambda a, b: expr`, and statements
// separated by ';' (`x = e`, `x[i] = e`, `x += e`, `del x[i]`, `for x in e: stmt`).
//
// Builtins available to snippets: the container types and iterators under test, int, bool,
// len, repr, hash, iter, next, sorted, isinstance, and helper types defined identically in
// gen_cases.py's prelude (BadLt, Collide, Counter...).
#pragma once

#include <string>

#include "runtime/object.hpp"

namespace minipy::test {

// Evaluates `src`; returns the value of its last expression statement (None if it ends with
// another statement): a new reference, or null with the Python exception set.
rt::Value mini_eval(const std::string& src);

// "OK <repr(result)>" or "ERR <ExceptionType>: <str(exception)>", the same format gen_cases.py
// writes from python3.
std::string run_case(const std::string& src);

}  // namespace minipy::test
