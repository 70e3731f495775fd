// literals.cpp — string escapes, number conversion and Python reprs (CPython's rules).
#include "literals.hpp"

#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lexer.hpp"

namespace minipy::parse {

namespace {

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes backslash escapes of a str (bytes=false) or bytes body. Invalid escapes stay as they
// are (CPython warns but keeps them).
bool decode_escapes(std::string_view s, bool bytes, std::string* out, std::string* err) {
    const char* codec = bytes ? nullptr : "unicodeescape";
    auto truncated = [&](size_t at, size_t end, const char* what) {
        if (bytes) {
            *err = "(value error) invalid \\x escape at position " + std::to_string(at);
        } else {
            *err = std::string("(unicode error) '") + codec + "' codec can't decode bytes in position " +
                   std::to_string(at) + "-" + std::to_string(end) + ": truncated " + what + " escape";
        }
        return false;
    };
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '\\' || i + 1 >= s.size()) {
            *out += c;
            continue;
        }
        size_t at = i;
        char d = s[++i];
        switch (d) {
        case '\n': break;   // line continuation inside the literal
        case '\\': *out += '\\'; break;
        case '\'': *out += '\''; break;
        case '"': *out += '"'; break;
        case 'a': *out += '\a'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'v': *out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = static_cast<unsigned>(d - '0');
            for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
                v = v * 8 + static_cast<unsigned>(s[++i] - '0');
            if (bytes) *out += static_cast<char>(v & 0xFF);
            else append_utf8(*out, v);
            break;
        }
        case 'x': {
            if (i + 2 >= s.size() || hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) {
                // CPython's range ends at the last character that still fit the escape.
                size_t end = (i + 1 < s.size() && hexval(s[i + 1]) >= 0) ? i + 1 : i;
                return truncated(at, end, "\\xXX");
            }
            unsigned v = static_cast<unsigned>(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
            if (bytes) *out += static_cast<char>(v);
            else append_utf8(*out, v);
            break;
        }
        case 'u': case 'U':
            if (!bytes) {
                int n = d == 'u' ? 4 : 8;
                uint32_t v = 0;
                for (int k = 0; k < n; ++k) {
                    if (i + 1 >= s.size() || hexval(s[i + 1]) < 0)
                        return truncated(at, i, d == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                    v = v * 16 + static_cast<uint32_t>(hexval(s[++i]));
                }
                if (v > 0x10FFFF) {
                    *err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                           std::to_string(at) + "-" + std::to_string(i) + ": illegal Unicode character";
                    return false;
                }
                append_utf8(*out, v);
                break;
            }
            *out += '\\';
            *out += d;
            break;
        case 'N':
            if (!bytes) {
                // Unicode character names need the whole Unicode name database, which minipy does
                // not carry (docs/lexer.md).
                size_t e = s.find('}', i);
                *err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                       std::to_string(at) + "-" + std::to_string(e == std::string_view::npos ? i : e) +
                       ": unknown Unicode character name";
                return false;
            }
            *out += '\\';
            *out += d;
            break;
        default:
            *out += '\\';
            *out += d;
        }
    }
    return true;
}

// Lenient UTF-8 decoding for reprs: lone surrogates (which str may hold) decode as themselves.
uint32_t decode_lenient(const unsigned char* p, const unsigned char* e, int* len) {
    unsigned c = p[0];
    if (c >= 0xE0 && c < 0xF0 && p + 3 <= e && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        *len = 3;
        return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    return decode_utf8(p, e, len);
}

}  // namespace

bool decode_string_token(std::string_view tok, StringLiteral* out, std::string* err) {
    size_t i = 0;
    while (i < tok.size() && tok[i] != '\'' && tok[i] != '"') {
        char c = tok[i++];
        if (c == 'r' || c == 'R') out->raw = true;
        if (c == 'b' || c == 'B') out->bytes = true;
        if (c == 'u') out->u_prefix = true;   // CPython marks only a lowercase u
    }
    size_t q = (tok.size() - i >= 6 && tok[i + 1] == tok[i] && tok[i + 2] == tok[i]) ? 3 : 1;
    std::string_view body = tok.substr(i + q, tok.size() - i - 2 * q);
    if (out->bytes) {
        for (unsigned char c : body)
            if (c >= 0x80) {
                *err = "bytes can only contain ASCII literal characters";
                return false;
            }
    }
    if (out->raw) {
        out->value.assign(body);
        return true;
    }
    return decode_escapes(body, out->bytes, &out->value, err);
}

bool decode_fstring_text(std::string_view text, bool raw, std::string* out, std::string* err) {
    if (raw) {
        out->append(text);
        return true;
    }
    return decode_escapes(text, false, out, err);
}

NumberKind number_kind(std::string_view t) {
    if (!t.empty() && (t.back() == 'j' || t.back() == 'J')) return NumberKind::Imag;
    if (t.size() > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X' || t[1] == 'o' || t[1] == 'O' ||
                                        t[1] == 'b' || t[1] == 'B'))
        return NumberKind::Int;
    for (char c : t)
        if (c == '.' || c == 'e' || c == 'E') return NumberKind::Float;
    return NumberKind::Int;
}

