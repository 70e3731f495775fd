// literals.hpp — decoding literal tokens into values, and printing values as Python reprs.
#pragma once

#include <string>
#include <string_view>

namespace minipy::parse {

// A decoded STRING token (prefix, quotes and escapes handled).
struct StringLiteral {
    bool bytes = false;
    bool raw = false;
    bool u_prefix = false;       // u"..." (ast shows kind='u')
    std::string value;           // UTF-8 text, or raw bytes for bytes literals
};

// Decodes the full text of a STRING token (e.g. `rb'\x00'`). On error returns false and sets
// *err to CPython's message ("(unicode error) ...", "bytes can only contain ASCII literal characters").
bool decode_string_token(std::string_view token, StringLiteral* out, std::string* err);

// Decodes the escapes of an f-string's literal part (FSTRING_MIDDLE text).
bool decode_fstring_text(std::string_view text, bool raw, std::string* out, std::string* err);

// Numbers. `token` is the NUMBER token text (underscores allowed).
enum class NumberKind { Int, Float, Imag };
NumberKind number_kind(std::string_view token);
std::string int_literal_to_decimal(std::string_view token);   // any size, via GMP
double float_literal_value(std::string_view token);            // also the imaginary part of "3j"

// Python reprs.
std::string repr_str(std::string_view utf8);     // 'it''s' -> "it's"
std::string repr_bytes(std::string_view bytes);  // b'\x00'
std::string repr_float(double v);                // 1.0, 1e+16, inf, nan
std::string repr_imag(double v);                 // 1j, 1.5j, (nan+infj) not needed: imag part only

}  // namespace minipy::parse
