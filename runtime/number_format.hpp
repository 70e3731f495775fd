// number_format.hpp — turning numbers into text: float repr, the float presentation types of
// the format mini-language, int presentation types, and the digit/space tables that number
// parsing shares.
//
// Two levels, so that other formatters can reuse the parts:
//   * double_to_string() is the low level (CPython's PyOS_double_to_string): digits, decimal point
//     and exponent for one presentation type and precision, with optional '+' sign. printf-style
//     formatting ('%f' % x) uses it and does its own padding.
//   * format_int() / format_float() implement format(x, spec) for a parsed, non-empty spec:
//     sign, '#' prefixes, grouping, zero padding and alignment. int.__format__,
//     float.__format__ and str.format use them.
#pragma once

#include <cstdint>
#include <string>

#include "object.hpp"
#include "format_spec.hpp"

namespace minipy::rt {

enum DoubleFormatFlags : unsigned {
    kDoubleSign = 1u << 0,        // '+' before non-negative numbers
    kDoubleAddDot0 = 1u << 1,     // "1.0" rather than "1" when the text would look like an int
    kDoubleAlt = 1u << 2,         // '#': always a decimal point; 'g' keeps trailing zeros
    kDoubleNoNegZero = 1u << 3,   // 'z': "-0.0" after rounding prints as "0.0"
};

// Formats `d` as printf would with the given type and precision, with Python's spelling of the
// special values ("inf", "nan"; upper case for 'E', 'F', 'G'). Types:
//   'e' 'E' 'f' 'F' 'g' 'G'  as in C (precision >= 0; 'g' treats 0 as 1)
//   'r'                      repr(): the shortest text that reads back as d (precision ignored);
//                            exponent notation when the exponent is < -4 or >= 16
// Precision must be at most INT_MAX (callers check: "precision too big").
std::string double_to_string(double d, char type, int64_t precision, unsigned flags);

// format(v, spec) for an int v (bool and int subclasses included) and a non-empty spec.
// Float presentation types convert v to float first. Errors (ValueError, OverflowError) are
// raised and false returned.
bool format_int(Value v, const FormatSpec& spec, std::string* out);
// format(d, spec) for a float. `type_name` appears in "Unknown format code" messages.
bool format_float(double d, const FormatSpec& spec, std::string* out, const char* type_name = "float");
// format(complex(re, im), spec) for a non-empty spec: both parts in the float presentation type,
// the imaginary one always signed; with no type, str()'s form ("(1+2j)", "2j"). No zero padding
// and no '=' alignment, as CPython.
bool format_complex(double re, double im, const FormatSpec& spec, std::string* out);

// Digit value of a Unicode decimal digit (category Nd: '0'-'9', Arabic-Indic digits, ...), or -1.
int unicode_decimal_value(uint32_t cp);
// str.isspace() for one code point.
bool unicode_is_space(uint32_t cp);
// Rewrites number text as CPython does before parsing it: non-ASCII decimal digits become their
// ASCII digit, non-ASCII white space becomes ' ', other non-ASCII characters become '?'. Returns
// false (and leaves *out alone) when the text is pure ASCII and needs no rewriting.
bool number_text_to_ascii(std::string_view utf8, std::string* out);

}  // namespace minipy::rt
