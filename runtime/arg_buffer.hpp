// arg_buffer.hpp — a short array of Values on the stack, for building argument lists
// ("self" prepended to a call's arguments) without a heap allocation in the common case.
#pragma once

#include <cstddef>
#include <memory>

#include "object.hpp"

namespace minipy::rt {

class ArgBuffer {
public:
    explicit ArgBuffer(size_t n) : m_data(n <= kInline ? m_inline : (m_heap = std::make_unique<Value[]>(n)).get()) {}
    Value* data() { return m_data; }
    Value& operator[](size_t i) { return m_data[i]; }

    // self followed by args[0..n): the layout of a method call.
    static void prepend(Value* out, Value self, const Value* args, size_t n) {
        out[0] = self;
        for (size_t i = 0; i < n; i++) out[i + 1] = args[i];
    }

private:
    static constexpr size_t kInline = 8;
    Value m_inline[kInline];
    std::unique_ptr<Value[]> m_heap;
    Value* m_data;
};

}  // namespace minipy::rt
