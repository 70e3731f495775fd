// struct.cpp — the `_struct` module: packing Python values into C structs laid out as bytes and
// back (`struct.py` re-exports it, as in CPython).
//
// A format string is compiled once into a Layout: a list of (code, count, offset) runs plus the
// total size. The first character picks the byte order and the sizes:
//   '@' (or none)  native order, native sizes, native alignment (each item starts at a multiple of
//                  its own size; 's', 'p', 'c', 'x' and '?' are not aligned beyond one byte)
//   '='            native order, standard sizes, no alignment
//   '<' / '>' '!'  little / big endian, standard sizes, no alignment
// Standard sizes: c b B ? x 1, h H e 2, i I l L f 4, q Q d 8; native ones are the C types' (l and L
// are 8 bytes on the 64-bit Linux this targets); n N P exist only in native mode.
//
// The error messages are CPython's, including its irregular ones: CPython builds the tables of
// '<' and '=' from the native packers wherever the sizes agree (this is a little-endian machine),
// so whether an out-of-range 'h' reads "short format requires ..." or "'h' format requires ..."
// depends on the byte order. Range() below encodes which message each (order, code) gives; the
// script tests check it against python3 for every combination.
//
// Half floats ('e', IEEE 754 binary16) are rounded to nearest, ties to even, from the double's
// exact value; a value that rounds past 65504 is an OverflowError, as in CPython.
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/memoryview.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

Value g_struct_error;   // struct.error (an Exception subclass made at first import); immortal

Value struct_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
Value struct_error(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string msg = vformat_message(fmt, ap);
    va_end(ap);
    Ref text{str_from(msg)};
    if (!text) return Value{};
    return raise_with_value(static_cast<Type*>(g_struct_error.as_object()), text.get());
}

// --- format compilation ------------------------------------------------------------------------

enum class Order : uint8_t { Native, NativeStd, Little, Big };   // '@', '=', '<', '>'/'!'

struct Run {
    char code;
    int64_t count;    // items ('s'/'p': the byte length of the single item; 'x': pad bytes)
    int64_t offset;   // of the first item
    int size;         // of one item ('s'/'p': 1)
};

struct Layout {
    Order order = Order::Native;
    std::vector<Run> runs;
    int64_t size = 0;     // bytes
    int64_t nitems = 0;   // values pack() takes and unpack() returns
    bool little() const { return order != Order::Big; }
};

// Size of one item of `code` in `order`; 0 for an unknown code.
int item_size(char code, Order order) {
    bool native = order == Order::Native;
    switch (code) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? static_cast<int>(sizeof(long)) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? static_cast<int>(sizeof(size_t)) : 0;
    case 'P': return native ? static_cast<int>(sizeof(void*)) : 0;
    default: return 0;
    }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

constexpr int64_t kMaxSize = INT64_MAX / 2;

bool compile_format(std::string_view fmt, Layout* out) {
    size_t i = 0;
    out->order = Order::Native;
    if (!fmt.empty()) {
        switch (fmt[0]) {
        case '@': i = 1; break;
        case '=': out->order = Order::NativeStd; i = 1; break;
        case '<': out->order = Order::Little; i = 1; break;
        case '>': case '!': out->order = Order::Big; i = 1; break;
        default: break;
        }
    }
    int64_t offset = 0, nitems = 0;
    while (i < fmt.size()) {
        char c = fmt[i];
        if (is_space(c)) { i++; continue; }
        int64_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                if (count > (kMaxSize - 9) / 10) {
                    struct_error("total struct size too long");
                    return false;
                }
                count = count * 10 + (fmt[i] - '0');
                i++;
            }
            if (i == fmt.size()) {
                struct_error("repeat count given without format specifier");
                return false;
            }
            c = fmt[i];
        }
        i++;
        int size = item_size(c, out->order);
        if (size == 0) {
            struct_error("bad char in struct format");
            return false;
        }
        if (out->order == Order::Native && c != 's' && c != 'p' && c != 'x' && offset % size != 0)
            offset += size - offset % size;
        int64_t bytes = (c == 's' || c == 'p') ? count : 0;
        if (!bytes) {
            if (count > (kMaxSize - offset) / size) {
                struct_error("total struct size too long");
                return false;
            }
            bytes = count * size;
        }
        if (bytes > kMaxSize - offset) {
            struct_error("total struct size too long");
            return false;
        }
        if (c != 'x') {
            out->runs.push_back(Run{c, count, offset, (c == 's' || c == 'p') ? 1 : size});
            nitems += (c == 's' || c == 'p') ? 1 : count;
        }
        offset += bytes;
    }
    out->size = offset;
    out->nitems = nitems;
    return true;
}

