// str.hpp — str: immutable Unicode text.
//
// A str stores its text as UTF-8 (NUL-terminated, right after the struct) together with its
// length in code points. Indexing, slicing and len() count code points, as Python does; for ASCII
// text (the common case) byte offsets and code-point offsets coincide and every operation is
// O(1) per character. Hashes are cached. Interned strings (identifiers, attribute names) are
// immortal and unique, so name lookups can compare pointers first.
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
bool utf8_validate(const char* s, size_t n, int64_t* codepoints);

}  // namespace minipy::rt
