// codecs.cpp — str.encode() and bytes.decode() for the three codecs every program meets
// (UTF-8, ASCII, Latin-1) with CPython's error handlers.
//
// Encoding walks the str's code points; a run of characters the codec cannot represent is one
// error (CPython reports "characters in position 2-3"), handed to the error handler as a whole.
// Decoding UTF-8 follows CPython's rules for where an invalid sequence ends, which decides both
// the positions in the message and how many U+FFFD the 'replace' handler writes: a bad start
// byte is one error; a truncated sequence is one error covering its valid prefix.
#include <cstring>
#include <string>
#include <vector>

#include "bytes.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "ops.hpp"
#include "str.hpp"
#include "text_util.hpp"
#include "tuple.hpp"

namespace minipy::rt {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass, Unknown };

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

bool lookup_codec(const char* name, Codec* out) {
    if (!name) { *out = Codec::Utf8; return true; }
    // Normalized as CPython's encodings module does: case-insensitive, '-' and ' ' equal '_'.
    std::string n;
    for (const char* p = name; *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (c == '-' || c == ' ') c = '_';
        n += c;
    }
    static const char* const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", nullptr};
    static const char* const ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "csascii",
                                        "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", nullptr};
    static const char* const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                                         "cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1", nullptr};
    struct { const char* const* names; Codec codec; } tables[] = {
        {utf8, Codec::Utf8}, {ascii, Codec::Ascii}, {latin1, Codec::Latin1}};
    for (auto& t : tables)
        for (const char* const* a = t.names; *a; a++)
            if (n == *a) { *out = t.codec; return true; }
    raise(&exc::LookupError, "unknown encoding: %s", name);
    return false;
}

Handler lookup_handler(const char* name) {
    if (!name) return Handler::Strict;
    std::string_view n(name);
    if (n == "strict") return Handler::Strict;
    if (n == "ignore") return Handler::Ignore;
    if (n == "replace") return Handler::Replace;
    if (n == "backslashreplace") return Handler::BackslashReplace;
    if (n == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    if (n == "surrogateescape") return Handler::SurrogateEscape;
    if (n == "surrogatepass") return Handler::SurrogatePass;
    return Handler::Unknown;
}

// Raises UnicodeEncodeError(encoding, object, start, end, reason) or its decode twin.
void raise_codec_error(Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                       const char* reason) {
    Ref enc{str_from_cstr(encoding)};
    Ref rsn{str_from_cstr(reason)};
    Value args[5] = {enc.get(), object, Value::small_int(start), Value::small_int(end), rsn.get()};
    Ref e{call(Value(type), args, 5)};
    if (e) raise_object(e.get());
}

bool unknown_handler(const char* errors) {
    raise(&exc::LookupError, "unknown error handler name '%s'", errors);
    return false;
}

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

bool encodable(Codec c, uint32_t cp) {
    switch (c) {
        case Codec::Utf8: return !is_surrogate(cp);
        case Codec::Ascii: return cp < 0x80;
        case Codec::Latin1: return cp < 0x100;
    }
    return false;
}

void append_encoded(std::string& out, Codec c, uint32_t cp) {
    if (c == Codec::Utf8) utf8_append(out, cp);
    else out += static_cast<char>(cp);
}

}  // namespace