// The text of a format argument (str or bytes); TypeError as CPython's Struct() otherwise.
bool format_text(Value fmt, std::string_view* out) {
    if (is_str(fmt)) { *out = str_view(fmt); return true; }
    if (is_bytes(fmt)) { *out = fmt.as<Bytes>()->view(); return true; }
    raise(&exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_of(fmt)->tp_name);
    return false;
}

// --- integers ----------------------------------------------------------------------------------

// How an out-of-range integer is reported (see the note at the top).
enum class RangeMsg : uint8_t {
    Named,     // "short format requires -32768 <= number <= 32767"
    Quoted,    // "'h' format requires -32768 <= number <= 32767" (unsigned: negative is "out of range")
    Generic,   // "argument out of range"
    TooLarge,  // "int too large to convert" (CPython's big-endian 8-byte packers)
};

RangeMsg range_msg(char code, Order order, int size) {
    if (code == 'P') return RangeMsg::TooLarge;
    if (code == 'b' || code == 'B') return RangeMsg::Named;
    // '<' and '=' share the native packers where the standard size is the native one.
    bool native_packer = order == Order::Native ||
                         (order != Order::Big && item_size(code, Order::Native) == size);
    if (native_packer) {
        if (code == 'h' || code == 'H') return RangeMsg::Named;
        if (code == 'i' || code == 'I') return RangeMsg::Quoted;
        return RangeMsg::Generic;
    }
    return size == 8 ? RangeMsg::TooLarge : RangeMsg::Quoted;
}

const char* named_type(char code) {
    switch (code) {
    case 'b': return "byte";
    case 'B': return "ubyte";
    case 'h': return "short";
    default: return "ushort";
    }
}

// The int a value stands for: ints as they are, else __index__; struct.error without one.
Value as_integer(Value v) {
    if (is_int(v)) return newref(v);
    if (!type_lookup(type_of(v), intern("__index__"))) return struct_error("required argument is not an integer");
    return number_index(v);
}

