// unicode.hpp — code-point classification and case mapping for str (and for the lexer and the
// number parsers, which accept Unicode digits and identifiers).
//
// The data comes from tables generated from python3's own unicodedata and str methods
// (tools/gen_unicode_tables.py -> unicode_data.inc), so the answers are CPython's answers for the
// Unicode version named in kUnicodeVersion. ASCII is answered without touching the tables.
#pragma once

#include <cstdint>

namespace minipy::rt::unicode {

inline constexpr uint32_t kMaxCodePoint = 0x10FFFF;

const char* version();                 // "14.0.0"

// Properties, as the matching single-character str methods answer them.
bool is_alpha(uint32_t cp);            // str.isalpha (categories Lu Ll Lt Lm Lo)
bool is_decimal(uint32_t cp);          // str.isdecimal (Nd)
bool is_digit(uint32_t cp);            // str.isdigit
bool is_numeric(uint32_t cp);          // str.isnumeric
bool is_alnum(uint32_t cp);            // str.isalnum
bool is_lower(uint32_t cp);            // Lowercase property
bool is_upper(uint32_t cp);            // Uppercase property
bool is_title(uint32_t cp);            // category Lt
bool is_cased(uint32_t cp);            // lower, upper or title
bool is_case_ignorable(uint32_t cp);   // Case_Ignorable (for the final-sigma rule)
bool is_space(uint32_t cp);            // str.isspace / str.split() separators
bool is_printable(uint32_t cp);        // str.isprintable, repr() escaping
bool is_id_start(uint32_t cp);         // XID_Start or '_'
bool is_id_continue(uint32_t cp);      // XID_Continue
bool is_linebreak(uint32_t cp);        // str.splitlines boundaries
int decimal_value(uint32_t cp);        // 0..9, or -1 (int('٣') uses it)
int digit_value(uint32_t cp);          // 0..9, or -1

// Full case mappings (SpecialCasing included): write up to 3 code points to `out`, return how
// many. Characters without a mapping map to themselves. Context-dependent rules (the final
// sigma) are applied by the str methods, not here.
int to_upper(uint32_t cp, uint32_t out[3]);
int to_lower(uint32_t cp, uint32_t out[3]);
int to_title(uint32_t cp, uint32_t out[3]);
int to_casefold(uint32_t cp, uint32_t out[3]);

}  // namespace minipy::rt::unicode