Value str_encode(Value sv, const char* encoding, const char* errors) {
    Codec codec;
    if (!lookup_codec(encoding, &codec)) return {};
    Str* s = sv.as<Str>();
    // Fast paths: text that needs no conversion.
    if (s->ascii || (codec == Codec::Utf8 && s->view().find('\xed') == std::string_view::npos))
        return bytes_from(s->view());
    Handler h = lookup_handler(errors);
    std::string out;
    out.reserve(static_cast<size_t>(s->byte_length));
    // Decode everything first: the error handler needs positions in code points.
    std::vector<uint32_t> cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (const char* p = s->data(), *e = p + s->byte_length; p < e;) cps.push_back(utf8_decode(p));
    size_t n = cps.size();
    for (size_t i = 0; i < n;) {
        if (encodable(codec, cps[i])) { append_encoded(out, codec, cps[i++]); continue; }
        size_t end = i + 1;
        while (end < n && !encodable(codec, cps[end])) end++;
        const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                             : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                     : "ordinal not in range(256)";
        switch (h) {
            case Handler::Unknown: unknown_handler(errors); return {};
            case Handler::Strict:
                raise_codec_error(&exc::UnicodeEncodeError, codec_name(codec), sv, static_cast<int64_t>(i),
                                  static_cast<int64_t>(end), reason);
                return {};
            case Handler::Ignore: break;
            case Handler::Replace: out.append(end - i, '?'); break;
            case Handler::BackslashReplace:
                for (size_t k = i; k < end; k++) {
                    uint32_t cp = cps[k];
                    text::append_hex_escape(out, cp, cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U');
                }
                break;
            case Handler::XmlCharRefReplace:
                for (size_t k = i; k < end; k++) out += "&#" + std::to_string(cps[k]) + ";";
                break;
            case Handler::SurrogateEscape:
                for (size_t k = i; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        raise_codec_error(&exc::UnicodeEncodeError, codec_name(codec), sv, static_cast<int64_t>(i),
                                          static_cast<int64_t>(end), reason);
                        return {};
                    }
                }
                for (size_t k = i; k < end; k++) out += static_cast<char>(cps[k] - 0xDC00);
                break;
            case Handler::SurrogatePass:
                if (codec != Codec::Utf8) {
                    raise_codec_error(&exc::UnicodeEncodeError, codec_name(codec), sv, static_cast<int64_t>(i),
                                      static_cast<int64_t>(end), reason);
                    return {};
                }
                for (size_t k = i; k < end; k++) utf8_append(out, cps[k]);
                break;
        }
        i = end;
    }
    return bytes_from(out);
}

namespace {

// Length of the invalid UTF-8 sequence at p (CPython's rule) and its reason; 0 when valid, in
// which case *cp and *len describe the character.
const char* utf8_check(const unsigned char* p, const unsigned char* end, uint32_t* cp, int* len) {
    unsigned c = p[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF;     // allowed range of the first continuation byte
    if (c < 0x80) { *cp = c; *len = 1; return nullptr; }
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *len = 1;
        return "invalid start byte";
    }
    uint32_t v = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (int k = 1; k < n; k++) {
        if (p + k >= end) { *len = static_cast<int>(end - p); return "unexpected end of data"; }
        unsigned b = p[k];
        bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
        if (!ok) { *len = k; return "invalid continuation byte"; }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    *len = n;
    return nullptr;
}

}  // namespace

Value str_decode(std::string_view data, const char* encoding, const char* errors) {
    if (data.empty()) return str_empty();   // CPython answers '' before looking the codec up
    Codec codec;
    if (!lookup_codec(encoding, &codec)) return {};
    auto p = reinterpret_cast<const unsigned char*>(data.data());
    auto end = p + data.size();
    if (codec == Codec::Latin1) {
        std::string out;
        out.reserve(data.size());
        for (; p < end; p++) utf8_append(out, *p);
        return str_from(out);
    }
    int64_t ncp;
    if (codec == Codec::Utf8 && utf8_validate(data.data(), data.size(), &ncp)) return str_from(data);
    Handler h = lookup_handler(errors);
    std::string out;
    out.reserve(data.size());
    auto begin = p;
    while (p < end) {
        uint32_t cp = 0;
        int len = 1;
        const char* reason;
        if (codec == Codec::Ascii) reason = *p < 0x80 ? (cp = *p, nullptr) : "ordinal not in range(128)";
        else reason = utf8_check(p, end, &cp, &len);
        if (!reason) {
            utf8_append(out, cp);
            p += len;
            continue;
        }
        int64_t pos = p - begin;
        switch (h) {
            case Handler::Unknown: unknown_handler(errors); return {};
            case Handler::XmlCharRefReplace:   // an encode-only handler: CPython reports the mismatch
                raise(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
                return {};
            case Handler::SurrogatePass:
                if (codec == Codec::Utf8 && end - p >= 3 && p[0] == 0xED && p[1] >= 0xA0 && p[1] <= 0xBF &&
                    (p[2] & 0xC0) == 0x80) {
                    utf8_append(out, 0xD000u | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
                    p += 3;
                    continue;
                }
                [[fallthrough]];
            case Handler::Strict: {
                Ref obj{bytes_from(data)};
                raise_codec_error(&exc::UnicodeDecodeError, codec_name(codec), obj.get(), pos, pos + len, reason);
                return {};
            }
            case Handler::Ignore: break;
            case Handler::Replace: utf8_append(out, 0xFFFD); break;
            case Handler::BackslashReplace:
                for (int k = 0; k < len; k++) text::append_hex_escape(out, p[k], 'x');
                break;
            case Handler::SurrogateEscape:
                for (int k = 0; k < len; k++) utf8_append(out, 0xDC00u + p[k]);
                break;
        }
        p += len;
    }
    return str_from(out);
}

}  // namespace minipy::rt