// Packs an integer item of `size` bytes into *bits (two's complement, low `size` bytes).
bool pack_integer(Value v, char code, Order order, int size, uint64_t* bits) {
    Ref n{as_integer(v)};
    if (!n) return false;
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    RangeMsg style = range_msg(code, order, size);
    auto out_of_range = [&]() {
        struct_error(style == RangeMsg::TooLarge ? "int too large to convert" : "argument out of range");
        return false;
    };
    int64_t sval = 0;
    uint64_t uval = 0;
    bool negative = int_sign(n.get()) < 0;
    if (n.get().is_small_int()) {
        sval = n.get().as_small_int();
        uval = static_cast<uint64_t>(sval);
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(n.get(), z);
        bool fits = negative ? mpz_fits_slong_p(z) : mpz_sizeinbase(z, 2) <= 64;
        if (fits) {
            if (negative) {
                sval = mpz_get_si(z);
                uval = static_cast<uint64_t>(sval);
            } else {
                uval = 0;
                size_t count = 0;
                mpz_export(&uval, &count, -1, sizeof uval, 0, 0, z);
                sval = static_cast<int64_t>(uval);
            }
        }
        mpz_clear(z);
        if (!fits) return out_of_range();
    }
    // Above INT64_MAX: CPython's signed conversion (used by every signed code and by the named
    // unsigned ones) overflows first.
    if (!negative && uval > static_cast<uint64_t>(INT64_MAX) && (is_signed || style == RangeMsg::Named))
        return out_of_range();
    if (code == 'P') {   // CPython converts pointers from any int of 64 bits, signed or not
        *bits = uval;
        return true;
    }
    if (is_signed) {
        if (size < 8) {
            int64_t hi = (int64_t{1} << (size * 8 - 1)) - 1, lo = -hi - 1;
            if (sval < lo || sval > hi) {
                if (style == RangeMsg::Named)
                    struct_error("%s format requires %lld <= number <= %lld", named_type(code),
                                 static_cast<long long>(lo), static_cast<long long>(hi));
                else if (style == RangeMsg::Quoted)
                    struct_error("'%c' format requires %lld <= number <= %lld", code, static_cast<long long>(lo),
                                 static_cast<long long>(hi));
                else
                    out_of_range();
                return false;
            }
        }
        *bits = static_cast<uint64_t>(sval);
        return true;
    }
    if (negative) {
        if (style == RangeMsg::Named) {
            uint64_t hi = (uint64_t{1} << (size * 8)) - 1;
            struct_error("%s format requires 0 <= number <= %llu", named_type(code), static_cast<unsigned long long>(hi));
            return false;
        }
        return out_of_range();
    }
    if (size < 8) {
        uint64_t hi = (uint64_t{1} << (size * 8)) - 1;
        if (uval > hi) {
            if (style == RangeMsg::Named)
                struct_error("%s format requires 0 <= number <= %llu", named_type(code), static_cast<unsigned long long>(hi));
            else if (style == RangeMsg::Quoted)
                struct_error("'%c' format requires 0 <= number <= %llu", code, static_cast<unsigned long long>(hi));
            else
                out_of_range();
            return false;
        }
    }
    *bits = uval;
    return true;
}

void store_bits(char* p, uint64_t bits, int size, bool little) {
    for (int k = 0; k < size; k++) {
        unsigned char byte = static_cast<unsigned char>(bits >> (8 * k));
        p[little ? k : size - 1 - k] = static_cast<char>(byte);
    }
}

uint64_t load_bits(const char* p, int size, bool little) {
    uint64_t bits = 0;
    for (int k = 0; k < size; k++) {
        unsigned char byte = static_cast<unsigned char>(p[little ? k : size - 1 - k]);
        bits |= static_cast<uint64_t>(byte) << (8 * k);
    }
    return bits;
}

// --- floats ------------------------------------------------------------------------------------

// binary16 bits of x rounded to nearest, ties to even; false when it rounds past the largest
// finite half (65504).
bool double_to_half(double x, uint16_t* out) {
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) { *out = sign | 0x7e00; return true; }
    double a = std::fabs(x);
    if (std::isinf(a)) { *out = sign | 0x7c00; return true; }
    if (a == 0.0) { *out = sign; return true; }
    if (a < std::ldexp(1.0, -14)) {
        // Subnormal: units of 2**-24 (a result of 1024 is the smallest normal, bits 0x400).
        double q = std::nearbyint(std::ldexp(a, 24));
        *out = sign | static_cast<uint16_t>(q);
        return true;
    }
    int e;
    std::frexp(a, &e);   // a = f * 2**e, 0.5 <= f < 1, so 2**(e-1) <= a < 2**e
    e -= 1;
    double m = std::nearbyint(std::ldexp(a, 10 - e));   // in [1024, 2048]
    if (m == 2048.0) { m = 1024.0; e += 1; }
    if (e > 15) return false;
    *out = sign | static_cast<uint16_t>(((e + 15) << 10) | (static_cast<int>(m) - 1024));
    return true;
}

double half_to_double(uint16_t h) {
    int exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
    double v;
    if (exp == 0) v = std::ldexp(mant, -24);
    else if (exp == 31) v = mant ? NAN : INFINITY;
    else v = std::ldexp(mant + 1024, exp - 25);
    return (h & 0x8000) ? -v : v;
}

bool get_double(Value v, double* out) {
    if (is_float(v)) { *out = float_value(v); return true; }
    if (to_double(v, out)) return true;
    clear_error();
    struct_error("required argument is not a float");
    return false;
}

