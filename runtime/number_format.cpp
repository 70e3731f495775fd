// number_format.cpp — numbers to text (see number_format.hpp).
//
// Design note
// ===========
// All decimal digits come from std::to_chars, which is exact: the shortest round-trip digits
// for repr, and correctly rounded (ties to even on the exact binary value) digits for a given
// precision. What remains is layout, and that follows CPython's rules (Python/pystrtod.c,
// format_float_short), restated here as a small model:
//
//   A number is a digit string D with a decimal point at position `decpt` (D = "123",
//   decpt = 1 means 1.23; decpt = -2 means 0.00123). The text shows the digit positions
//   [start, end): positions outside D print as '0', so "0.00123" starts at decpt - 1 and
//   fixed-precision output ends at the precision. The point is printed before position decpt
//   when digits follow it, or always with '#'. In exponent form decpt is moved to 1 first.
//
// repr() and the 'g' family switch to exponent form by the decimal exponent: repr when the
// exponent is < -4 or >= 16; 'g' when it is < -4 or >= precision (one less when ".0" will be
// added, for format(x, '.3')), as C's printf does.
//
// The spec layer (format_int/format_float) then splits the text into sign, integer digits and
// the rest, groups the integer digits (',' or '_' every 3, '_' every 4 in bases 2/8/16),
// and pads. When the fill is '0' and the alignment '=', the zero padding is made of digits and
// is grouped too: format(1234, '010,') == '00,001,234'.
#include "runtime/number_format.hpp"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>

#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/type.hpp"

namespace minipy::rt {

// ---------------------------------------------------------------------------------------------
// Unicode tables for number parsing.

// First code point (the digit zero) of every run of ten Unicode decimal digits (category Nd),
// generated with python3: [c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]
// (Unicode 14.0, CPython 3.11). Each run holds the digits 0..9 in order.
static const uint32_t kDigitZeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
    0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int unicode_decimal_value(uint32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
    // The table is sorted: find the last run that starts at or before cp.
    const uint32_t* end = kDigitZeros + sizeof kDigitZeros / sizeof kDigitZeros[0];
    const uint32_t* it = std::upper_bound(kDigitZeros, end, cp);
    if (it == kDigitZeros) return -1;
    uint32_t zero = *(it - 1);
    return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

bool unicode_is_space(uint32_t cp) {
    switch (cp) {
        case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x1c: case 0x1d: case 0x1e:
        case 0x1f: case 0x20: case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
        case 0x202f: case 0x205f: case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200a;
    }
}

bool number_text_to_ascii(std::string_view s, std::string* out) {
    bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) return false;
    std::string r;
    r.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { r.push_back(static_cast<char>(c)); ++i; continue; }
        int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : 3;
        uint32_t cp = c & (0x3F >> extra);
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
        int d = unicode_decimal_value(cp);
        if (d >= 0) r.push_back(static_cast<char>('0' + d));
        else if (unicode_is_space(cp)) r.push_back(' ');
        else r.push_back('?');
    }
    *out = std::move(r);
    return true;
}

// ---------------------------------------------------------------------------------------------
// double -> text

namespace {

// Digits of d in scientific form: `digits` without sign or point, `exp10` the decimal exponent
// of the first digit. precision < 0: shortest round-trip digits.
void sci_digits(double d, int precision, std::string* digits, int* exp10) {
    std::string buf(static_cast<size_t>(precision < 0 ? 32 : precision + 32), '\0');
    std::to_chars_result r = precision < 0
                                 ? std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(d), std::chars_format::scientific)
                                 : std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(d),
                                                 std::chars_format::scientific, precision);
    std::string_view text(buf.data(), static_cast<size_t>(r.ptr - buf.data()));
    size_t e = text.find('e');
    digits->clear();
    for (size_t i = 0; i < e; ++i)
        if (text[i] != '.') digits->push_back(text[i]);
    int x = 0;
    std::from_chars(text.data() + e + 2, text.data() + text.size(), x);
    *exp10 = text[e + 1] == '-' ? -x : x;
}

