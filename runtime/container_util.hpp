// container_util.hpp — small helpers shared by the container types (tuple, list, dict, set, range,
// iterators): item buffers, CPython-worded argument checks, and the rule for when a sequence's
// `+`/`*` slot should step aside for the other operand's reflected method.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "alloc.hpp"
#include "errors.hpp"
#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;

// Item buffers (list items, dict tables, set tables) come from the same allocator as objects
// (alloc.hpp: mimalloc, or the C library in sanitizer builds so AddressSanitizer sees them).
inline void* buf_alloc(size_t bytes) { return mem_alloc(bytes ? bytes : 1); }
inline void* buf_calloc(size_t n, size_t size) { return mem_zalloc((n ? n : 1) * size); }
inline void* buf_realloc(void* p, size_t bytes) { return mem_realloc(p, bytes ? bytes : 1); }
inline void buf_free(void* p) { mem_free(p); }

// The largest number of items a container may hold (so byte sizes never overflow).
inline constexpr int64_t kMaxItems = INT64_MAX / 16;

// "list() takes no keyword arguments"; false with TypeError set when kwnames is non-empty.
bool args_no_keywords(const char* name, Tuple* kwnames);
// "list expected at most 1 argument, got 2" / "range expected at least 1 argument, got 0".
bool args_count(const char* name, size_t nargs, size_t min, size_t max);

// An int-like index for seq[i]: true for ints and objects whose type has __index__.
bool has_index(Value v);

// The index value of `key` for sequence subscription, with CPython's IndexError for ints too
// large for 64 bits. Precondition: has_index(key).
bool seq_index_value(Value key, int64_t* out);

// A start/stop argument of list.index()-like methods and of slices: an int (clamped to the int64
// range, as CPython clamps to Py_ssize_t) or an object with __index__. With allow_none, None
// leaves *out unchanged. TypeError "slice indices must be integers or None or have an __index__
// method" otherwise.
bool slice_index_arg(Value v, int64_t* out, bool allow_none);

// Clamps [start, stop) given as Python-style indices (negative counts from the end) to
// [0, length], as list.index(x, start, stop) does.
void clamp_range(int64_t length, int64_t* start, int64_t* stop);

// Lexicographic comparison of two item arrays (tuple and list richcompare; tuple.cpp). The arrays
// must stay alive and unchanged during the call (lists pass a snapshot).
Value sequence_richcompare(const Value* a, int64_t na, const Value* b, int64_t nb, CompareOp op);

// `seq + other` / `seq * other` with an operand the sequence cannot use. CPython tries the
// other operand's reflected method first and only then raises from its sq_concat/sq_repeat
// fallback. Here: an instance of a Python class gets NotImplemented (its __radd__/__rmul__ may
// accept; ops.cpp raises the same message if not); a builtin operand gets the TypeError at once
// ("can only concatenate list (not "int") to list", "can't multiply sequence by non-int of type
// 'str'"), so no other builtin's slot can word it differently.
Value concat_error(const char* seq_type, Value other);
Value repeat_error(Value count);

// The count of `seq * n`: an int (or __index__) converted to int64, OverflowError "cannot fit
// 'int' into an index-sized integer" beyond. Precondition: has_index(n).
bool sequence_repeat_count(Value n, int64_t* out);

// A vector of owned references, released on destruction: the "copy items out, unlock, then call
// Python code" pattern of the ObjectLock rule.
class OwnedValues {
public:
    OwnedValues() = default;
    ~OwnedValues() { clear(); }
    OwnedValues(const OwnedValues&) = delete;
    OwnedValues& operator=(const OwnedValues&) = delete;

    void push_owned(Value v) { m_items.push_back(v); }        // steals v
    void push_borrowed(Value v) { incref(v); m_items.push_back(v); }
    void clear() {
        std::vector<Value> old;
        old.swap(m_items);
        for (Value v : old) decref(v);
    }
    int64_t size() const { return static_cast<int64_t>(m_items.size()); }
    Value operator[](int64_t i) const { return m_items[static_cast<size_t>(i)]; }
    const Value* data() const { return m_items.data(); }
    Value* data() { return m_items.data(); }
    void reserve(int64_t n) { m_items.reserve(static_cast<size_t>(n)); }
    // Hands the references over to the caller (who must release them).
    std::vector<Value> take() { std::vector<Value> out; out.swap(m_items); return out; }

private:
    std::vector<Value> m_items;
};

// Collects the items of any iterable as owned references (lists are copied under their lock,
// tuples directly). False with an error set when iteration fails.
bool collect_items(Value iterable, OwnedValues& out);
// The same, but a TypeError from iter(iterable) is replaced by TypeError(not_iterable_msg), as
// CPython's PySequence_Fast(v, msg) does ("can only assign an iterable").
bool collect_items_or(Value iterable, OwnedValues& out, const char* not_iterable_msg);

}  // namespace minipy::rt
