// format_spec.hpp — the format-specification mini-language shared by int, float and str
// (format(x, spec), f"{x:spec}", str.format):
//
//     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// parse_format_spec() follows CPython's rules and error messages ("Invalid format specifier",
// "Unknown format code 'x' for object of type 'str'", ...). pad_formatted() applies fill, align and
// width to already-formatted text (counting code points, not bytes).
//
// The '0' flag (zero padding) is recorded in `zero_pad`; when no fill was given, parsing also sets
// `fill` to '0'. `align` stays 0 unless the spec names one: the formatter picks the default, which
// is '=' for numbers with zero padding (CPython's rule), '>' for other numbers and '<' for text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy::rt {

struct FormatSpec {
    uint32_t fill = ' ';         // a code point
    char align = 0;              // '<', '>', '^', '=', or 0 (the type's default)
    char sign = 0;               // '+', '-', ' ', or 0
    bool no_neg_zero = false;    // 'z'
    bool alternate = false;      // '#'
    bool zero_pad = false;       // '0' before the width
    int64_t width = -1;          // -1: none
    char grouping = 0;           // ',' or '_' or 0
    int64_t precision = -1;      // -1: none
    char type = 0;               // 0 when absent; kFormatTypeNonAscii for a non-ASCII type character
    uint32_t type_code = 0;      // the type as a code point (equal to `type` when ASCII)
};

// `type` value of a spec whose type character is not ASCII (never a valid presentation type);
// the code point is in `type_code`.
inline constexpr char kFormatTypeNonAscii = '\x7f';

// Parses `spec`. On error sets ValueError and returns false. `type_name` is used in messages.
bool parse_format_spec(std::string_view spec, const char* type_name, FormatSpec* out);
// Pads `text` (UTF-8) to spec.width with spec.fill according to spec.align (or default_align).
std::string pad_formatted(std::string_view text, const FormatSpec& spec, char default_align);

// Raises CPython's "Unknown format code 'q' for object of type 'int'" for spec.type; returns false.
bool raise_unknown_format_code(const FormatSpec& spec, const char* type_name);

// Appends the UTF-8 encoding of code point `cp` (fill characters) to `out`.
void append_utf8(std::string* out, uint32_t cp);
// Number of code points in UTF-8 text.
int64_t utf8_length(std::string_view text);

}  // namespace minipy::rt