std::string int_literal_to_decimal(std::string_view t) {
    int base = 10;
    size_t i = 0;
    if (t.size() > 1 && t[0] == '0') {
        char p = t[1];
        if (p == 'x' || p == 'X') base = 16;
        if (p == 'o' || p == 'O') base = 8;
        if (p == 'b' || p == 'B') base = 2;
        if (base != 10) i = 2;
    }
    std::string digits;
    for (; i < t.size(); ++i)
        if (t[i] != '_') digits += t[i];
    if (base == 10) {
        size_t nz = digits.find_first_not_of('0');
        if (nz == std::string::npos) return "0";
        digits.erase(0, nz);
        return digits;
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits.c_str(), base);
    std::string out(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(out.data(), 10, z);
    out.resize(std::char_traits<char>::length(out.c_str()));
    mpz_clear(z);
    return out;
}

double float_literal_value(std::string_view t) {
    std::string s;
    for (char c : t)
        if (c != '_' && c != 'j' && c != 'J') s += c;
    return std::strtod(s.c_str(), nullptr);
}

std::string repr_str(std::string_view s) {
    bool has_sq = s.find('\'') != std::string_view::npos;
    bool has_dq = s.find('"') != std::string_view::npos;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    std::string out(1, q);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* e = p + s.size();
    char buf[16];
    while (p < e) {
        int n = 1;
        uint32_t cp = *p < 0x80 ? *p : decode_lenient(p, e, &n);
        p += n;
        if (cp == static_cast<unsigned char>(q) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x80) {
            if (cp < 0x20 || cp == 0x7F) {
                std::snprintf(buf, sizeof buf, "\\x%02x", cp);
                out += buf;
            } else {
                out += static_cast<char>(cp);
            }
        } else if (is_printable(cp)) {
            append_utf8(out, cp);
        } else {
            if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            out += buf;
        }
    }
    out += q;
    return out;
}

std::string repr_bytes(std::string_view s) {
    bool has_sq = s.find('\'') != std::string_view::npos;
    bool has_dq = s.find('"') != std::string_view::npos;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    std::string out = "b";
    out += q;
    char buf[8];
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += q;
    return out;
}

namespace {
// Python's float repr: the shortest digits that round-trip, fixed notation for exponents in
// [-4, 16), scientific otherwise. `imag` drops the ".0" Python adds to whole floats.
std::string format_repr(double v, bool imag) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    bool neg = sci[0] == '-';
    if (neg) sci.erase(0, 1);
    size_t epos = sci.find('e');
    int exp = std::atoi(sci.c_str() + epos + 1);
    std::string digits;
    for (size_t i = 0; i < epos; ++i)
        if (sci[i] != '.') digits += sci[i];
    std::string out = neg ? "-" : "";
    int nd = static_cast<int>(digits.size());
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out += "0.";
            out += std::string(static_cast<size_t>(-exp - 1), '0');
            out += digits;
        } else if (exp + 1 >= nd) {
            out += digits;
            out += std::string(static_cast<size_t>(exp + 1 - nd), '0');
            if (!imag) out += ".0";
        } else {
            out += digits.substr(0, static_cast<size_t>(exp + 1));
            out += '.';
            out += digits.substr(static_cast<size_t>(exp + 1));
        }
    } else {
        out += digits[0];
        if (nd > 1) {
            out += '.';
            out += digits.substr(1);
        }
        std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += buf;
    }
    return out;
}
}  // namespace

std::string repr_float(double v) { return format_repr(v, false); }
std::string repr_imag(double v) { return format_repr(v, true) + "j"; }

}  // namespace minipy::parse
