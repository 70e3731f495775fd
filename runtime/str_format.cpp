// str_format.cpp — printf-style formatting (`str % args`, `bytes % args`), str.format /
// str.format_map, and str.__format__.
//
// Design note
// ===========
// `%` formatting is one scanner shared by str and bytes (bytes_mode): the grammar, the argument
// rules and the number conversions are the same; only %s/%c and the unit of width (code points
// for str, bytes for bytes) differ. The argument rules follow CPython exactly, quirks included:
//   * a tuple supplies the arguments in order; any other value is the single argument;
//   * a right operand that supports indexing (and is not a tuple or a str) may be used as a
//     mapping by %(key)s, and is then never reported as "not all arguments converted" — which is
//     why 'abc' % [1] is 'abc' in CPython;
//   * after a %(key)s, the looked-up value is the current (single) argument.
// Integers are converted by hand (sign, '#' prefix, precision as a minimum digit count, zero
// padding between sign and digits); floats go through snprintf, which rounds correctly as
// CPython's own formatter does, with inf/nan spelled as Python spells them.
//
// str.format parses "{field!conv:spec}" the way CPython's MarkupIterator does (the same error
// for each malformed input), resolves the field (argument, then .attr and [key] parts), applies
// the conversion and calls format(value, spec); a spec may itself contain {fields}, expanded
// first, at most two levels deep ("Max string recursion exceeded").
#include "str_format.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "bytes.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "float.hpp"
#include "format_spec.hpp"
#include "int.hpp"
#include "ops.hpp"
#include "str.hpp"
#include "text_util.hpp"
#include "tuple.hpp"
#include "unicode.hpp"