// Lays out digits D with the point at decpt (see the design note).
std::string layout(const std::string& D, int decpt, bool use_exp, int min_end, bool alt, bool add_dot_0) {
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int n = static_cast<int>(D.size());
    int start = decpt <= 0 ? decpt - 1 : 0;
    int end = std::max(n, min_end);
    end = std::max(end, (!use_exp && add_dot_0) ? decpt + 1 : decpt);
    std::string out;
    out.reserve(static_cast<size_t>(end - start + 8));
    for (int i = start; i < end; ++i) {
        if (i == decpt && (decpt < end || alt)) out.push_back('.');
        out.push_back(i >= 0 && i < n ? D[static_cast<size_t>(i)] : '0');
    }
    if (decpt == end && alt) out.push_back('.');
    if (use_exp) {
        char buf[16];
        snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += buf;
    }
    return out;
}

bool all_zero_digits(const std::string& text) {
    for (char c : text) {
        if (c == 'e' || c == 'E') break;
        if (c >= '1' && c <= '9') return false;
    }
    return true;
}

}  // namespace

std::string double_to_string(double d, char type, int64_t precision_arg, unsigned flags) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    char t = static_cast<char>(upper ? type - 'A' + 'a' : type);
    bool alt = flags & kDoubleAlt;
    bool negative = std::signbit(d);
    std::string body;

    if (std::isnan(d)) {
        body = "nan";
        negative = false;          // Python never prints the sign of a NaN
    } else if (std::isinf(d)) {
        body = "inf";
    } else {
        int precision = static_cast<int>(precision_arg);
        std::string D;
        int exp10 = 0;
        switch (t) {
            case 'r': {
                sci_digits(d, -1, &D, &exp10);
                int decpt = exp10 + 1;
                body = layout(D, decpt, decpt <= -4 || decpt > 16, 0, alt, flags & kDoubleAddDot0);
                break;
            }
            case 'e':
                sci_digits(d, precision, &D, &exp10);
                body = layout(D, exp10 + 1, true, precision + 1, alt, false);
                break;
            case 'f': {
                std::string buf(static_cast<size_t>(precision) + 340, '\0');
                auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(d), std::chars_format::fixed, precision);
                body.assign(buf.data(), r.ptr);
                if (alt && precision == 0) body.push_back('.');
                break;
            }
            default: {   // 'g'
                if (precision == 0) precision = 1;
                sci_digits(d, precision - 1, &D, &exp10);
                if (!alt) {
                    while (D.size() > 1 && D.back() == '0') D.pop_back();
                }
                int decpt = exp10 + 1;
                bool add_dot_0 = flags & kDoubleAddDot0;
                bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
                body = layout(D, decpt, use_exp, alt ? precision : 0, alt, add_dot_0);
                break;
            }
        }
        if (negative && (flags & kDoubleNoNegZero) && all_zero_digits(body)) negative = false;
    }

    std::string out;
    out.reserve(body.size() + 1);
    if (negative) out.push_back('-');
    else if (flags & kDoubleSign) out.push_back('+');
    out += body;
    if (upper) {
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The spec layer.

namespace {

// Groups `digits` from the right with `sep` every `size` digits. With min_width > 0 the result
// is padded with grouped zeros to at least that many characters; it never starts with a
// separator, so it can come out one character wider (format(1234, '08,') == '0,001,234').
std::string group_digits(std::string_view digits, char sep, int size, int64_t min_width) {
    std::string rev;
    int64_t remaining = static_cast<int64_t>(digits.size());
    int64_t left = min_width;
    if (!sep) {
        // No separators: only zero padding.
        std::string out;
        if (left > remaining) out.assign(static_cast<size_t>(left - remaining), '0');
        out += digits;
        return out;
    }
    while (true) {
        int64_t len = std::min<int64_t>(std::max<int64_t>(std::max(remaining, left), 1), size);
        int64_t take = std::min(remaining, len);
        for (int64_t i = 0; i < take; ++i) rev.push_back(digits[static_cast<size_t>(remaining - 1 - i)]);
        for (int64_t i = take; i < len; ++i) rev.push_back('0');
        remaining -= take;
        left -= len;
        if (remaining <= 0 && left <= 0) break;
        rev.push_back(sep);
        left -= 1;
    }
    std::reverse(rev.begin(), rev.end());
    return rev;
}

// Assembles sign, prefix ("0x"), integer digits and the rest (".5e+10", "%") under the spec.
std::string layout_number(bool negative, std::string_view prefix, std::string_view digits,
                          std::string_view rest, const FormatSpec& spec, char sep, int group) {
    std::string sign;
    if (negative) sign = "-";
    else if (spec.sign == '+') sign = "+";
    else if (spec.sign == ' ') sign = " ";
    char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
    int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size()) + utf8_length(rest);
    int64_t min_width = (spec.fill == '0' && align == '=' && spec.width > fixed) ? spec.width - fixed : 0;
    std::string grouped = digits.empty() ? std::string() : group_digits(digits, sep, group, min_width);
    int64_t len = fixed + utf8_length(grouped);   // %c output may be a multi-byte character
    int64_t padding = spec.width > len ? spec.width - len : 0;
    int64_t lpad = 0, mpad = 0, rpad = 0;
    switch (align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': mpad = padding; break;
        default: lpad = padding; break;
    }
    std::string fill;
    append_utf8(&fill, spec.fill);
    std::string out;
    out.reserve(static_cast<size_t>(len) + static_cast<size_t>(padding) * fill.size());
    for (int64_t i = 0; i < lpad; ++i) out += fill;
    out += sign;
    out += prefix;
    for (int64_t i = 0; i < mpad; ++i) out += fill;
    out += grouped;
    out += rest;
    for (int64_t i = 0; i < rpad; ++i) out += fill;
    return out;
}

}  // namespace

