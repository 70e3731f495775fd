// float.hpp — float: a boxed IEEE double.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Float : Object {
    double value;
};

extern Type float_type;

inline bool is_float(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeFloatSubclass); }
inline bool is_exact_float(Value v) { return v.is_object() && v.as_object()->type == &float_type; }
inline double float_value(Value v) { return v.as<Float>()->value; }   // v must be a float

Value float_from(double d);                      // new float (per-thread free list)
std::string float_repr(double d);                // shortest round-trip text, as repr(float)
int64_t float_hash(double d);                    // CPython's hash (ints hash equal to equal floats)
// float(s): ValueError "could not convert string to float: '...'" on bad input.
Value float_from_string(const char* s, size_t n);

// ---------------------------------------------------------------------------------------------
// Additions (numbers helper). The documented functions above are unchanged.

// Parses float() text (UTF-8; whitespace, sign, underscores between digits, "inf", "infinity",
// "nan", Unicode digits). Returns false without raising when the text is not a float.
bool float_parse(std::string_view text, double* out);
// float(text) where the error message names `original` (a str, bytes or bytearray).
Value float_from_text(std::string_view text, Value original);
// a ** b for doubles with CPython's special cases and errors (ZeroDivisionError for 0.0 to a
// negative power, OverflowError (34, 'Numerical result out of range')). A negative base with a
// non-integer exponent gives a complex number, as in CPython.
Value float_pow(double a, double b);
// round(x, ndigits) for a float: correctly rounded, ties to even on the exact binary value.
Value float_round(double x, int64_t ndigits);

}  // namespace minipy::rt
