// format_spec.hpp — the format-specification mini-language shared by int, float and str
// (format(x, spec), f"{x:spec}", str.format):
//
//     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// parse_format_spec() follows CPython's rules and error messages ("Invalid format specifier",
// "Unknown format code 'x' for object of type 'str'", ...). pad_formatted() applies fill, align and
// width to already-formatted text (counting code points, not bytes).
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
    char type = 0;               // 0 when absent
};

// Parses `spec`. On error sets ValueError and returns false. `type_name` is used in messages.
bool parse_format_spec(std::string_view spec, const char* type_name, FormatSpec* out);
// Pads `text` (UTF-8) to spec.width with spec.fill according to spec.align (or default_align).
std::string pad_formatted(std::string_view text, const FormatSpec& spec, char default_align);

}  // namespace minipy::rt