bool format_float(double d, const FormatSpec& spec, std::string* out, const char* type_name) {
    char type = spec.type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            break;
        default:
            return raise_unknown_format_code(spec, type_name);
    }
    if (spec.precision > INT_MAX) {
        raise(&exc::ValueError, "precision too big");
        return false;
    }
    unsigned flags = 0;
    if (spec.alternate) flags |= kDoubleAlt;
    if (spec.no_neg_zero) flags |= kDoubleNoNegZero;
    int64_t precision = spec.precision;
    bool percent = false;
    if (type == 0) {
        flags |= kDoubleAddDot0;
        type = precision < 0 ? 'r' : 'g';
    } else if (type == 'n') {
        type = 'g';
    } else if (type == '%') {
        type = 'f';
        d *= 100;
        percent = true;
    }
    if (precision < 0) precision = 6;
    std::string text = double_to_string(d, type, precision, flags);
    if (percent) text.push_back('%');

    bool negative = !text.empty() && text[0] == '-';
    std::string_view body(text);
    if (negative) body.remove_prefix(1);
    size_t ndigits = 0;
    while (ndigits < body.size() && body[ndigits] >= '0' && body[ndigits] <= '9') ++ndigits;
    char sep = spec.type == 'n' ? 0 : spec.grouping;
    *out = layout_number(negative, {}, body.substr(0, ndigits), body.substr(ndigits), spec, sep, 3);
    return true;
}

