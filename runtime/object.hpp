// object.hpp — values, the object header and reference counting.
//
// Design note
// ===========
// Every Python value is one 64-bit word, a `Value`:
//
//     ...xxxxxxx1   small int: the signed integer is the word shifted right by one
//                   (63 bits, range kSmallIntMin..kSmallIntMax; no allocation, no refcount)
//     ...xxxxxx00   pointer to a heap `Object` (objects are at least 8-byte aligned)
//     0             "no value": an error return (the exception is in the thread state),
//                   an empty slot, an unbound local
//
// Ints that do not fit the small range become heap big ints (runtime/int.cpp, GMP). Code that
// wants the type of any value calls `type_of(v)`, which answers `&int_type` for tagged ints.
//
// Every heap object starts with the same header:
//
//     struct Object { atomic<uint32_t> refcnt; atomic<uint8_t> lock; uint8_t gc; uint16_t flags; Type* type; }
//
// Ownership rules (the same as CPython's, so its docs apply):
//   * A function that returns a `Value` returns a NEW reference, or the null Value with an
//     exception set in the thread state (runtime/errors.hpp).
//   * Arguments are BORROWED: a callee that wants to keep one increfs it.
//   * Containers own their items.
//   * `Ref` is an owning RAII handle for native code: `Ref r{call(...)}; if (!r) return {};`.
//
// Reference counts change only through incref()/decref() below, so the --no-gil mode changes one
// place: under the GIL a count is updated with a plain load and store; without it, with atomic
// read-modify-write instructions. Objects that every thread touches (None, True, False, the
// builtin types, interned names, code constants) are IMMORTAL: their count has the top bit set and
// is never changed, so they cost no atomic traffic and are never freed.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace minipy::rt {

struct Object;
struct Type;

inline constexpr int64_t kSmallIntMax = (int64_t(1) << 62) - 1;
inline constexpr int64_t kSmallIntMin = -(int64_t(1) << 62);

class Value {
public:
    constexpr Value() = default;
    constexpr explicit Value(Object* o) : m_bits(reinterpret_cast<uint64_t>(o)) {}

    static constexpr Value from_bits(uint64_t bits) { Value v; v.m_bits = bits; return v; }
    // Precondition: fits_small(i).
    static constexpr Value small_int(int64_t i) { return from_bits((static_cast<uint64_t>(i) << 1) | 1); }
    static constexpr bool fits_small(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }

    constexpr bool is_null() const { return m_bits == 0; }
    constexpr bool is_small_int() const { return m_bits & 1; }
    constexpr bool is_object() const { return m_bits != 0 && !(m_bits & 1); }
    constexpr int64_t as_small_int() const { return static_cast<int64_t>(m_bits) >> 1; }
    Object* as_object() const { return reinterpret_cast<Object*>(m_bits); }
    template <class T> T* as() const { return reinterpret_cast<T*>(m_bits); }
    constexpr uint64_t bits() const { return m_bits; }

    constexpr explicit operator bool() const { return m_bits != 0; }
    constexpr bool operator==(const Value&) const = default;   // identity (`is`)

private:
    uint64_t m_bits = 0;
};

// ---------------------------------------------------------------------------------------------
// The object header.

inline constexpr uint32_t kImmortalBit = 0x80000000u;

// Object::flags bits (per object, not per type).
enum ObjectFlags : uint16_t {
    kFlagInterned = 1 << 0,       // a str in the intern table
    kFlagFinalized = 1 << 1,      // __del__ already ran (it runs at most once)
    kFlagGcTracked = 1 << 2,      // on the cycle collector's list
    kFlagShared = 1 << 3,         // reachable from more than one thread (no-GIL bookkeeping)
    kFlagWeaklyReferenced = 1 << 4,   // has entries in the weak-reference table (weakref.hpp)
};

struct Object {
    std::atomic<uint32_t> refcnt;
    std::atomic<uint8_t> lock;    // per-object mutex byte, used only in --no-gil mode (rt::ObjectLock)
    uint8_t gc;                   // cycle-collector scratch bits
    uint16_t flags;               // ObjectFlags
    Type* type;
};
static_assert(sizeof(Object) == 16, "the object header is two words");