// --- pack and unpack -----------------------------------------------------------------------------

// Packs args[0..layout.nitems) into `buf` (layout.size bytes, already zeroed).
bool pack_values(const Layout& L, const Value* args, char* buf) {
    bool little = L.little();
    int64_t ai = 0;
    for (const Run& r : L.runs) {
        char* p = buf + r.offset;
        if (r.code == 's' || r.code == 'p') {
            Value v = args[ai++];
            std::string_view data;
            if (is_bytes(v) || is_bytearray(v)) {
                bytes_like_view(v, &data);
            } else {
                struct_error("argument for '%c' must be a bytes object", r.code);
                return false;
            }
            if (r.code == 's') {
                size_t n = std::min<size_t>(data.size(), static_cast<size_t>(r.count));
                std::memcpy(p, data.data(), n);
            } else if (r.count > 0) {
                size_t n = std::min<size_t>(data.size(), static_cast<size_t>(r.count - 1));
                std::memcpy(p + 1, data.data(), n);
                p[0] = static_cast<char>(std::min<size_t>(n, 255));
            }
            continue;
        }
        for (int64_t k = 0; k < r.count; k++, p += r.size) {
            Value v = args[ai++];
            switch (r.code) {
            case 'c': {
                std::string_view data;
                if (!((is_bytes(v) || is_bytearray(v)) && bytes_like_view(v, &data) && data.size() == 1)) {
                    struct_error("char format requires a bytes object of length 1");
                    return false;
                }
                *p = data[0];
                break;
            }
            case '?': {
                int t = truthy(v);
                if (t < 0) return false;
                *p = static_cast<char>(t);
                break;
            }
            case 'e': {
                double d;
                if (!get_double(v, &d)) return false;
                uint16_t h;
                if (!double_to_half(d, &h)) {
                    raise(&exc::OverflowError, "float too large to pack with e format");
                    return false;
                }
                store_bits(p, h, 2, little);
                break;
            }
            case 'f': {
                double d;
                if (!get_double(v, &d)) return false;
                float f = static_cast<float>(d);
                if (L.order != Order::Native && std::isinf(f) && !std::isinf(d)) {
                    raise(&exc::OverflowError, "float too large to pack with f format");
                    return false;
                }
                uint32_t bits;
                std::memcpy(&bits, &f, 4);
                store_bits(p, bits, 4, little);
                break;
            }
            case 'd': {
                double d;
                if (!get_double(v, &d)) return false;
                uint64_t bits;
                std::memcpy(&bits, &d, 8);
                store_bits(p, bits, 8, little);
                break;
            }
            default: {
                uint64_t bits;
                if (!pack_integer(v, r.code, L.order, r.size, &bits)) return false;
                store_bits(p, bits, r.size, little);
                break;
            }
            }
        }
    }
    return true;
}

// A tuple of the values in `buf` (layout.size bytes).
Value unpack_values(const Layout& L, const char* buf) {
    Tuple* t = tuple_new(L.nitems);
    if (!t) return Value{};
    Ref result{Value(t)};
    bool little = L.little();
    int64_t ti = 0;
    for (const Run& r : L.runs) {
        const char* p = buf + r.offset;
        if (r.code == 's' || r.code == 'p') {
            Value v;
            if (r.code == 's') {
                v = bytes_from(std::string_view(p, static_cast<size_t>(r.count)));
            } else {
                int64_t n = r.count > 0 ? static_cast<unsigned char>(p[0]) : 0;
                if (n > r.count - 1) n = r.count > 0 ? r.count - 1 : 0;
                v = bytes_from(std::string_view(p + (r.count > 0 ? 1 : 0), static_cast<size_t>(n)));
            }
            if (!v) return Value{};
            t->items[ti++] = v;
            continue;
        }
        for (int64_t k = 0; k < r.count; k++, p += r.size) {
            Value v;
            switch (r.code) {
            case 'c': v = bytes_from(std::string_view(p, 1)); break;
            case '?': v = newref(bool_value(*p != 0)); break;
            case 'e': v = float_from(half_to_double(static_cast<uint16_t>(load_bits(p, 2, little)))); break;
            case 'f': {
                uint32_t bits = static_cast<uint32_t>(load_bits(p, 4, little));
                float f;
                std::memcpy(&f, &bits, 4);
                v = float_from(f);
                break;
            }
            case 'd': {
                uint64_t bits = load_bits(p, 8, little);
                double d;
                std::memcpy(&d, &bits, 8);
                v = float_from(d);
                break;
            }
            case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
                uint64_t bits = load_bits(p, r.size, little);
                int shift = 64 - 8 * r.size;
                int64_t s = static_cast<int64_t>(bits << shift) >> shift;   // sign-extend
                v = int_from_i64(s);
                break;
            }
            default: v = int_from_u64(load_bits(p, r.size, little)); break;
            }
            if (!v) return Value{};
            t->items[ti++] = v;
        }
    }
    return result.release();
}

