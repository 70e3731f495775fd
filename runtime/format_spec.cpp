// format_spec.cpp — parsing the format-specification mini-language and padding the result.
//
// The grammar and every error message follow CPython's Python/formatter_unicode.c (3.11):
// fill and align, sign, 'z', '#', '0', width, one grouping character, '.' precision, and a
// single type character. Checks that depend only on the spec (grouping with a type that does not
// allow it) are made here; checks that depend on the value's type are made by the formatter.
#include "runtime/format_spec.hpp"

#include <cstdio>
#include <limits>

#include "runtime/errors.hpp"
#include "runtime/number_format.hpp"

namespace minipy::rt {

void append_utf8(std::string* out, uint32_t cp) {
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

int64_t utf8_length(std::string_view text) {
    int64_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

namespace {

// The spec decoded into code points (specs are short; this keeps the parser simple).
std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        uint32_t cp;
        int extra;
        if (c < 0x80) { cp = c; extra = 0; }
        else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; extra = 1; }
        else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; extra = 2; }
        else { cp = c & 0x07; extra = 3; }
        ++i;
        for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
        out.push_back(cp);
    }
    return out;
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(uint32_t c) { return c == '+' || c == '-' || c == ' '; }

// Reads decimal digits at *pos. Returns the number consumed, or -1 with ValueError on overflow.
int64_t read_integer(const std::u32string& s, size_t* pos, int64_t* out) {
    int64_t value = 0;
    int64_t consumed = 0;
    while (*pos < s.size()) {
        int d = unicode_decimal_value(s[*pos]);
        if (d < 0) break;
        if (value > (std::numeric_limits<int64_t>::max() - d) / 10) {
            raise(&exc::ValueError, "Too many decimal digits in format string");
            return -1;
        }
        value = value * 10 + d;
        ++*pos;
        ++consumed;
    }
    *out = value;
    return consumed;
}

bool raise_bad_grouping(char grouping, uint32_t type) {
    char buf[64];
    if (type > 32 && type < 128)
        snprintf(buf, sizeof buf, "Cannot specify '%c' with '%c'.", grouping, static_cast<int>(type));
    else
        snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", grouping, static_cast<unsigned>(type));
    raise(&exc::ValueError, "%s", buf);
    return false;
}

}  // namespace

bool raise_unknown_format_code(const FormatSpec& spec, const char* type_name) {
    uint32_t t = spec.type_code;
    char buf[64];
    if (t > 32 && t < 128)
        snprintf(buf, sizeof buf, "Unknown format code '%c' for object of type '", static_cast<int>(t));
    else
        snprintf(buf, sizeof buf, "Unknown format code '\\x%x' for object of type '", static_cast<unsigned>(t));
    std::string msg = buf;
    msg += std::string_view(type_name).substr(0, 200);
    msg += "'";
    raise(&exc::ValueError, "%s", msg.c_str());
    return false;
}

bool parse_format_spec(std::string_view spec_text, const char* type_name, FormatSpec* out) {
    *out = FormatSpec{};
    std::u32string s = decode(spec_text);
    size_t pos = 0, end = s.size();
    bool fill_given = false;

    if (end - pos >= 2 && is_align(s[pos + 1])) {
        out->fill = s[pos];
        out->align = static_cast<char>(s[pos + 1]);
        fill_given = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        out->align = static_cast<char>(s[pos]);
        pos += 1;
    }
    if (pos < end && is_sign(s[pos])) out->sign = static_cast<char>(s[pos++]);
    if (pos < end && s[pos] == 'z') { out->no_neg_zero = true; ++pos; }
    if (pos < end && s[pos] == '#') { out->alternate = true; ++pos; }
    if (!fill_given && pos < end && s[pos] == '0') {
        out->zero_pad = true;
        out->fill = '0';
        ++pos;
    }

    int64_t n = read_integer(s, &pos, &out->width);
    if (n < 0) return false;
    if (n == 0) out->width = -1;

    if (pos < end && s[pos] == ',') { out->grouping = ','; ++pos; }
    if (pos < end && s[pos] == '_') {
        if (out->grouping) { raise(&exc::ValueError, "Cannot specify both ',' and '_'."); return false; }
        out->grouping = '_';
        ++pos;
    }
    if (pos < end && s[pos] == ',' && out->grouping == '_') {
        raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
        return false;
    }

    if (pos < end && s[pos] == '.') {
        ++pos;
        n = read_integer(s, &pos, &out->precision);
        if (n < 0) return false;
        if (n == 0) { raise(&exc::ValueError, "Format specifier missing precision"); return false; }
    }

    if (end - pos > 1) {
        std::string msg = "Invalid format specifier '";
        msg += spec_text;
        msg += "' for object of type '";
        msg += std::string_view(type_name).substr(0, 200);
        msg += "'";
        raise(&exc::ValueError, "%s", msg.c_str());
        return false;
    }
    if (end - pos == 1) {
        out->type_code = s[pos];
        out->type = s[pos] < 128 ? static_cast<char>(s[pos]) : kFormatTypeNonAscii;
        ++pos;
    }

    if (out->grouping) {
        switch (out->type_code) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (out->grouping == '_') break;   // every four digits in these bases
                return raise_bad_grouping(out->grouping, out->type_code);
            default:
                return raise_bad_grouping(out->grouping, out->type_code);
        }
    }
    return true;
}

std::string pad_formatted(std::string_view text, const FormatSpec& spec, char default_align) {
    int64_t len = utf8_length(text);
    if (spec.width <= len) return std::string(text);
    int64_t padding = spec.width - len;
    char align = spec.align ? spec.align : default_align;
    int64_t left = 0;
    if (align == '>' || align == '=') left = padding;
    else if (align == '^') left = padding / 2;
    int64_t right = padding - left;
    std::string fill;
    append_utf8(&fill, spec.fill);
    std::string out;
    out.reserve(text.size() + static_cast<size_t>(padding) * fill.size());
    for (int64_t i = 0; i < left; ++i) out += fill;
    out += text;
    for (int64_t i = 0; i < right; ++i) out += fill;
    return out;
}

}  // namespace minipy::rt