// true once the process runs without the GIL (set at start-up, before any thread exists).
extern bool g_free_threaded;

void dealloc_object(Object* o);   // calls type->dealloc; defined in type.cpp

inline bool is_immortal(const Object* o) {
    return o->refcnt.load(std::memory_order_relaxed) & kImmortalBit;
}

inline void incref(Object* o) {
    uint32_t rc = o->refcnt.load(std::memory_order_relaxed);
    if (rc & kImmortalBit) return;
    if (!g_free_threaded) o->refcnt.store(rc + 1, std::memory_order_relaxed);
    else o->refcnt.fetch_add(1, std::memory_order_relaxed);
}

inline void decref(Object* o) {
    uint32_t rc = o->refcnt.load(std::memory_order_relaxed);
    if (rc & kImmortalBit) return;
    if (!g_free_threaded) {
        if (rc == 1) dealloc_object(o);
        else o->refcnt.store(rc - 1, std::memory_order_relaxed);
    } else if (o->refcnt.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        dealloc_object(o);
    }
}

inline void incref(Value v) { if (v.is_object()) incref(v.as_object()); }
inline void decref(Value v) { if (v.is_object()) decref(v.as_object()); }
inline void xdecref(Value v) { decref(v); }   // decref() already accepts null and small ints
inline Value newref(Value v) { incref(v); return v; }

inline void make_immortal(Object* o) { o->refcnt.store(kImmortalBit | 1, std::memory_order_relaxed); }

inline uint32_t refcount_of(const Object* o) { return o->refcnt.load(std::memory_order_relaxed); }

// Replace *slot with v (v already owned by the caller), releasing the old value last, so a
// __del__ triggered by the release sees a consistent object.
inline void set_owned(Value& slot, Value v) { Value old = slot; slot = v; decref(old); }

// Byte offset of a data member in an object struct (offsetof() is not defined for our structs,
// which derive from Object and so are not standard-layout).
template <class T, class M>
inline uint32_t member_offset(M T::*member) {
    alignas(T) static char storage[sizeof(T)];
    T* t = reinterpret_cast<T*>(storage);
    return static_cast<uint32_t>(reinterpret_cast<char*>(&(t->*member)) - storage);
}

// ---------------------------------------------------------------------------------------------
// Ref: an owning handle. Holds one reference and releases it when it goes out of scope.

class Ref {
public:
    Ref() = default;
    explicit Ref(Value v) : m_v(v) {}               // adopts a new reference
    Ref(const Ref& o) : m_v(o.m_v) { incref(m_v); }
    Ref(Ref&& o) noexcept : m_v(std::exchange(o.m_v, Value{})) {}
    Ref& operator=(Ref o) noexcept { std::swap(m_v, o.m_v); return *this; }
    ~Ref() { decref(m_v); }

    static Ref borrow(Value v) { incref(v); return Ref(v); }   // takes a new reference to v

    Value get() const { return m_v; }
    Value release() { return std::exchange(m_v, Value{}); }
    void reset(Value v = Value{}) { Value old = m_v; m_v = v; decref(old); }
    explicit operator bool() const { return !m_v.is_null(); }
    template <class T> T* as() const { return m_v.as<T>(); }

private:
    Value m_v;
};

// ---------------------------------------------------------------------------------------------
// ObjectLock: the per-object critical section of --no-gil mode (PEP 703's Py_BEGIN_CRITICAL_SECTION).
// Under the GIL it does nothing. Rule: never call Python code, block, or lock another object while
// holding one; copy what you need, unlock, then call out.

void lock_object_slow(Object* o);

class ObjectLock {
public:
    explicit ObjectLock(Object* o) : m_o(g_free_threaded ? o : nullptr) {
        if (m_o) {
            uint8_t expected = 0;
            if (!m_o->lock.compare_exchange_weak(expected, 1, std::memory_order_acquire)) lock_object_slow(m_o);
        }
    }
    ~ObjectLock() { if (m_o) m_o->lock.store(0, std::memory_order_release); }
    ObjectLock(const ObjectLock&) = delete;
    ObjectLock& operator=(const ObjectLock&) = delete;

private:
    Object* m_o;
};

}  // namespace minipy::rt
