// bytes.hpp — bytes (immutable) and bytearray (mutable).
//
// bytes keeps its data inline after the header (NUL-terminated, like str); bytearray owns a
// growable buffer. Both accept bytes and bytearray wherever CPython accepts a bytes-like object.
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
    int64_t exports;         // memoryviews alive on it: its size cannot change meanwhile
    std::string_view view() const { return {buffer, static_cast<size_t>(size)}; }
};

extern Type bytes_type;
extern Type bytearray_type;

inline bool is_bytes(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeBytesSubclass); }
inline bool is_bytearray(Value v) { return v.is_object() && v.as_object()->type == &bytearray_type; }
inline bool is_exact_bytes(Value v) { return v.is_object() && v.as_object()->type == &bytes_type; }

Value bytes_from(std::string_view data);
Value bytearray_from(std::string_view data);
Value bytes_repr(Value v);                       // b'...' with CPython's escapes
// The bytes of a bytes, bytearray or (contiguous) memoryview object (a "buffer"); false with
// TypeError otherwise (BufferError for a memoryview with a step).
// For a bytearray the view is valid until the next mutation: copy it (under the object's
// ObjectLock in --no-gil mode) before running Python code.
bool bytes_like_view(Value v, std::string_view* out);

// --- additions beyond the first contract ----------------------------------------------------
Bytes* bytes_alloc(int64_t size);                 // uninitialized contents of `size` bytes (NUL after them)
Value bytes_empty();                              // the immortal b''
// Caller holds the ObjectLock; MemoryError on failure, BufferError while memoryviews export it.
bool bytearray_resize(ByteArray* a, int64_t size);

}  // namespace minipy::rt