bool format_complex(double re, double im, const FormatSpec& spec, std::string* out) {
    char type = spec.type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            return raise_unknown_format_code(spec, "complex");
    }
    if (spec.zero_pad) {
        raise(&exc::ValueError, "Zero padding is not allowed in complex format specifier");
        return false;
    }
    if (spec.align == '=') {
        raise(&exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
        return false;
    }
    if (spec.precision > INT_MAX) {
        raise(&exc::ValueError, "precision too big");
        return false;
    }
    unsigned flags = 0;
    if (spec.alternate) flags |= kDoubleAlt;
    if (spec.no_neg_zero) flags |= kDoubleNoNegZero;
    int64_t precision = spec.precision, default_precision = 6;
    bool skip_re = false, parens = false;
    if (type == 0) {
        // Like str(): repr-style parts, no real part when it is +0.0, parentheses otherwise.
        type = 'r';
        default_precision = 0;
        if (re == 0.0 && !std::signbit(re)) skip_re = true;
        else parens = true;
    } else if (type == 'n') {
        type = 'g';
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    FormatSpec part = spec;   // each part: sign, grouping, digits; the padding applies to the whole
    part.width = -1;
    part.align = 0;
    part.fill = ' ';
    char sep = spec.type == 'n' ? 0 : spec.grouping;
    auto format_part = [&](double d, const FormatSpec& ps) {
        std::string text = double_to_string(d, type, precision, flags);
        bool negative = !text.empty() && text[0] == '-';
        std::string_view body(text);
        if (negative) body.remove_prefix(1);
        size_t ndigits = 0;
        while (ndigits < body.size() && body[ndigits] >= '0' && body[ndigits] <= '9') ++ndigits;
        return layout_number(negative, {}, body.substr(0, ndigits), body.substr(ndigits), ps, sep, 3);
    };
    std::string text;
    if (parens) text += '(';
    if (!skip_re) {
        text += format_part(re, part);
        part.sign = '+';   // with a real part shown, the imaginary part always has a sign
    }
    text += format_part(im, part);
    text += 'j';
    if (parens) text += ')';
    *out = pad_formatted(text, spec, '>');
    return true;
}

bool format_int(Value v, const FormatSpec& spec, std::string* out) {
    const char* type_name = type_of(v)->tp_name;
    switch (spec.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
            double d;
            if (!int_to_double(v, &d)) return false;
            return format_float(d, spec, out, type_name);
        }
        case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
            break;
        default:
            return raise_unknown_format_code(spec, type_name);
    }
    if (spec.precision != -1) {
        raise(&exc::ValueError, "Precision not allowed in integer format specifier");
        return false;
    }
    if (spec.no_neg_zero) {
        raise(&exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        return false;
    }
    if (spec.type == 'c') {
        if (spec.sign) {
            raise(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
            return false;
        }
        if (spec.alternate) {
            raise(&exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return false;
        }
        int64_t cp;
        if (!v.is_small_int() && !mpz_fits_slong_p(v.as<BigInt>()->z)) {
            raise(&exc::OverflowError, "Python int too large to convert to C long");
            return false;
        }
        if (!int_to_i64(v, &cp)) return false;
        if (cp < 0 || cp > 0x10FFFF) {
            raise(&exc::OverflowError, "%s", "%c arg not in range(0x110000)");
            return false;
        }
        std::string ch;
        append_utf8(&ch, static_cast<uint32_t>(cp));
        *out = layout_number(false, {}, ch, {}, spec, 0, 3);
        return true;
    }

    int base = 10;
    const char* prefix = "";
    switch (spec.type) {
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = -16; prefix = "0X"; break;
        default: break;
    }
    if (!spec.alternate) prefix = "";

    std::string digits;
    bool negative;
    if (base == 10) {
        // Decimal output obeys the int_max_str_digits limit, as str() does.
        if (!int_to_decimal_checked(v, &digits)) return false;
        negative = digits[0] == '-';
        if (negative) digits.erase(0, 1);
    } else if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        negative = i < 0;
        uint64_t mag = negative ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
        char buf[72];
        auto r = std::to_chars(buf, buf + sizeof buf, mag, base < 0 ? -base : base);
        digits.assign(buf, r.ptr);
        if (base < 0) {
            for (char& c : digits)
                if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
        }
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        negative = mpz_sgn(z) < 0;
        mpz_abs(z, z);
        digits.resize(mpz_sizeinbase(z, base < 0 ? -base : base) + 2);
        mpz_get_str(digits.data(), base, z);
        digits.resize(std::char_traits<char>::length(digits.data()));
        mpz_clear(z);
    }
    char sep = spec.type == 'n' ? 0 : spec.grouping;
    int group = (base == 10) ? 3 : 4;
    *out = layout_number(negative, prefix, digits, {}, spec, sep, group);
    return true;
}

}  // namespace minipy::rt
