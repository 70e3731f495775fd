// str.hpp — str: immutable Unicode text.
//
// A str stores its text as UTF-8 (NUL-terminated, right after the struct) together with its
// length in code points. Indexing, slicing and len() count code points, as Python does; for ASCII
// text (the common case) byte offsets and code-point offsets coincide and every operation is
// O(1) per character. Hashes are cached. Interned strings (identifiers, attribute names) are
// immortal and unique, so name lookups can compare pointers first.
//
// Text that is not ASCII gets a lazily built table of byte offsets (one every 64 code points,
// `cp_index`), so s[i] costs at most 63 steps of UTF-8 decoding; iteration walks the bytes.
// Lone surrogates (chr(0xD800)) are stored with their generalized 3-byte UTF-8 form, so every
// Python str value has a representation; encoders reject them as CPython does. docs/strings.md
// tells the whole story.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str : Object {
    int64_t length;          // code points
    int64_t byte_length;     // UTF-8 bytes, without the terminating NUL
    int64_t hash_cache;      // -1 until computed
    bool ascii;              // every code point < 128
    int64_t* cp_index;       // non-ASCII only: byte offset of every 64th code point, or null; owned
    char* data() { return reinterpret_cast<char*>(this + 1); }
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), static_cast<size_t>(byte_length)}; }
};

extern Type str_type;

inline bool is_str(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeStrSubclass); }
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &str_type; }
inline std::string_view str_view(Value v) { return v.as<Str>()->view(); }   // v must be a str

// Creation. The text must be valid UTF-8 (the lexer and decoders guarantee it).
Value str_from(std::string_view utf8);
Value str_from_cstr(const char* utf8);
Value str_from_codepoint(uint32_t cp);
Value str_format(const char* fmt, ...);          // errors.hpp conversions (%R, %S, %T, ...)
Str* str_alloc(int64_t byte_length);              // uninitialized text; call str_finish() after filling
Value str_finish(Str* s);                          // computes length/ascii, returns the str

// Interning: the unique immortal str with this text. Never fails.
Str* intern(std::string_view utf8);
Str* intern_str(Str* s);                          // s itself if it is interned already

int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);                   // same text
Value str_concat(Value a, Value b);               // both str
Value str_repr(Value s);                          // repr(s) with CPython's quoting rules
// Code-point access: the i-th code point (0 <= i < length) and the byte offset of code point i.
uint32_t str_codepoint_at(Str* s, int64_t i);
int64_t str_byte_offset(Str* s, int64_t i);

// UTF-8 helpers shared with bytes and the lexer.
int utf8_encode(uint32_t cp, char out[4]);        // returns byte count
// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF); counts code points.
bool utf8_validate(const char* s, size_t n, int64_t* codepoints);

// --- additions beyond the first contract ----------------------------------------------------

inline constexpr int64_t kStrIndexStride = 64;    // code points between cp_index entries

// Reading UTF-8 that is known to be well formed (a str's text).
inline int utf8_len(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }
inline uint32_t utf8_decode(const char*& p) {
    auto b = reinterpret_cast<const unsigned char*>(p);
    uint32_t c = b[0];
    if (c < 0x80) { p += 1; return c; }
    if (c < 0xE0) { p += 2; return ((c & 0x1F) << 6) | (b[1] & 0x3F); }
    if (c < 0xF0) { p += 3; return ((c & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F); }
    p += 4;
    return ((c & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
}
inline void utf8_append(std::string& out, uint32_t cp) { char buf[4]; out.append(buf, utf8_encode(cp, buf)); }
int64_t utf8_count(const char* s, size_t n);      // code points of well-formed UTF-8

// The second half of str's initialization (methods, the iterator type): init_bytes_type() calls
// it, since init_str_type() runs before descriptors and names exist (see str.cpp).
void init_str_methods();

Value str_empty();                                 // the immortal ''
// s[start:stop] in code points (0 <= start <= stop <= length); s itself when that is all of it.
Value str_slice(Str* s, int64_t start, int64_t stop);
// The text between two byte offsets that lie on code-point boundaries.
Value str_from_bytes_range(Str* s, int64_t byte_start, int64_t byte_end);
Value str_join(Value sep, Value iterable);        // sep.join(iterable); sep a str
Value str_repeat(Value s, int64_t n);             // s * n
int str_contains(Value s, Value sub);             // `sub in s`: 0/1, -1 error (TypeError for non-str)
Value str_to_ascii(Value s);                      // escapes every non-ASCII code point (for ascii())
int64_t hash_bytes(const char* p, size_t n);      // the hash of str and bytes (never -1; 0 for "")

// Codecs (codecs.cpp): "utf-8", "ascii", "latin-1" and their aliases; error handlers "strict",
// "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass", and for encoding
// "xmlcharrefreplace". Null arguments mean "utf-8" and "strict". LookupError for unknown names,
// UnicodeEncodeError / UnicodeDecodeError as CPython raises them.
Value str_encode(Value s, const char* encoding, const char* errors);              // -> bytes
Value str_decode(std::string_view data, const char* encoding, const char* errors);   // -> str

}  // namespace minipy::rt