// --- buffers -----------------------------------------------------------------------------------

// A writable view for pack_into: a bytearray or a writable memoryview of one.
bool writable_buffer(Value v, char** data, int64_t* len) {
    if (is_subtype(type_of(v), &bytearray_type)) {
        ByteArray* a = v.as<ByteArray>();
        *data = a->buffer;
        *len = a->size;
        return true;
    }
    if (is_memoryview(v)) {
        MemoryView* m = v.as<MemoryView>();
        if (m->obj && !m->readonly && (m->step == 1 || m->length <= 1) && is_subtype(type_of(m->obj), &bytearray_type)) {
            ByteArray* a = m->obj.as<ByteArray>();
            *data = a->buffer + m->start;
            *len = m->length;
            return true;
        }
    }
    raise(&exc::TypeError, "argument must be read-write bytes-like object, not %s", type_of(v)->tp_name);
    return false;
}

// The bytes of a readable buffer argument. A bytearray's bytes (also seen through a memoryview)
// are copied under its ObjectLock, so another thread of --no-gil mode cannot resize them under us.
struct ReadBuffer {
    std::string_view view;
    std::string copy;
    bool set(Value v) {
        Value owner = is_memoryview(v) ? v.as<MemoryView>()->obj : v;
        if (owner && is_subtype(type_of(owner), &bytearray_type)) {
            ObjectLock lock(owner.as_object());
            std::string_view tmp;
            if (!(is_memoryview(v) ? memoryview_bytes(v, &tmp, &copy) : bytes_like_view(v, &tmp))) return false;
            if (tmp.data() != copy.data()) copy.assign(tmp);
            view = copy;
            return true;
        }
        if (is_memoryview(v)) return memoryview_bytes(v, &view, &copy);
        return bytes_like_view(v, &view);
    }
};

// --- the operations, shared by the module functions and the Struct methods ----------------------

Value do_pack(const Layout& L, const Value* items, int64_t n) {
    if (n != L.nitems) return struct_error("pack expected %lld items for packing (got %lld)",
                                           static_cast<long long>(L.nitems), static_cast<long long>(n));
    Bytes* b = bytes_alloc(L.size);
    if (!b) return Value{};
    Ref out{Value(b)};
    std::memset(b->data(), 0, static_cast<size_t>(L.size));
    if (!pack_values(L, items, b->data())) return Value{};
    return out.release();
}