namespace minipy::rt {

namespace {

// =============================================================================================
// Padding and number text

// Appends body padded to `width` with spaces (left-aligned when `left`).
void append_padded(std::string& out, std::string_view body, int64_t body_width, int64_t width, bool left) {
    int64_t pad = width - body_width;
    if (pad > 0 && !left) out.append(static_cast<size_t>(pad), ' ');
    out.append(body);
    if (pad > 0 && left) out.append(static_cast<size_t>(pad), ' ');
}

struct Flags {
    bool minus = false, plus = false, space = false, alt = false, zero = false;
    int64_t width = -1;
    int64_t prec = -1;
};

// Lays out a number: sign, prefix, digits, padded as the flags say ('-' beats '0').
void append_number(std::string& out, char sign, std::string_view prefix, std::string_view digits, const Flags& f) {
    int64_t len = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + digits.size());
    int64_t pad = f.width > len ? f.width - len : 0;
    if (pad && !f.minus && !f.zero) out.append(static_cast<size_t>(pad), ' ');
    if (sign) out += sign;
    out.append(prefix);
    if (pad && !f.minus && f.zero) out.append(static_cast<size_t>(pad), '0');
    out.append(digits);
    if (pad && f.minus) out.append(static_cast<size_t>(pad), ' ');
}

char sign_for(bool negative, const Flags& f) {
    if (negative) return '-';
    if (f.plus) return '+';
    if (f.space) return ' ';
    return 0;
}

// %d %i %u %o %x %X of an int value (already converted).
bool format_int(std::string& out, Value v, char conv, const Flags& f) {
    std::string digits;
    bool negative = int_sign(v) < 0;
    if (conv == 'o' || conv == 'x' || conv == 'X') {
        Ref s{int_to_base_string(v, conv == 'o' ? 8 : 16)};
        if (!s) return false;
        std::string_view t = str_view(s.get());
        if (!t.empty() && t[0] == '-') t.remove_prefix(1);
        t.remove_prefix(2);   // 0o / 0x
        digits.assign(t);
        if (conv == 'X')
            for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else {
        digits = int_to_decimal(v);
        if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
    }
    if (f.prec > static_cast<int64_t>(digits.size())) digits.insert(0, static_cast<size_t>(f.prec) - digits.size(), '0');
    std::string_view prefix;
    if (f.alt) prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : "";
    append_number(out, sign_for(negative, f), prefix, digits, f);
    return true;
}

// The digits of a finite, non-negative double in C's %e/%f/%g forms.
std::string double_digits(double x, char conv, int64_t prec, bool alt) {
    char spec[16];
    std::snprintf(spec, sizeof spec, "%%%s.*%c", alt ? "#" : "", conv);
    int n = std::snprintf(nullptr, 0, spec, static_cast<int>(prec), x);
    std::string s(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(s.data(), s.size(), spec, static_cast<int>(prec), x);
    s.resize(static_cast<size_t>(n));
    return s;
}

void format_float(std::string& out, double x, char conv, const Flags& f) {
    int64_t prec = f.prec < 0 ? 6 : f.prec;
    if (prec > 1000000) prec = 1000000;
    bool upper = conv == 'E' || conv == 'F' || conv == 'G';
    std::string digits;
    bool negative = std::signbit(x);
    if (std::isnan(x)) {
        digits = upper ? "NAN" : "nan";
        negative = false;
    } else if (std::isinf(x)) {
        digits = upper ? "INF" : "inf";
    } else {
        digits = double_digits(std::fabs(x), conv, prec, f.alt);
    }
    append_number(out, sign_for(negative, f), "", digits, f);
}

// =============================================================================================
// printf-style formatting

struct PercentCtx {
    bool bytes_mode;
    Ref args;            // the current argument source (a tuple, a single value, or a dict lookup)
    int64_t arglen;      // -1: args is one value
    int64_t argidx;
    Value dict;          // the mapping for %(key)s, or null (borrowed: the caller's right operand)
};

// The next argument (borrowed), or null with "not enough arguments".
Value next_arg(PercentCtx& ctx) {
    if (ctx.argidx < ctx.arglen) {
        int64_t i = ctx.argidx++;
        if (ctx.arglen < 0) return ctx.args.get();
        return ctx.args.as<Tuple>()->items[i];
    }
    raise(&exc::TypeError, "not enough arguments for format string");
    return {};
}

inline bool is_buffer(Value v) { return is_bytes(v) || (v.is_object() && is_subtype(type_of(v), &bytearray_type)); }

// Appends v converted for %d/%i/%u (to int via int()) or %o/%x/%X (via __index__).
bool percent_integer(std::string& out, Value v, char conv, const Flags& f) {
    if (is_int(v)) return format_int(out, v, conv, f);
    bool hexlike = conv == 'o' || conv == 'x' || conv == 'X';
    Type* t = type_of(v);
    bool numeric = t->nb_index || t->nb_int || t->nb_float;
    Ref i;
    if (numeric) {
        i = Ref{hexlike ? number_index(v) : number_to_int(v)};
        if (!i && !error_matches(&exc::TypeError)) return false;
        if (!i) clear_error();
    }
    if (!i) {
        if (hexlike) raise(&exc::TypeError, "%%%c format: an integer is required, not %T", conv, v);
        else raise(&exc::TypeError, "%%%c format: a real number is required, not %T", conv, v);
        return false;
    }
    return format_int(out, i.get(), conv, f);
}

bool percent_float(std::string& out, Value v, char conv, const Flags& f) {
    double x;
    if (is_float(v)) {
        x = float_value(v);
    } else {
        Type* t = type_of(v);
        if (!is_int(v) && !t->nb_float && !t->nb_index) {
            raise(&exc::TypeError, "must be real number, not %T", v);
            return false;
        }
        if (!to_double(v, &x)) return false;
    }
    format_float(out, x, conv, f);
    return true;
}

// %c: one character (str) or one byte (bytes).
bool percent_char(std::string& out, Value v, const Flags& f, bool bytes_mode) {
    std::string body;
    if (bytes_mode) {
        if (is_buffer(v)) {
            std::string_view d;
            bytes_like_view(v, &d);
            if (d.size() == 1) body.assign(d);
        }
        if (body.empty()) {
            int64_t c;
            if (!is_int(v) && !(v.is_object() && type_of(v)->nb_index)) {
                raise(&exc::TypeError, "%%c requires an integer in range(256) or a single byte");
                return false;
            }
            if (!index_to_i64(v, &c, &exc::OverflowError)) return false;
            if (c < 0 || c > 255) {
                raise(&exc::OverflowError, "%%c arg not in range(256)");
                return false;
            }
            body += static_cast<char>(c);
        }
        append_padded(out, body, 1, f.width, f.minus);
        return true;
    }
    if (is_str(v)) {
        if (v.as<Str>()->length != 1) {
            raise(&exc::TypeError, "%%c requires int or char");
            return false;
        }
        body.assign(str_view(v));
    } else {
        int64_t c;
        if (!is_int(v) && !(v.is_object() && type_of(v)->nb_index)) {
            raise(&exc::TypeError, "%%c requires int or char");
            return false;
        }
        if (!index_to_i64(v, &c, nullptr)) return false;
        if (c < 0 || c > 0x10FFFF) {
            raise(&exc::OverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        utf8_append(body, static_cast<uint32_t>(c));
    }
    append_padded(out, body, 1, f.width, f.minus);
    return true;
}

// %s %r %a (and %b for bytes).
bool percent_text(std::string& out, Value v, char conv, const Flags& f, bool bytes_mode) {
    Ref text;
    std::string_view body;
    if (bytes_mode && (conv == 's' || conv == 'b')) {
        if (!is_buffer(v)) {
            Value m = type_lookup(type_of(v), names::__bytes__);
            if (!m) {
                raise(&exc::TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                      type_name(v).c_str());
                return false;
            }
            text = Ref{call_method0(v, "__bytes__")};
            if (!text) return false;
            if (!is_bytes(text.get())) {
                raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(text.get()).c_str());
                return false;
            }
            v = text.get();
        }
        std::string copy;
        std::string_view d;
        bytes_like_view(v, &d);
        copy.assign(d);
        if (f.prec >= 0 && static_cast<int64_t>(copy.size()) > f.prec) copy.resize(static_cast<size_t>(f.prec));
        append_padded(out, copy, static_cast<int64_t>(copy.size()), f.width, f.minus);
        return true;
    }
    if (conv == 's') text = Ref{to_str(v)};
    else if (conv == 'r' && !bytes_mode) text = Ref{repr(v)};
    else text = Ref{ascii(v)};
    if (!text) return false;
    Str* s = text.as<Str>();
    body = s->view();
    int64_t width = s->length;
    if (f.prec >= 0 && s->length > f.prec) {
        body = body.substr(0, static_cast<size_t>(str_byte_offset(s, f.prec)));
        width = f.prec;
    }
    append_padded(out, body, width, f.width, f.minus);
    return true;
}

bool read_star(PercentCtx& ctx, int64_t* out) {
    Value v = next_arg(ctx);
    if (!v) return false;
    if (!is_int(v)) {
        raise(&exc::TypeError, "* wants int");
        return false;
    }
    if (!int_to_i64(v, out)) return false;
    return true;
}

Value percent_format(std::string_view fmt, Value args, bool bytes_mode, bool result_bytearray) {
    PercentCtx ctx;
    ctx.bytes_mode = bytes_mode;
    ctx.args = Ref::borrow(args);
    if (is_tuple(args)) {
        ctx.arglen = args.as<Tuple>()->size;
        ctx.argidx = 0;
    } else {
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    Type* at = type_of(args);
    bool excluded = is_tuple(args) || is_str(args) || (bytes_mode && is_buffer(args));
    ctx.dict = at->mp_subscript && !excluded ? args : Value();

    std::string out;
    out.reserve(fmt.size() + 16);
    size_t n = fmt.size();
    size_t i = 0;
    while (i < n) {
        if (fmt[i] != '%') {
            size_t next = fmt.find('%', i);
            if (next == std::string_view::npos) next = n;
            out.append(fmt.substr(i, next - i));
            i = next;
            continue;
        }
        i++;
        if (i < n && fmt[i] == '%') {
            out += '%';
            i++;
            continue;
        }
        if (i < n && fmt[i] == '(') {
            if (!ctx.dict) return raise(&exc::TypeError, "format requires a mapping");
            int depth = 1;
            size_t key_start = ++i;
            while (i < n && depth > 0) {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth > 0) return raise(&exc::ValueError, "incomplete format key");
            std::string_view key_text = fmt.substr(key_start, i - 1 - key_start);
            Ref key{bytes_mode ? bytes_from(key_text) : str_from(key_text)};
            if (!key) return {};
            Ref value{getitem(ctx.dict, key.get())};
            if (!value) return {};
            ctx.args = std::move(value);
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        Flags f;
        for (; i < n; i++) {
            char c = fmt[i];
            if (c == '-') f.minus = true;
            else if (c == '+') f.plus = true;
            else if (c == ' ') f.space = true;
            else if (c == '#') f.alt = true;
            else if (c == '0') f.zero = true;
            else break;
        }
        if (i < n && fmt[i] == '*') {
            if (!read_star(ctx, &f.width)) return {};
            if (f.width < 0) {
                f.minus = true;
                f.width = -f.width;
            }
            i++;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (f.width < 0) f.width = 0;
                if (f.width > (INT64_MAX - 9) / 10) return raise(&exc::ValueError, "width too big");
                f.width = f.width * 10 + (fmt[i++] - '0');
            }
        }
        if (i < n && fmt[i] == '.') {
            i++;
            f.prec = 0;
            if (i < n && fmt[i] == '*') {
                if (!read_star(ctx, &f.prec)) return {};
                if (f.prec < 0) f.prec = 0;
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (f.prec > (INT64_MAX - 9) / 10) return raise(&exc::ValueError, "precision too big");
                    f.prec = f.prec * 10 + (fmt[i++] - '0');
                }
            }
        }
        if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) return raise(&exc::ValueError, "incomplete format");
        size_t conv_pos = i;
        uint32_t conv;
        if (bytes_mode) {
            conv = static_cast<unsigned char>(fmt[i++]);
        } else {
            const char* p = fmt.data() + i;
            conv = utf8_decode(p);
            i = static_cast<size_t>(p - fmt.data());
        }
        if (f.minus) f.zero = false;
        Value v = next_arg(ctx);
        if (!v) return {};
        bool ok;
        switch (conv) {
            case 's': case 'r': case 'a':
                ok = percent_text(out, v, static_cast<char>(conv), f, bytes_mode);
                break;
            case 'b':
                if (!bytes_mode) goto unsupported;
                ok = percent_text(out, v, 'b', f, bytes_mode);
                break;
            case 'c':
                ok = percent_char(out, v, f, bytes_mode);
                break;
            case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                ok = percent_integer(out, v, static_cast<char>(conv), f);
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                ok = percent_float(out, v, static_cast<char>(conv), f);
                break;
            default:
            unsupported: {
                if (bytes_mode && conv >= 0x80)   // CPython formats the signed char with %c and fails
                    return raise(&exc::OverflowError, "character argument not in range(0x110000)");
                int64_t index = bytes_mode ? static_cast<int64_t>(conv_pos) : utf8_count(fmt.data(), conv_pos);
                char shown = (conv >= 31 && conv <= 126) ? static_cast<char>(conv) : '?';
                if (bytes_mode) shown = static_cast<char>(conv);
                return raise(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zd", shown,
                             static_cast<unsigned>(conv), index);
            }
        }
        if (!ok) return {};
    }
    if (ctx.argidx < ctx.arglen && !ctx.dict)
        return raise(&exc::TypeError, "not all arguments converted during %s formatting", bytes_mode ? "bytes" : "string");
    if (bytes_mode) return result_bytearray ? bytearray_from(out) : bytes_from(out);
    return str_from(out);
}

}  // namespace

Value str_percent_format(Value fmt, Value args) { return percent_format(str_view(fmt), args, false, false); }

Value bytes_percent_format(Value fmt, Value args) {
    std::string_view view;
    if (!bytes_like_view(fmt, &view)) return {};
    std::string copy(view);   // a bytearray format may change while arguments are converted
    bool ba = !is_bytes(fmt);
    return percent_format(copy, args, true, ba);
}

// =============================================================================================
// str.format and str.format_map

namespace {

enum class AutoState { Init, Auto, Manual };

struct FormatCtx {
    Value args;          // tuple, or null for format_map
    Value kwargs;        // dict / mapping, or null
    AutoState state = AutoState::Init;
    int64_t next_auto = 0;
};

// CPython's get_integer: the value of an all-decimal-digit name, -1 when it is not a number,
// -2 with ValueError on overflow.
int64_t name_as_index(std::string_view s) {
    if (s.empty()) return -1;
    int64_t v = 0;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
        int d = unicode::decimal_value(utf8_decode(p));
        if (d < 0) return -1;
        if (v > (INT64_MAX - d) / 10) {
            raise(&exc::ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

// Resolves a field name ("0", "name", "", "0.attr[key][1]") to its value (a new reference).
Value resolve_field(FormatCtx& ctx, std::string_view name) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
    std::string_view first = name.substr(0, i);
    int64_t index = name_as_index(first);
    if (index == -2) return {};
    bool empty = first.empty();
    bool numeric = empty || index >= 0;
    if (numeric) {
        if (ctx.state == AutoState::Init) ctx.state = empty ? AutoState::Auto : AutoState::Manual;
        if (empty && ctx.state == AutoState::Manual)
            return raise(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
        if (!empty && ctx.state == AutoState::Auto)
            return raise(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = ctx.next_auto++;
    }
    Ref obj;
    if (!numeric) {
        Ref key{str_from(first)};
        if (!key) return {};
        if (ctx.kwargs.is_null()) return raise_key_error(key.get());
        obj = Ref{getitem(ctx.kwargs, key.get())};
    } else {
        if (ctx.args.is_null()) return raise(&exc::ValueError, "Format string contains positional fields");
        Tuple* t = ctx.args.as<Tuple>();
        if (index >= t->size)
            return raise(&exc::IndexError, "Replacement index %zd out of range for positional args tuple", index);
        obj = Ref::borrow(t->items[index]);
    }
    if (!obj) return {};
    // The rest: .attr and [key] parts.
    while (i < name.size()) {
        char c = name[i++];
        std::string_view part;
        if (c == '.') {
            size_t start = i;
            while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
            part = name.substr(start, i - start);
            if (part.empty()) return raise(&exc::ValueError, "Empty attribute in format string");
            Ref attr{str_from(part)};
            if (!attr) return {};
            Str* interned = intern_str(attr.as<Str>());
            obj = Ref{getattr(obj.get(), interned)};
        } else if (c == '[') {
            size_t start = i;
            while (i < name.size() && name[i] != ']') i++;
            if (i >= name.size()) return raise(&exc::ValueError, "Missing ']' in format string");
            part = name.substr(start, i - start);
            i++;
            if (part.empty()) return raise(&exc::ValueError, "Empty attribute in format string");
            int64_t k = name_as_index(part);
            if (k == -2) return {};
            Ref key{k >= 0 ? int_from_i64(k) : str_from(part)};
            if (!key) return {};
            obj = Ref{getitem(obj.get(), key.get())};
        } else {
            return raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!obj) return {};
    }
    return obj.release();
}

bool render(FormatCtx& ctx, std::string_view fmt, int depth, std::string& out);

// Formats one replacement field whose text (between the braces) is `field`.
bool render_field(FormatCtx& ctx, std::string_view name, uint32_t conversion, std::string_view spec,
                  bool spec_has_fields, int depth, std::string& out) {
    Ref obj{resolve_field(ctx, name)};
    if (!obj) return false;
    if (conversion) {
        switch (conversion) {
            case 'r': obj = Ref{repr(obj.get())}; break;
            case 's': obj = Ref{to_str(obj.get())}; break;
            case 'a': obj = Ref{ascii(obj.get())}; break;
            default:
                if (conversion > 32 && conversion < 127)
                    raise(&exc::ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
                else
                    raise(&exc::ValueError, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
                return false;
        }
        if (!obj) return false;
    }
    std::string expanded;
    if (spec_has_fields) {
        if (!render(ctx, spec, depth - 1, expanded)) return false;
        spec = expanded;
    }
    Ref spec_str{str_from(spec)};
    if (!spec_str) return false;
    Ref text{format(obj.get(), spec_str.get())};
    if (!text) return false;
    out.append(str_view(text.get()));
    return true;
}

// Parses the inside of a replacement field starting at fmt[pos] (just after '{'); on success
// sets pos past the closing '}' and renders the field. CPython's parse_field rules.
bool parse_and_render_field(FormatCtx& ctx, std::string_view fmt, size_t& pos, int depth, std::string& out) {
    size_t n = fmt.size();
    size_t name_start = pos;
    char c = 0;
    while (pos < n) {
        c = fmt[pos++];
        if (c == '{') {
            raise(&exc::ValueError, "unexpected '{' in field name");
            return false;
        }
        if (c == '[') {
            while (pos < n && fmt[pos] != ']') pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    std::string_view name = fmt.substr(name_start, pos - 1 - name_start);
    if (pos >= n && c != '}' && c != ':' && c != '!') {
        raise(&exc::ValueError, "expected '}' before end of string");
        return false;
    }
    uint32_t conversion = 0;
    std::string_view spec;
    bool spec_has_fields = false;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (pos >= n) {
                raise(&exc::ValueError, "end of string while looking for conversion specifier");
                return false;
            }
            const char* p = fmt.data() + pos;
            conversion = utf8_decode(p);
            pos = static_cast<size_t>(p - fmt.data());
            if (pos < n) {
                char d = fmt[pos++];
                if (d == '}') return render_field(ctx, name, conversion, {}, false, depth, out);
                if (d != ':') {
                    raise(&exc::ValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        size_t spec_start = pos;
        int count = 1;
        while (pos < n) {
            char d = fmt[pos++];
            if (d == '{') {
                spec_has_fields = true;
                count++;
            } else if (d == '}') {
                if (--count == 0) {
                    spec = fmt.substr(spec_start, pos - 1 - spec_start);
                    return render_field(ctx, name, conversion, spec, spec_has_fields, depth, out);
                }
            }
        }
        raise(&exc::ValueError, "unmatched '{' in format spec");
        return false;
    }
    if (c != '}') {
        raise(&exc::ValueError, "expected '}' before end of string");
        return false;
    }
    return render_field(ctx, name, 0, {}, false, depth, out);
}

bool render(FormatCtx& ctx, std::string_view fmt, int depth, std::string& out) {
    if (depth <= 0) {
        raise(&exc::ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t n = fmt.size();
    size_t pos = 0;
    while (pos < n) {
        size_t brace = fmt.find_first_of("{}", pos);
        if (brace == std::string_view::npos) {
            out.append(fmt.substr(pos));
            break;
        }
        out.append(fmt.substr(pos, brace - pos));
        char c = fmt[brace];
        bool at_end = brace + 1 >= n;
        if (c == '}') {
            if (at_end || fmt[brace + 1] != '}') {
                raise(&exc::ValueError, "Single '}' encountered in format string");
                return false;
            }
            out += '}';
            pos = brace + 2;
            continue;
        }
        if (at_end) {
            raise(&exc::ValueError, "Single '{' encountered in format string");
            return false;
        }
        if (fmt[brace + 1] == '{') {
            out += '{';
            pos = brace + 2;
            continue;
        }
        pos = brace + 1;
        if (!parse_and_render_field(ctx, fmt, pos, depth, out)) return false;
    }
    return true;
}

}  // namespace

Value str_format_method(Value fmt, Value args_tuple, Value kwargs_dict) {
    FormatCtx ctx;
    ctx.args = args_tuple;
    ctx.kwargs = kwargs_dict;
    std::string out;
    if (!render(ctx, str_view(fmt), 2, out)) return {};
    return str_from(out);
}

Value str_format_map(Value fmt, Value mapping) {
    FormatCtx ctx;
    ctx.kwargs = mapping;
    std::string out;
    if (!render(ctx, str_view(fmt), 2, out)) return {};
    return str_from(out);
}

// =============================================================================================
// str.__format__

Value str_format_spec(Value s, Value spec_v) {
    std::string_view spec = str_view(spec_v);
    if (spec.empty()) return to_str(s);   // a subclass's __str__ decides, as in CPython
    FormatSpec fs;
    if (!parse_format_spec(spec, "str", &fs)) return {};
    if (fs.type != 0 && fs.type != 's') {
        // The type is the spec's last code point.
        const char* p = spec.data();
        const char* end = p + spec.size();
        uint32_t t = 0;
        while (p < end) t = utf8_decode(p);
        if (t > 32 && t < 128)
            return raise(&exc::ValueError, "Unknown format code '%c' for object of type 'str'", static_cast<char>(t));
        return raise(&exc::ValueError, "Unknown format code '\\x%x' for object of type 'str'", static_cast<unsigned>(t));
    }
    if (fs.grouping) return raise(&exc::ValueError, "Cannot specify '%c' with 's'.", fs.grouping);
    if (fs.sign == ' ') return raise(&exc::ValueError, "Space not allowed in string format specifier");
    if (fs.sign) return raise(&exc::ValueError, "Sign not allowed in string format specifier");
    if (fs.no_neg_zero)
        return raise(&exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (fs.alternate) return raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
    if (fs.align == '=') return raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
    Str* str = s.as<Str>();
    std::string_view text = str->view();
    if (fs.precision >= 0 && str->length > fs.precision)
        text = text.substr(0, static_cast<size_t>(str_byte_offset(str, fs.precision)));
    return str_from(pad_formatted(text, fs, '<'));
}

}  // namespace minipy::rt
