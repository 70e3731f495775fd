// bytes.hpp — bytes (immutable) and bytearray (mutable).
#pragma once

#include <cstdint>
#include <string_view>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Bytes : Object {
    int64_t size;
    int64_t hash_cache;      // -1 until computed
    char* data() { return reinterpret_cast<char*>(this + 1); }
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

struct ByteArray : Object {
    int64_t size;
    int64_t capacity;
    char* buffer;            // mimalloc memory, owned
    std::string_view view() const { return {buffer, static_cast<size_t>(size)}; }
};

extern Type bytes_type;
extern Type bytearray_type;

inline bool is_bytes(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeBytesSubclass); }
inline bool is_bytearray(Value v) { return v.is_object() && v.as_object()->type == &bytearray_type; }

Value bytes_from(std::string_view data);
Value bytearray_from(std::string_view data);
Value bytes_repr(Value v);                       // b'...' with CPython's escapes
// The bytes of a bytes or bytearray object (a "buffer"); false with TypeError otherwise.
bool bytes_like_view(Value v, std::string_view* out);

}  // namespace minipy::rt