Value do_pack_into(const Layout& L, Value buffer, Value offset_v, const Value* items, int64_t n) {
    if (n != L.nitems) return struct_error("pack_into expected %lld items for packing (got %lld)",
                                           static_cast<long long>(L.nitems), static_cast<long long>(n));
    char* data;
    int64_t len;
    if (!writable_buffer(buffer, &data, &len)) return Value{};
    int64_t offset;
    if (!index_to_i64(offset_v, &offset, &exc::IndexError)) return Value{};
    if (offset < 0) {
        if (offset + L.size > 0)
            return struct_error("no space to pack %lld bytes at offset %lld", static_cast<long long>(L.size),
                                static_cast<long long>(offset));
        if (offset + len < 0)
            return struct_error("offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                                static_cast<long long>(len));
        offset += len;
    }
    if (len - offset < L.size)
        return struct_error("pack_into requires a buffer of at least %lld bytes for packing %lld bytes at offset %lld "
                            "(actual buffer size is %lld)",
                            static_cast<long long>(L.size + offset), static_cast<long long>(L.size),
                            static_cast<long long>(offset), static_cast<long long>(len));
    // Pack into a scratch copy first: converting the items may run Python code (__index__,
    // __float__, __bool__) that resizes the buffer.
    std::string scratch(static_cast<size_t>(L.size), '\0');
    if (!pack_values(L, items, scratch.data())) return Value{};
    Value owner = is_memoryview(buffer) ? buffer.as<MemoryView>()->obj : buffer;
    if (!owner) return writable_buffer(buffer, &data, &len) ? struct_error("buffer released") : Value{};
    ObjectLock lock(owner.as_object());
    if (!writable_buffer(buffer, &data, &len)) return Value{};
    if (len - offset < L.size) return struct_error("buffer changed size while packing");
    std::memcpy(data + offset, scratch.data(), scratch.size());
    return newref(none());
}

Value do_unpack(const Layout& L, Value buffer) {
    ReadBuffer rb;
    if (!rb.set(buffer)) return Value{};
    if (static_cast<int64_t>(rb.view.size()) != L.size)
        return struct_error("unpack requires a buffer of %lld bytes", static_cast<long long>(L.size));
    return unpack_values(L, rb.view.data());
}

Value do_unpack_from(const Layout& L, Value buffer, Value offset_v) {
    ReadBuffer rb;
    if (!rb.set(buffer)) return Value{};
    int64_t offset;
    if (!index_to_i64(offset_v, &offset, &exc::IndexError)) return Value{};
    int64_t len = static_cast<int64_t>(rb.view.size());
    if (offset < 0) {
        if (offset + len < 0)
            return struct_error("offset %lld out of range for %lld-byte buffer", static_cast<long long>(offset),
                                static_cast<long long>(len));
        if (offset + L.size > 0)
            return struct_error("not enough data to unpack %lld bytes at offset %lld", static_cast<long long>(L.size),
                                static_cast<long long>(offset));
        offset += len;
    }
    if (len - offset < L.size)
        return struct_error("unpack_from requires a buffer of at least %lld bytes for unpacking %lld bytes at offset "
                            "%lld (actual buffer size is %lld)",
                            static_cast<long long>(L.size + offset), static_cast<long long>(L.size),
                            static_cast<long long>(offset), static_cast<long long>(len));
    return unpack_values(L, rb.view.data() + offset);
}

// --- Struct --------------------------------------------------------------------------------------

struct StructObject : Object {
    Value format;     // str; owned
    Layout* layout;   // owned
};

Type struct_type;
Type unpack_iter_type;

Value struct_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("Struct(format)", false);
    Value bound[1];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, bound, holder)) return Value{};
    std::string_view text;
    if (!format_text(bound[0], &text)) return Value{};
    auto* layout = new Layout;
    if (!compile_format(text, layout)) {
        delete layout;
        return Value{};
    }
    StructObject* s = alloc<StructObject>(type);
    if (!s) {
        delete layout;
        return raise_no_memory();
    }
    s->layout = layout;
    s->format = is_str(bound[0]) ? newref(bound[0]) : str_from(text);
    if (!s->format) {
        decref(Value(s));
        return Value{};
    }
    return Value(s);
}

// Struct.__init__ accepts the same argument (work is done in __new__).
int struct_tp_init(Value, const Value*, size_t, Tuple*) { return 0; }

void struct_dealloc(Object* o) {
    auto* s = static_cast<StructObject*>(o);
    decref(s->format);
    delete s->layout;
    free_object_memory(o);
}

const Layout& layout_of(Value self) { return *self.as<StructObject>()->layout; }

Value struct_pack(const Value* args) {
    Tuple* items = args[1].as<Tuple>();
    return do_pack(layout_of(args[0]), items->items, items->size);
}

