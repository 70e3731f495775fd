// int.hpp — int (small tagged ints and GMP big ints) and bool.
//
// An int is either a tagged small int (object.hpp) or a heap `BigInt` holding an mpz. Results
// are always normalized: a value that fits the small range is returned tagged, so two equal ints
// have one representation and the eval loop's fast paths only need to test the tag bit.
// bool is a subclass of int whose two instances, True and False, are immortal BigInts (1 and 0);
// instances of Python subclasses of int are BigInts too.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct BigInt : Object {
    mpz_t z;
};

extern Type int_type;
extern Type bool_type;
extern BigInt g_true;
extern BigInt g_false;

inline Value true_value() { return Value(&g_true); }
inline Value false_value() { return Value(&g_false); }
inline Value bool_value(bool b) { return b ? true_value() : false_value(); }

// int or a subclass (bool included).
inline bool is_int(Value v) { return v.is_small_int() || type_has_flag(v.as_object()->type, kTypeIntSubclass); }
inline bool is_exact_int(Value v) { return v.is_small_int() || v.as_object()->type == &int_type; }
inline bool is_bool(Value v) { return v == true_value() || v == false_value(); }

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);              // copies; normalizes to a small int when it fits
Value int_from_double(double d);                // truncates; OverflowError for inf, ValueError for nan
// Parses Python int literal text ("0x1f", "1_000", " -12 ") as int(s, base) does; base 0 means
// "from the prefix". ValueError with CPython's message on bad input.
Value int_from_string(const char* s, size_t n, int base);

// Converting out. All raise TypeError for non-ints and OverflowError when out of range.
bool int_to_i64(Value v, int64_t* out);
bool int_to_double(Value v, double* out);       // OverflowError: int too large to convert to float
void int_to_mpz(Value v, mpz_t out);            // v must be an int; out must be initialized
int int_sign(Value v);                           // -1, 0, 1 (v an int)
std::string int_to_decimal(Value v);            // str(int)
Value int_to_base_string(Value v, int base);    // bin/oct/hex text with prefix: a str
int int_compare(Value a, Value b);              // both ints: -1, 0, 1
int64_t int_hash(Value v);                      // CPython's: value modulo 2**61 - 1

// The number slots (also used by the eval loop's slow paths).
Value int_add(Value a, Value b);
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
Value int_truediv(Value a, Value b);
Value int_pow(Value a, Value b, Value mod);     // mod null or None: none

// ---------------------------------------------------------------------------------------------
// Additions (numbers helper). The documented functions above are unchanged.

// The int value of an int or int-subclass instance (bool included) as an exact int: a new
// reference, normalized (int(True) == 1 as a tagged small int).
Value int_exact(Value v);
// int(text, base) where the error message names `original` (a str, bytes or bytearray) as
// CPython does: "invalid literal for int() with base 10: b'x'". `text` is UTF-8 (Unicode
// digits and spaces are accepted, as in CPython).
Value int_from_text(std::string_view text, int base, Value original);
// Trusted digit text (an optional '-', then digits of `base` without underscores or spaces) to
// an int, with NO int_max_str_digits limit: for constants whose text was produced or validated
// elsewhere (the compiler gets every int literal as decimal text from the front end, also the
// ones written in hexadecimal, which CPython never limits). ValueError on malformed text.
Value int_from_digits(std::string_view text, int base);
// str(int) as a str object, or ValueError when it has more digits than the int_max_str_digits
// limit (CPython 3.11+: "Exceeds the limit (4300 digits) for integer string conversion; ...").
Value int_to_str(Value v);
bool int_to_decimal_checked(Value v, std::string* out);   // same limit, as std::string
// sys.get_int_max_str_digits() / sys.set_int_max_str_digits(): 0 means no limit; otherwise the
// limit must be >= 640 (setter returns false with ValueError
// "maxdigits must be 0 or larger than 640").
int64_t int_max_str_digits();
bool set_int_max_str_digits(int64_t limit);

// Exact comparison of an int with a double that is not NaN: -1, 0, 1 (2**53 + 1 > 2.0**53).
int int_compare_double(Value i, double d);
// Correctly rounded (ties to even) conversions. They do not raise: *overflow is set when the
// result is too large for a double (the caller raises its own message).
double mpz_to_double_rounded(mpz_srcptr z, bool* overflow);
double mpz_quotient_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow);   // a / b, b != 0
double mpz_scaled_to_double(mpz_srcptr z, int64_t exp2, bool* overflow);       // z * 2**exp2

}  // namespace minipy::rt
