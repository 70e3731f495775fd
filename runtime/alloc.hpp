// alloc.hpp — the one place that decides where object memory comes from.
//
// Normally mimalloc (thread-local heaps: fast, and safe without the GIL). Sanitizer builds use
// the C library allocator instead, so AddressSanitizer sees every object allocation and catches
// use-after-free and overflows on Python objects too.
#pragma once

#include <cstddef>
#include <cstdlib>

#ifndef MINIPY_SANITIZER
#include <mimalloc.h>
#endif

namespace minipy::rt {

#ifdef MINIPY_SANITIZER
inline void* mem_alloc(size_t n) { return std::malloc(n); }
inline void* mem_zalloc(size_t n) { return std::calloc(1, n); }
inline void* mem_realloc(void* p, size_t n) { return std::realloc(p, n); }
inline void mem_free(void* p) { std::free(p); }
#else
inline void* mem_alloc(size_t n) { return mi_malloc(n); }
inline void* mem_zalloc(size_t n) { return mi_zalloc(n); }
inline void* mem_realloc(void* p, size_t n) { return mi_realloc(p, n); }
inline void mem_free(void* p) { mi_free(p); }
#endif

}  // namespace minipy::rt