Value struct_pack_into(const Value* args) {
    Tuple* items = args[3].as<Tuple>();
    return do_pack_into(layout_of(args[0]), args[1], args[2], items->items, items->size);
}

Value struct_unpack(const Value* args) { return do_unpack(layout_of(args[0]), args[1]); }
Value struct_unpack_from(const Value* args) { return do_unpack_from(layout_of(args[0]), args[1], args[2]); }

// The iterator of iter_unpack: the Struct and a private copy of the bytes.
struct UnpackIter : Object {
    Value owner;    // the Struct; owned
    Value data;     // bytes; owned
    int64_t pos;
};

Value make_unpack_iter(Value st, Value buffer) {
    const Layout& L = layout_of(st);
    if (L.size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
    ReadBuffer rb;
    if (!rb.set(buffer)) return Value{};
    if (static_cast<int64_t>(rb.view.size()) % L.size != 0)
        return struct_error("iterative unpacking requires a buffer of a multiple of %lld bytes",
                            static_cast<long long>(L.size));
    Ref data{bytes_from(rb.view)};
    if (!data) return Value{};
    UnpackIter* it = alloc<UnpackIter>(&unpack_iter_type);
    if (!it) return raise_no_memory();
    it->owner = newref(st);
    it->data = data.release();
    it->pos = 0;
    return Value(it);
}

Value struct_iter_unpack(const Value* args) { return make_unpack_iter(args[0], args[1]); }

Value unpack_iter_next(Value self) {
    UnpackIter* it = self.as<UnpackIter>();
    if (!it->data) return Value{};
    const Layout& L = layout_of(it->owner);
    Bytes* b = it->data.as<Bytes>();
    if (it->pos + L.size > b->size) {
        set_owned(it->data, Value{});
        return Value{};
    }
    Value r = unpack_values(L, b->data() + it->pos);
    it->pos += L.size;
    return r;
}

Value unpack_iter_self(Value self) { return newref(self); }

Value unpack_iter_length_hint(const Value* args) {
    UnpackIter* it = args[0].as<UnpackIter>();
    if (!it->data) return Value::small_int(0);
    return int_from_i64((it->data.as<Bytes>()->size - it->pos) / layout_of(it->owner).size);
}

void unpack_iter_dealloc(Object* o) {
    auto* it = static_cast<UnpackIter*>(o);
    decref(it->owner);
    decref(it->data);
    free_object_memory(o);
}

Value struct_format_get(Value self) { return newref(self.as<StructObject>()->format); }
Value struct_size_get(Value self) { return int_from_i64(layout_of(self).size); }

const NativeDef struct_methods[] = {
    {"pack(self, *v)", struct_pack, nullptr, 0, "S.pack(v1, v2, ...) -> bytes"},
    {"pack_into(self, buffer, offset, /, *v)", struct_pack_into, nullptr, 0,
     "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack(self, buffer, /)", struct_unpack, nullptr, 0, "Return a tuple containing unpacked values."},
    {"unpack_from(self, buffer, offset=0)", struct_unpack_from, nullptr, 0,
     "Return a tuple containing unpacked values, starting at buffer[offset]."},
    {"iter_unpack(self, buffer, /)", struct_iter_unpack, nullptr, 0,
     "Return an iterator yielding tuples unpacked from the buffer."},
    {nullptr},
};

const GetSetDef struct_getsets[] = {
    {"format", struct_format_get, nullptr, "struct format string"},
    {"size", struct_size_get, nullptr, "struct size in bytes"},
    {nullptr},
};

const NativeDef unpack_iter_methods[] = {
    {"__length_hint__(self, /)", unpack_iter_length_hint, nullptr, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr},
};

// --- module functions: compile the format, then do what the Struct method does ------------------

struct Compiled {
    Layout layout;
    bool ok = false;
    explicit Compiled(Value fmt) {
        std::string_view text;
        ok = format_text(fmt, &text) && compile_format(text, &layout);
    }
};

Value mod_pack(const Value* args) {
    Compiled c(args[0]);
    if (!c.ok) return Value{};
    Tuple* items = args[1].as<Tuple>();
    return do_pack(c.layout, items->items, items->size);
}

Value mod_pack_into(const Value* args) {
    Compiled c(args[0]);
    if (!c.ok) return Value{};
    Tuple* items = args[3].as<Tuple>();
    return do_pack_into(c.layout, args[1], args[2], items->items, items->size);
}

Value mod_unpack(const Value* args) {
    Compiled c(args[0]);
    if (!c.ok) return Value{};
    return do_unpack(c.layout, args[1]);
}

Value mod_unpack_from(const Value* args) {
    Compiled c(args[0]);
    if (!c.ok) return Value{};
    return do_unpack_from(c.layout, args[1], args[2]);
}

Value mod_iter_unpack(const Value* args) {
    Value a[1] = {args[0]};
    Ref st{struct_tp_new(&struct_type, a, 1, nullptr)};
    if (!st) return Value{};
    return make_unpack_iter(st.get(), args[1]);
}

Value mod_calcsize(const Value* args) {
    Compiled c(args[0]);
    if (!c.ok) return Value{};
    return int_from_i64(c.layout.size);
}

Value mod_clearcache(const Value*) { return newref(none()); }

const NativeDef module_defs[] = {
    {"pack(format, /, *v)", mod_pack, nullptr, 0,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values packed according to the format."},
    {"pack_into(format, buffer, offset, /, *v)", mod_pack_into, nullptr, 0,
     "Pack the values according to the format into the writable buffer starting at offset."},
    {"unpack(format, buffer, /)", mod_unpack, nullptr, 0, "Return a tuple containing values unpacked according to the format."},
    {"unpack_from(format, /, buffer, offset=0)", mod_unpack_from, nullptr, 0,
     "Return a tuple containing values unpacked according to the format string, starting at buffer[offset]."},
    {"iter_unpack(format, buffer, /)", mod_iter_unpack, nullptr, 0,
     "Return an iterator yielding tuples unpacked from the buffer according to the format."},
    {"calcsize(format, /)", mod_calcsize, nullptr, 0, "Return size in bytes of the struct described by the format string."},
    {"_clearcache(/)", mod_clearcache, nullptr, 0, "Clear the internal cache (minipy keeps none)."},
    {nullptr},
};

bool make_error_type() {
    Ref name{str_from("error")};
    Ref bases{tuple_pack({Value(&exc::Exception)})};
    Ref ns{Value(dict_new())};
    Ref mod{str_from("struct")};
    if (!name || !bases || !ns || !mod || dict_set_str(ns.as<Dict>(), names::__module__, mod.get()) < 0) return false;
    g_struct_error = type_new_impl(&type_type, name.get(), bases.as<Tuple>(), ns.as<Dict>());
    return static_cast<bool>(g_struct_error);
}

}  // namespace

Module* init_struct_module() {
    static bool ready = false;
    if (!ready) {
        if (!make_error_type()) return nullptr;
        init_static_type(&struct_type, "_struct.Struct", &object_type, sizeof(StructObject), kTypeBaseType);
        struct_type.tp_new = struct_tp_new;
        struct_type.tp_init = struct_tp_init;
        struct_type.dealloc = struct_dealloc;
        struct_type.doc = "Struct(format)\n\nCreate a compiled struct object.";
        add_methods(&struct_type, struct_methods);
        add_getsets(&struct_type, struct_getsets);
        finalize_type(&struct_type);
        init_static_type(&unpack_iter_type, "_struct.unpack_iterator", &object_type, sizeof(UnpackIter), 0);
        unpack_iter_type.dealloc = unpack_iter_dealloc;
        unpack_iter_type.iter = unpack_iter_self;
        unpack_iter_type.iternext = unpack_iter_next;
        add_methods(&unpack_iter_type, unpack_iter_methods);
        finalize_type(&unpack_iter_type);
        ready = true;
    }
    Module* m = module_new_cstr("_struct");
    if (!m) return nullptr;
    module_add_functions(m, module_defs);
    module_add(m, "Struct", Value(&struct_type));
    module_add(m, "error", g_struct_error);
    return m;
}

}  // namespace minipy::lib
