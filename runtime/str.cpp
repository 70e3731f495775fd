// str.cpp — the str type: creation, interning, hashing, code-point indexing, repr, the slots
// and every str method.
//
// Design note
// ===========
// A str is UTF-8 text stored inline after the Str header, plus its length in code points and an
// `ascii` flag. UTF-8 was chosen over CPython's 1/2/4-byte "kinds" because every other part of
// minipy (the lexer, the I/O layer, error messages, std::string in C++) speaks UTF-8, so most
// strs never need converting. The price is that the i-th code point is not at byte i; the cost is
// paid only by non-ASCII text:
//
//   * ASCII text (the flag is set) indexes, slices and searches exactly as bytes do.
//   * Non-ASCII text of more than 64 code points gets a checkpoint table, built on the first
//     random access and kept for the str's life (`cp_index`: the byte offset of code points 0,
//     64, 128, ...), so s[i] walks at most 63 characters. Publishing the table is one
//     compare-and-swap, so two threads racing to build it (no-GIL mode) waste work, not memory.
//   * Iteration never indexes: the str iterator keeps a byte position.
//   * Searching (find, split, replace, `in`) runs on the bytes: UTF-8 is self-synchronizing, so
//     a match of well-formed text always starts on a character boundary. Only the result (an
//     index) is converted back to code points, counting from a known position.
//   * Comparison is memcmp: UTF-8 byte order is code-point order.
//
// Interned strs live in one table guarded by a mutex (interning happens while compiling and
// initializing, never in hot loops). They are immortal, so the table never has to drop entries.
// The 256 one-character strs U+0000..U+00FF and '' are interned at start-up and shared by every
// operation that produces them, as CPython does.
#include "str.hpp"

#include <algorithm>
#include <atomic>
#include <cstdarg>
#include <cstring>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "bytes.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "init.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "range.hpp"
#include "singletons.hpp"
#include "str_format.hpp"
#include "text_util.hpp"
#include "tuple.hpp"
#include "unicode.hpp"

namespace minipy::rt {

Type str_type;
Type str_iter_type;
Type str_ascii_iter_type;   // CPython 3.11+ names the iterator of an ASCII string differently

// =============================================================================================
// UTF-8

int utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

bool utf8_validate(const char* s, size_t n, int64_t* codepoints) {
    auto p = reinterpret_cast<const unsigned char*>(s);
    auto end = p + n;
    int64_t count = 0;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) { p++; count++; continue; }
        int len;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return false;
        if (end - p < len) return false;
        for (int i = 1; i < len; i++) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        p += len;
        count++;
    }
    if (codepoints) *codepoints = count;
    return true;
}

int64_t utf8_count(const char* s, size_t n) {
    int64_t count = 0;
    for (size_t i = 0; i < n; i++) count += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return count;
}

// =============================================================================================
// Hashing: a multiply-fold hash over 8-byte words (the idea of wyhash and similar hashes: the
// 128-bit product of two words, folded to 64 bits, mixes every input bit into every output bit).

static inline uint64_t load_u64(const char* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }
static inline uint64_t fold_mul(uint64_t a, uint64_t b) {
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

int64_t hash_bytes(const char* p, size_t n) {
    if (n == 0) return 0;
    constexpr uint64_t k0 = 0x9E3779B97F4A7C15ull, k1 = 0xC2B2AE3D27D4EB4Full, k2 = 0x165667B19E3779F9ull;
    uint64_t h = k0 ^ (static_cast<uint64_t>(n) * k1);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = fold_mul(h ^ load_u64(p + i) ^ k2, k1);
    if (i < n) {
        uint64_t tail = 0;
        std::memcpy(&tail, p + i, n - i);
        h = fold_mul(h ^ tail ^ k1, k2 ^ (n - i));
    }
    h = fold_mul(h ^ k0, k2);
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t str_hash(Str* s) {
    std::atomic_ref<int64_t> cache(s->hash_cache);
    int64_t h = cache.load(std::memory_order_relaxed);
    if (h != -1) return h;
    h = hash_bytes(s->data(), static_cast<size_t>(s->byte_length));
    cache.store(h, std::memory_order_relaxed);
    return h;
}

// =============================================================================================
// Creation

namespace {

struct ViewHash {
    size_t operator()(std::string_view s) const { return static_cast<size_t>(hash_bytes(s.data(), s.size())); }
};

std::mutex g_intern_mutex;
// Allocated once and never freed: interned strs are immortal and must outlive every thread.
std::unordered_map<std::string_view, Str*, ViewHash>* g_interned;
Str* g_empty;
Str* g_chars[256];          // one-character strs U+0000..U+00FF

constexpr int64_t kMaxStrBytes = int64_t(1) << 48;

}  // namespace

Str* str_alloc(int64_t byte_length) {
    Str* s = alloc<Str>(&str_type, static_cast<size_t>(byte_length) + 1);
    s->byte_length = byte_length;
    s->hash_cache = -1;
    s->data()[byte_length] = '\0';
    return s;
}

Value str_finish(Str* s) {
    if (s->byte_length == 0 && g_empty) {
        decref(s);
        return str_empty();
    }
    s->length = utf8_count(s->data(), static_cast<size_t>(s->byte_length));
    s->ascii = s->length == s->byte_length;
    if (s->byte_length == 1 && g_chars[0]) {
        Str* c = g_chars[static_cast<unsigned char>(s->data()[0])];
        decref(s);
        return Value(c);
    }
    return Value(s);
}

// A new str from text whose code-point count is known (no scan needed).
static Value make_str(const char* p, int64_t nbytes, int64_t ncp) {
    if (nbytes == 0) return str_empty();
    if (ncp == 1 && nbytes <= 2 && g_chars[0]) {
        const char* q = p;
        uint32_t cp = utf8_decode(q);
        if (cp < 256) return Value(g_chars[cp]);
    }
    if (nbytes > kMaxStrBytes) return raise_no_memory();
    Str* s = str_alloc(nbytes);
    std::memcpy(s->data(), p, static_cast<size_t>(nbytes));
    s->length = ncp;
    s->ascii = ncp == nbytes;
    return Value(s);
}

Value str_from(std::string_view utf8) {
    return make_str(utf8.data(), static_cast<int64_t>(utf8.size()), utf8_count(utf8.data(), utf8.size()));
}

Value str_from_cstr(const char* utf8) { return str_from(std::string_view(utf8)); }

Value str_from_codepoint(uint32_t cp) {
    if (cp < 256 && g_chars[0]) return Value(g_chars[cp]);
    char buf[4];
    int n = utf8_encode(cp, buf);
    return make_str(buf, n, 1);
}

Value str_format(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string text = vformat_message(fmt, ap);
    va_end(ap);
    return str_from(text);
}

Value str_empty() { return Value(g_empty); }

Str* intern(std::string_view utf8) {
    std::lock_guard<std::mutex> lock(g_intern_mutex);
    if (!g_interned) g_interned = new std::unordered_map<std::string_view, Str*, ViewHash>();
    auto it = g_interned->find(utf8);
    if (it != g_interned->end()) return it->second;
    Str* s = str_alloc(static_cast<int64_t>(utf8.size()));
    std::memcpy(s->data(), utf8.data(), utf8.size());
    s->length = utf8_count(utf8.data(), utf8.size());
    s->ascii = s->length == s->byte_length;
    s->hash_cache = hash_bytes(utf8.data(), utf8.size());
    s->flags |= kFlagInterned;
    make_immortal(s);
    g_interned->emplace(s->view(), s);
    return s;
}

Str* intern_str(Str* s) {
    if (s->flags & kFlagInterned) return s;
    return intern(s->view());
}

bool str_equal(Str* a, Str* b) {
    if (a == b) return true;
    if (a->byte_length != b->byte_length) return false;
    if ((a->flags & kFlagInterned) && (b->flags & kFlagInterned) && a->type == b->type) return false;
    return std::memcmp(a->data(), b->data(), static_cast<size_t>(a->byte_length)) == 0;
}

Value str_concat(Value a, Value b) {
    Str* x = a.as<Str>();
    Str* y = b.as<Str>();
    if (y->byte_length == 0 && is_exact_str(a)) return newref(a);
    if (x->byte_length == 0 && is_exact_str(b)) return newref(b);
    int64_t n = x->byte_length + y->byte_length;
    if (n > kMaxStrBytes) return raise_no_memory();
    Str* s = str_alloc(n);
    std::memcpy(s->data(), x->data(), static_cast<size_t>(x->byte_length));
    std::memcpy(s->data() + x->byte_length, y->data(), static_cast<size_t>(y->byte_length));
    s->length = x->length + y->length;
    s->ascii = x->ascii && y->ascii;
    return Value(s);
}

Value str_repeat(Value v, int64_t n) {
    Str* s = v.as<Str>();
    if (n <= 0 || s->byte_length == 0) return str_empty();
    if (n == 1 && is_exact_str(v)) return newref(v);
    if (s->byte_length > kMaxStrBytes / n) return raise_no_memory();
    int64_t total = s->byte_length * n;
    Str* r = str_alloc(total);
    if (s->byte_length == 1) {
        std::memset(r->data(), s->data()[0], static_cast<size_t>(total));
    } else {
        // Doubling copies: O(log n) memcpy calls.
        std::memcpy(r->data(), s->data(), static_cast<size_t>(s->byte_length));
        int64_t done = s->byte_length;
        while (done < total) {
            int64_t chunk = std::min(done, total - done);
            std::memcpy(r->data() + done, r->data(), static_cast<size_t>(chunk));
            done += chunk;
        }
    }
    r->length = s->length * n;
    r->ascii = s->ascii;
    return Value(r);
}

// =============================================================================================
// Code-point indexing

static const int64_t* str_cp_index(Str* s) {
    std::atomic_ref<int64_t*> slot(s->cp_index);
    int64_t* table = slot.load(std::memory_order_acquire);
    if (table) return table;
    int64_t entries = (s->length + kStrIndexStride - 1) / kStrIndexStride;
    table = new int64_t[static_cast<size_t>(entries)];
    const char* d = s->data();
    const char* p = d;
    for (int64_t k = 0; k < entries; k++) {
        table[k] = p - d;
        if (k + 1 < entries)
            for (int64_t j = 0; j < kStrIndexStride; j++) p += utf8_len(static_cast<unsigned char>(*p));
    }
    int64_t* expected = nullptr;
    if (!slot.compare_exchange_strong(expected, table, std::memory_order_acq_rel, std::memory_order_acquire)) {
        delete[] table;
        return expected;
    }
    return table;
}

int64_t str_byte_offset(Str* s, int64_t i) {
    if (s->ascii) return i;
    if (i <= 0) return 0;
    if (i >= s->length) return s->byte_length;
    const char* d = s->data();
    const char* p = d;
    int64_t k = i;
    if (s->length > kStrIndexStride) {
        p = d + str_cp_index(s)[i / kStrIndexStride];
        k = i % kStrIndexStride;
    }
    while (k-- > 0) p += utf8_len(static_cast<unsigned char>(*p));
    return p - d;
}

uint32_t str_codepoint_at(Str* s, int64_t i) {
    if (s->ascii) return static_cast<unsigned char>(s->data()[i]);
    const char* p = s->data() + str_byte_offset(s, i);
    return utf8_decode(p);
}

Value str_from_bytes_range(Str* s, int64_t byte_start, int64_t byte_end) {
    if (byte_start == 0 && byte_end == s->byte_length && s->type == &str_type) return newref(Value(s));
    int64_t n = byte_end - byte_start;
    int64_t ncp = s->ascii ? n : utf8_count(s->data() + byte_start, static_cast<size_t>(n));
    return make_str(s->data() + byte_start, n, ncp);
}

Value str_slice(Str* s, int64_t start, int64_t stop) {
    if (start >= stop) return str_empty();
    if (start == 0 && stop == s->length && s->type == &str_type) return newref(Value(s));
    int64_t b0 = str_byte_offset(s, start);
    int64_t b1;
    if (s->ascii) {
        b1 = stop;
    } else {
        // Walk from start rather than indexing again when the slice is short.
        if (stop - start <= kStrIndexStride) {
            const char* p = s->data() + b0;
            for (int64_t k = start; k < stop; k++) p += utf8_len(static_cast<unsigned char>(*p));
            b1 = p - s->data();
        } else {
            b1 = str_byte_offset(s, stop);
        }
    }
    return make_str(s->data() + b0, b1 - b0, stop - start);
}

// =============================================================================================
// repr and ascii

// Appends the escaped form of cp as repr() writes it (\xNN, \uNNNN or \UNNNNNNNN).
static void append_cp_escape(std::string& out, uint32_t cp) {
    if (cp < 0x100) text::append_hex_escape(out, cp, 'x');
    else if (cp < 0x10000) text::append_hex_escape(out, cp, 'u');
    else text::append_hex_escape(out, cp, 'U');
}

Value str_repr(Value v) {
    Str* s = v.as<Str>();
    std::string_view t = s->view();
    bool has_single = t.find('\'') != std::string_view::npos;
    bool has_double = t.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out;
    out.reserve(t.size() + 2);
    out += quote;
    const char* p = t.data();
    const char* end = p + t.size();
    while (p < end) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') { out += '\\'; out += static_cast<char>(cp); }
        else if (cp == '\t') out += "\\t";
        else if (cp == '\n') out += "\\n";
        else if (cp == '\r') out += "\\r";
        else if (cp < 0x20 || cp == 0x7f) text::append_hex_escape(out, cp, 'x');
        else if (cp < 0x80) out += static_cast<char>(cp);
        else if (unicode::is_printable(cp)) out.append(start, static_cast<size_t>(p - start));
        else append_cp_escape(out, cp);
    }
    out += quote;
    return str_from(out);
}

Value str_to_ascii(Value v) {
    Str* s = v.as<Str>();
    if (s->ascii) return newref(v);
    std::string out;
    out.reserve(static_cast<size_t>(s->byte_length) + 8);
    const char* p = s->data();
    const char* end = p + s->byte_length;
    while (p < end) {
        uint32_t cp = utf8_decode(p);
        if (cp < 0x80) out += static_cast<char>(cp);
        else append_cp_escape(out, cp);
    }
    return str_from(out);
}

// =============================================================================================
// Text helpers shared with bytes.cpp and str_format.cpp

namespace text {

bool slice_index_arg(Value v, int64_t* out) {
    if (v.is_null() || is_none(v)) return true;
    if (is_int(v) || type_of(v)->nb_index) return index_to_i64(v, out, nullptr);
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
}

bool int_arg(Value v, int64_t* out) {
    if (v.is_small_int()) { *out = v.as_small_int(); return true; }
    Ref i{number_index(v)};
    if (!i) return false;
    if (int_to_i64(i.get(), out)) return true;
    clear_error();
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

int64_t count_occurrences(std::string_view hay, std::string_view needle, int64_t max_count) {
    int64_t n = 0;
    size_t pos = 0;
    while (max_count < 0 || n < max_count) {
        size_t f = hay.find(needle, pos);
        if (f == std::string_view::npos) break;
        n++;
        pos = f + needle.size();
    }
    return n;
}

}  // namespace text

// =============================================================================================
// Walking code points

namespace {

inline Str* as_str(Value v) { return v.as<Str>(); }

// Reads the code points of well-formed UTF-8 in order.
struct CpReader {
    const char* p;
    const char* end;
    explicit CpReader(Str* s) : p(s->data()), end(s->data() + s->byte_length) {}
    bool done() const { return p >= end; }
    uint32_t next() { return utf8_decode(p); }
};

// The code point before byte position p (p > start), moving p back to its first byte.
inline uint32_t decode_back(const char*& p) {
    do p--; while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80);
    const char* q = p;
    return utf8_decode(q);
}

std::vector<uint32_t> codepoints_of(Str* s) {
    std::vector<uint32_t> out;
    out.reserve(static_cast<size_t>(s->length));
    for (CpReader r(s); !r.done();) out.push_back(r.next());
    return out;
}

// A new str from text whose code-point count is known.
Value str_known(std::string_view t, int64_t ncp);

// Builds a str from pieces; counts code points as it goes so str_finish need not rescan.
struct StrBuilder {
    std::string buf;
    int64_t ncp = 0;
    void add(uint32_t cp) { utf8_append(buf, cp); ncp++; }
    void add_ascii(char c) { buf += c; ncp++; }
    void add(Str* s) { buf.append(s->data(), static_cast<size_t>(s->byte_length)); ncp += s->length; }
    void add_bytes(const char* p, size_t n, int64_t cps) { buf.append(p, n); ncp += cps; }
    void fill(uint32_t cp, int64_t n) {
        if (n <= 0) return;
        if (cp < 0x80) buf.append(static_cast<size_t>(n), static_cast<char>(cp));
        else for (int64_t i = 0; i < n; i++) utf8_append(buf, cp);
        ncp += n;
    }
    Value finish() { return str_known(buf, ncp); }
};

}  // namespace

namespace {
Value str_known(std::string_view t, int64_t ncp) { return make_str(t.data(), static_cast<int64_t>(t.size()), ncp); }
}  // namespace

// =============================================================================================
// Slots

static Value str_repr_slot(Value v) { return str_repr(v); }

static Value str_str_slot(Value v) {
    if (is_exact_str(v)) return newref(v);
    Str* s = as_str(v);
    return make_str(s->data(), s->byte_length, s->length);
}

static int64_t str_hash_slot(Value v) { return str_hash(as_str(v)); }

static int64_t str_len_slot(Value v) { return as_str(v)->length; }

static Value str_richcompare(Value a, Value b, CompareOp op) {
    if (!is_str(a) || !is_str(b)) return not_implemented();
    Str* x = as_str(a);
    Str* y = as_str(b);
    if (op == CompareOp::Eq) return bool_value(str_equal(x, y));
    if (op == CompareOp::Ne) return bool_value(!str_equal(x, y));
    size_t n = static_cast<size_t>(std::min(x->byte_length, y->byte_length));
    int c = std::memcmp(x->data(), y->data(), n);
    if (c == 0) c = x->byte_length < y->byte_length ? -1 : x->byte_length > y->byte_length ? 1 : 0;
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
        default: break;
    }
    return bool_value(r);
}

int str_contains(Value s, Value sub) {
    if (!is_str(sub)) {
        raise(&exc::TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    return as_str(s)->view().find(as_str(sub)->view()) != std::string_view::npos;
}

static int str_contains_slot(Value s, Value sub) { return str_contains(s, sub); }

static Value str_subscript(Value v, Value key) {
    Str* s = as_str(v);
    if (is_int(key) || (key.is_object() && type_of(key) != &slice_type && type_of(key)->nb_index)) {
        int64_t i;
        if (!index_to_i64(key, &i, &exc::IndexError)) return {};
        if (i < 0) i += s->length;
        if (i < 0 || i >= s->length) return raise(&exc::IndexError, "string index out of range");
        if (s->ascii) return Value(g_chars[static_cast<unsigned char>(s->data()[i])]);
        const char* p = s->data() + str_byte_offset(s, i);
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        if (cp < 256) return Value(g_chars[cp]);
        return make_str(start, p - start, 1);
    }
    if (type_of(key) == &slice_type) {
        int64_t start, stop, step, n;
        if (!slice_indices(key.as<Slice>(), s->length, &start, &stop, &step, &n)) return {};
        if (n <= 0) return str_empty();
        if (step == 1) return str_slice(s, start, stop);
        if (s->ascii) {
            Str* r = str_alloc(n);
            for (int64_t i = 0, j = start; i < n; i++, j += step) r->data()[i] = s->data()[j];
            r->length = n;
            r->ascii = true;
            return Value(r);
        }
        std::vector<uint32_t> cps = codepoints_of(s);
        StrBuilder b;
        for (int64_t i = 0, j = start; i < n; i++, j += step) b.add(cps[static_cast<size_t>(j)]);
        return b.finish();
    }
    return raise(&exc::TypeError, "string indices must be integers, not '%s'", type_name(key).c_str());
}

static Value str_add_slot(Value a, Value b) {
    if (is_str(a) && is_str(b)) return str_concat(a, b);
    if (!is_str(a)) return not_implemented();
    return raise(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(b).c_str());
}

static Value str_mul_slot(Value a, Value b) {
    Value s = is_str(a) ? a : b;
    Value n = is_str(a) ? b : a;
    if (is_int(n) || (n.is_object() && type_of(n)->nb_index)) {
        int64_t count;
        if (!index_to_i64(n, &count, &exc::OverflowError)) return {};
        return str_repeat(s, count);
    }
    return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n).c_str());
}

static Value str_mod_slot(Value a, Value b) {
    if (!is_str(a)) return not_implemented();
    return str_percent_format(a, b);
}

static void str_dealloc(Object* o) {
    delete[] static_cast<Str*>(o)->cp_index;
    free_object_memory(o);
}

// =============================================================================================
// Methods: searching

namespace {

bool check_str(Value v, const char* fmt_prefix = nullptr) {
    if (is_str(v)) return true;
    if (fmt_prefix) raise(&exc::TypeError, "%s must be str, not %T", fmt_prefix, v);
    else raise(&exc::TypeError, "must be str, not %T", v);
    return false;
}

// The byte range of code points [start, end) of s.
inline std::string_view cp_range(Str* s, int64_t start, int64_t end) {
    int64_t b0 = str_byte_offset(s, start);
    int64_t b1 = str_byte_offset(s, end);
    return {s->data() + b0, static_cast<size_t>(b1 - b0)};
}

// find/rfind: the code-point index, -1 when absent, -2 on error.
int64_t find_impl(const Value* args, bool reverse) {
    Str* s = as_str(args[0]);
    if (!check_str(args[1])) return -2;
    Str* sub = as_str(args[1]);
    int64_t start, end;
    if (!text::start_end_args(args[2], args[3], s->length, &start, &end)) return -2;
    if (end - start < sub->length) return -1;
    std::string_view hay = cp_range(s, start, end);
    size_t f = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
    if (f == std::string_view::npos) return -1;
    return start + (s->ascii ? static_cast<int64_t>(f) : utf8_count(hay.data(), f));
}

}  // namespace

static Value str_find(const Value* args) {
    int64_t r = find_impl(args, false);
    return r == -2 ? Value() : Value::small_int(r);
}
static Value str_rfind(const Value* args) {
    int64_t r = find_impl(args, true);
    return r == -2 ? Value() : Value::small_int(r);
}
static Value str_index(const Value* args) {
    int64_t r = find_impl(args, false);
    if (r == -1) return raise(&exc::ValueError, "substring not found");
    return r == -2 ? Value() : Value::small_int(r);
}
static Value str_rindex(const Value* args) {
    int64_t r = find_impl(args, true);
    if (r == -1) return raise(&exc::ValueError, "substring not found");
    return r == -2 ? Value() : Value::small_int(r);
}

static Value str_count(const Value* args) {
    Str* s = as_str(args[0]);
    if (!check_str(args[1])) return {};
    Str* sub = as_str(args[1]);
    int64_t start, end;
    if (!text::start_end_args(args[2], args[3], s->length, &start, &end)) return {};
    if (end < start) return Value::small_int(0);
    if (sub->length == 0) return Value::small_int(end - start + 1);
    return Value::small_int(text::count_occurrences(cp_range(s, start, end), sub->view()));
}

namespace {

// startswith/endswith for one candidate (CPython's tailmatch).
bool tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool at_end) {
    text::adjust_indices(start, end, s->length);
    end -= sub->length;
    if (end < start) return false;
    if (sub->length == 0) return true;
    int64_t b = str_byte_offset(s, at_end ? end : start);
    if (s->byte_length - b < sub->byte_length) return false;
    return std::memcmp(s->data() + b, sub->data(), static_cast<size_t>(sub->byte_length)) == 0;
}

Value starts_ends_with(const Value* args, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    Str* s = as_str(args[0]);
    int64_t start = 0, end = INT64_MAX;
    if (!text::slice_index_arg(args[2], &start) || !text::slice_index_arg(args[3], &end)) return {};
    Value what = args[1];
    if (is_tuple(what)) {
        Tuple* t = what.as<Tuple>();
        for (int64_t i = 0; i < t->size; i++) {
            if (!is_str(t->items[i]))
                return raise(&exc::TypeError, "tuple for %s must only contain str, not %T", name, t->items[i]);
            if (tail_match(s, as_str(t->items[i]), start, end, at_end)) return true_value();
        }
        return false_value();
    }
    if (!is_str(what))
        return raise(&exc::TypeError, "%s first arg must be str or a tuple of str, not %T", name, what);
    return bool_value(tail_match(s, as_str(what), start, end, at_end));
}

}  // namespace

static Value str_startswith(const Value* args) { return starts_ends_with(args, false); }
static Value str_endswith(const Value* args) { return starts_ends_with(args, true); }

static Value str_partition_impl(const Value* args, bool reverse) {
    Str* s = as_str(args[0]);
    if (!check_str(args[1])) return {};
    Str* sep = as_str(args[1]);
    if (sep->byte_length == 0) return raise(&exc::ValueError, "empty separator");
    std::string_view t = s->view();
    size_t f = reverse ? t.rfind(sep->view()) : t.find(sep->view());
    if (f == std::string_view::npos) {
        Ref whole{str_str_slot(args[0])};
        Ref empty{str_empty()};
        return reverse ? tuple_pack({empty.get(), empty.get(), whole.get()})
                       : tuple_pack({whole.get(), empty.get(), empty.get()});
    }
    int64_t b = static_cast<int64_t>(f);
    Ref left{str_from_bytes_range(s, 0, b)};
    Ref right{str_from_bytes_range(s, b + sep->byte_length, s->byte_length)};
    Ref mid = Ref::borrow(args[1]);   // CPython returns the separator object itself
    if (!left || !right || !mid) return {};
    return tuple_pack({left.get(), mid.get(), right.get()});
}
static Value str_partition(const Value* args) { return str_partition_impl(args, false); }
static Value str_rpartition(const Value* args) { return str_partition_impl(args, true); }

static Value str_removeprefix(const Value* args) {
    Str* s = as_str(args[0]);
    if (!is_str(args[1])) return raise(&exc::TypeError, "removeprefix() argument must be str, not %T", args[1]);
    Str* p = as_str(args[1]);
    if (p->byte_length && s->view().substr(0, static_cast<size_t>(p->byte_length)) == p->view())
        return str_from_bytes_range(s, p->byte_length, s->byte_length);
    return str_str_slot(args[0]);
}

static Value str_removesuffix(const Value* args) {
    Str* s = as_str(args[0]);
    if (!is_str(args[1])) return raise(&exc::TypeError, "removesuffix() argument must be str, not %T", args[1]);
    Str* p = as_str(args[1]);
    if (p->byte_length && p->byte_length <= s->byte_length &&
        s->view().substr(static_cast<size_t>(s->byte_length - p->byte_length)) == p->view())
        return str_from_bytes_range(s, 0, s->byte_length - p->byte_length);
    return str_str_slot(args[0]);
}

// =============================================================================================
// Methods: splitting and joining

namespace {

inline bool append_piece(Value list, Str* s, const char* b, const char* e) {
    Ref piece{str_from_bytes_range(s, b - s->data(), e - s->data())};
    return piece && list_append(list, piece.get());
}

// Is the code point at p whitespace? Sets *next past it.
inline bool space_at(const char* p, const char** next) {
    const char* q = p;
    uint32_t cp = utf8_decode(q);
    *next = q;
    return unicode::is_space(cp);
}

Value split_whitespace(Str* s, int64_t maxsplit) {
    Ref list{list_new(0)};
    const char* p = s->data();
    const char* end = p + s->byte_length;
    const char* nx;
    while (true) {
        while (p < end && space_at(p, &nx)) p = nx;
        if (p == end) break;
        if (maxsplit == 0) {
            if (!append_piece(list.get(), s, p, end)) return {};
            break;
        }
        const char* w = p;
        while (p < end && !space_at(p, &nx)) p = nx;
        if (!append_piece(list.get(), s, w, p)) return {};
        maxsplit--;
    }
    return list.release();
}

Value rsplit_whitespace(Str* s, int64_t maxsplit) {
    Ref list{list_new(0)};
    const char* begin = s->data();
    const char* p = begin + s->byte_length;
    std::vector<std::pair<const char*, const char*>> pieces;
    while (true) {
        while (p > begin) {
            const char* q = p;
            if (!unicode::is_space(decode_back(q))) break;
            p = q;
        }
        if (p == begin) break;
        if (maxsplit == 0) { pieces.emplace_back(begin, p); break; }
        const char* w = p;
        while (p > begin) {
            const char* q = p;
            if (unicode::is_space(decode_back(q))) break;
            p = q;
        }
        pieces.emplace_back(p, w);
        maxsplit--;
    }
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        if (!append_piece(list.get(), s, it->first, it->second)) return {};
    return list.release();
}

}  // namespace

static Value str_split_impl(const Value* args, bool reverse) {
    Str* s = as_str(args[0]);
    int64_t maxsplit;
    if (!text::int_arg(args[2], &maxsplit)) return {};
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (is_none(args[1])) return reverse ? rsplit_whitespace(s, maxsplit) : split_whitespace(s, maxsplit);
    if (!is_str(args[1])) return raise(&exc::TypeError, "must be str or None, not %T", args[1]);
    Str* sep = as_str(args[1]);
    if (sep->byte_length == 0) return raise(&exc::ValueError, "empty separator");
    std::string_view t = s->view();
    std::string_view sv = sep->view();
    Ref list{list_new(0)};
    if (!reverse) {
        size_t pos = 0;
        int64_t n = 0;
        while (true) {
            size_t f = n < maxsplit ? t.find(sv, pos) : std::string_view::npos;
            if (f == std::string_view::npos) {
                if (!append_piece(list.get(), s, t.data() + pos, t.data() + t.size())) return {};
                break;
            }
            if (!append_piece(list.get(), s, t.data() + pos, t.data() + f)) return {};
            pos = f + sv.size();
            n++;
        }
        return list.release();
    }
    std::vector<std::pair<size_t, size_t>> pieces;
    size_t end = t.size();
    int64_t n = 0;
    while (true) {
        size_t f = std::string_view::npos;
        if (n < maxsplit && end >= sv.size()) f = t.substr(0, end).rfind(sv);
        if (f == std::string_view::npos) { pieces.emplace_back(0, end); break; }
        pieces.emplace_back(f + sv.size(), end);
        end = f;
        n++;
    }
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        if (!append_piece(list.get(), s, t.data() + it->first, t.data() + it->second)) return {};
    return list.release();
}
static Value str_split(const Value* args) { return str_split_impl(args, false); }
static Value str_rsplit(const Value* args) { return str_split_impl(args, true); }

static Value str_splitlines(const Value* args) {
    Str* s = as_str(args[0]);
    int64_t keepends;
    if (!text::int_arg(args[1], &keepends)) return {};
    Ref list{list_new(0)};
    const char* p = s->data();
    const char* end = p + s->byte_length;
    const char* line = p;
    while (p < end) {
        const char* q = p;
        uint32_t cp = utf8_decode(q);
        bool brk = cp == '\n' || cp == '\r' || (cp >= 0x0b && cp <= 0x0c) || (cp >= 0x1c && cp <= 0x1e) ||
                   cp == 0x85 || cp == 0x2028 || cp == 0x2029;
        if (!brk) { p = q; continue; }
        const char* eol = q;
        if (cp == '\r' && eol < end && *eol == '\n') eol++;
        if (!append_piece(list.get(), s, line, keepends ? eol : p)) return {};
        p = line = eol;
    }
    if (line < end && !append_piece(list.get(), s, line, end)) return {};
    return list.release();
}

Value str_join(Value sep_v, Value iterable) {
    Str* sep = as_str(sep_v);
    std::vector<Ref> items;
    if (is_tuple(iterable)) {
        Tuple* t = iterable.as<Tuple>();
        items.reserve(static_cast<size_t>(t->size));
        for (int64_t i = 0; i < t->size; i++) items.push_back(Ref::borrow(t->items[i]));
    } else if (is_list(iterable)) {
        ObjectLock lock(iterable.as_object());
        List* l = iterable.as<List>();
        items.reserve(static_cast<size_t>(l->size));
        for (int64_t i = 0; i < l->size; i++) items.push_back(Ref::borrow(l->items[i]));
    } else {
        Ref it{get_iter(iterable)};
        if (!it) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                raise(&exc::TypeError, "can only join an iterable");
            }
            return {};
        }
        while (true) {
            Ref item{iter_next(it.get())};
            if (!item) {
                if (has_error()) return {};
                break;
            }
            items.push_back(std::move(item));
        }
    }
    if (items.empty()) return str_empty();
    int64_t bytes = 0, cps = 0;
    bool ascii = sep->ascii;
    for (size_t i = 0; i < items.size(); i++) {
        Value v = items[i].get();
        if (!is_str(v))
            return raise(&exc::TypeError, "sequence item %zd: expected str instance, %T found", static_cast<int64_t>(i), v);
        Str* s = as_str(v);
        bytes += s->byte_length;
        cps += s->length;
        ascii = ascii && s->ascii;
    }
    if (items.size() == 1 && is_exact_str(items[0].get())) return items[0].release();
    bytes += sep->byte_length * static_cast<int64_t>(items.size() - 1);
    cps += sep->length * static_cast<int64_t>(items.size() - 1);
    if (bytes == 0) return str_empty();
    if (bytes > kMaxStrBytes) return raise_no_memory();
    Str* r = str_alloc(bytes);
    char* out = r->data();
    for (size_t i = 0; i < items.size(); i++) {
        if (i && sep->byte_length) {
            std::memcpy(out, sep->data(), static_cast<size_t>(sep->byte_length));
            out += sep->byte_length;
        }
        Str* s = as_str(items[i].get());
        std::memcpy(out, s->data(), static_cast<size_t>(s->byte_length));
        out += s->byte_length;
    }
    r->length = cps;
    r->ascii = ascii;
    return Value(r);
}

static Value str_join_meth(const Value* args) { return str_join(args[0], args[1]); }

// =============================================================================================
// Methods: stripping, padding, replacing

namespace {

// The characters strip() removes: whitespace, or the code points of `chars`.
struct StripSet {
    bool whitespace = true;
    bool ascii[128] = {};
    std::vector<uint32_t> other;
    bool has(uint32_t cp) const {
        if (whitespace) return unicode::is_space(cp);
        if (cp < 128) return ascii[cp];
        return std::find(other.begin(), other.end(), cp) != other.end();
    }
};

Value strip_impl(const Value* args, bool left, bool right, const char* name) {
    Str* s = as_str(args[0]);
    StripSet set;
    Value chars = args[1];
    if (!chars.is_null() && !is_none(chars)) {
        if (!is_str(chars)) return raise(&exc::TypeError, "%s arg must be None or str", name);
        set.whitespace = false;
        for (CpReader r(as_str(chars)); !r.done();) {
            uint32_t cp = r.next();
            if (cp < 128) set.ascii[cp] = true;
            else set.other.push_back(cp);
        }
    }
    const char* b = s->data();
    const char* e = b + s->byte_length;
    if (left) {
        while (b < e) {
            const char* q = b;
            if (!set.has(utf8_decode(q))) break;
            b = q;
        }
    }
    if (right) {
        while (e > b) {
            const char* q = e;
            if (!set.has(decode_back(q))) break;
            e = q;
        }
    }
    return str_from_bytes_range(s, b - s->data(), e - s->data());
}

bool fill_char_arg(Value v, uint32_t* out) {
    if (v.is_null()) { *out = ' '; return true; }
    if (!is_str(v)) {
        raise(&exc::TypeError, "The fill character must be a unicode character, not %T", v);
        return false;
    }
    if (as_str(v)->length != 1) {
        raise(&exc::TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *out = str_codepoint_at(as_str(v), 0);
    return true;
}

Value pad(Value self, int64_t left, int64_t right, uint32_t fill) {
    Str* s = as_str(self);
    if (left <= 0 && right <= 0) return str_str_slot(self);
    StrBuilder b;
    b.fill(fill, left);
    b.add(s);
    b.fill(fill, right);
    return b.finish();
}

}  // namespace

static Value str_strip(const Value* args) { return strip_impl(args, true, true, "strip"); }
static Value str_lstrip(const Value* args) { return strip_impl(args, true, false, "lstrip"); }
static Value str_rstrip(const Value* args) { return strip_impl(args, false, true, "rstrip"); }

static Value str_center(const Value* args) {
    int64_t width;
    uint32_t fill;
    if (!text::int_arg(args[1], &width) || !fill_char_arg(args[2], &fill)) return {};
    int64_t len = as_str(args[0])->length;
    if (width <= len) return str_str_slot(args[0]);
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(args[0], left, marg - left, fill);
}

static Value str_ljust(const Value* args) {
    int64_t width;
    uint32_t fill;
    if (!text::int_arg(args[1], &width) || !fill_char_arg(args[2], &fill)) return {};
    return pad(args[0], 0, width - as_str(args[0])->length, fill);
}

static Value str_rjust(const Value* args) {
    int64_t width;
    uint32_t fill;
    if (!text::int_arg(args[1], &width) || !fill_char_arg(args[2], &fill)) return {};
    return pad(args[0], width - as_str(args[0])->length, 0, fill);
}

static Value str_zfill(const Value* args) {
    Str* s = as_str(args[0]);
    int64_t width;
    if (!text::int_arg(args[1], &width)) return {};
    if (width <= s->length) return str_str_slot(args[0]);
    int64_t fill = width - s->length;
    std::string out(static_cast<size_t>(fill), '0');
    out.append(s->data(), static_cast<size_t>(s->byte_length));
    if (s->byte_length && (s->data()[0] == '+' || s->data()[0] == '-')) {
        out[0] = s->data()[0];
        out[static_cast<size_t>(fill)] = '0';
    }
    return str_known(out, width);
}

static Value str_expandtabs(const Value* args) {
    Str* s = as_str(args[0]);
    int64_t tabsize;
    if (!text::int_arg(args[1], &tabsize)) return {};
    if (s->view().find('\t') == std::string_view::npos) return str_str_slot(args[0]);
    StrBuilder b;
    int64_t col = 0;
    for (CpReader r(s); !r.done();) {
        uint32_t cp = r.next();
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                b.fill(' ', incr);
                col += incr;
            }
        } else {
            b.add(cp);
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
    }
    return b.finish();
}

static Value str_replace(const Value* args) {
    Str* s = as_str(args[0]);
    if (!is_str(args[1])) return raise(&exc::TypeError, "replace() argument 1 must be str, not %T", args[1]);
    if (!is_str(args[2])) return raise(&exc::TypeError, "replace() argument 2 must be str, not %T", args[2]);
    Str* old = as_str(args[1]);
    Str* rep = as_str(args[2]);
    int64_t count;
    if (!text::int_arg(args[3], &count)) return {};
    if (count < 0) count = INT64_MAX;
    if (count == 0) return str_str_slot(args[0]);
    StrBuilder b;
    if (old->byte_length == 0) {
        int64_t done = 0;
        for (CpReader r(s); !r.done();) {
            if (done < count) { b.add(rep); done++; }
            b.add(r.next());
        }
        if (done < count) b.add(rep);
        return b.finish();
    }
    std::string_view t = s->view();
    size_t pos = 0;
    int64_t done = 0;
    while (done < count) {
        size_t f = t.find(old->view(), pos);
        if (f == std::string_view::npos) break;
        size_t n = f - pos;
        b.add_bytes(t.data() + pos, n, s->ascii ? static_cast<int64_t>(n) : utf8_count(t.data() + pos, n));
        b.add(rep);
        pos = f + old->view().size();
        done++;
    }
    if (done == 0) return str_str_slot(args[0]);
    size_t n = t.size() - pos;
    b.add_bytes(t.data() + pos, n, s->ascii ? static_cast<int64_t>(n) : utf8_count(t.data() + pos, n));
    return b.finish();
}

// =============================================================================================
// Methods: case mapping

namespace {

enum class CaseOp { Upper, Lower, Casefold, Swapcase, Capitalize, Title };

// CPython's final-sigma rule: capital sigma lowercases to ς at the end of a word.
bool is_final_sigma(const std::vector<uint32_t>& cps, size_t i) {
    size_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = cps[--j];
        if (!unicode::is_case_ignorable(c)) { found = true; break; }
    }
    if (!found || !unicode::is_cased(c)) return false;
    for (j = i + 1; j < cps.size(); j++) {
        if (!unicode::is_case_ignorable(cps[j])) return !unicode::is_cased(cps[j]);
    }
    return true;
}

void add_lower(StrBuilder& b, const std::vector<uint32_t>& cps, size_t i) {
    uint32_t c = cps[i];
    if (c == 0x3A3) { b.add(is_final_sigma(cps, i) ? 0x3C2 : 0x3C3); return; }
    uint32_t m[3];
    int n = unicode::to_lower(c, m);
    for (int k = 0; k < n; k++) b.add(m[k]);
}

void add_mapped(StrBuilder& b, uint32_t c, int (*fn)(uint32_t, uint32_t*)) {
    uint32_t m[3];
    int n = fn(c, m);
    for (int k = 0; k < n; k++) b.add(m[k]);
}

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
inline bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

// Case conversions of ASCII bytes; shared with bytes.cpp through this declaration's twin there.
void ascii_case_convert(const char* in, char* out, int64_t n, int op) {
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        char c = in[i];
        switch (static_cast<CaseOp>(op)) {
            case CaseOp::Upper: out[i] = ascii_upper(c); break;
            case CaseOp::Lower: case CaseOp::Casefold: out[i] = ascii_lower(c); break;
            case CaseOp::Swapcase: out[i] = (c >= 'a' && c <= 'z') ? ascii_upper(c) : ascii_lower(c); break;
            case CaseOp::Capitalize: out[i] = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
            case CaseOp::Title:
                out[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
                prev_cased = ascii_alpha(c);
                break;
        }
    }
}

static Value case_convert(Value self, CaseOp op) {
    Str* s = as_str(self);
    if (s->ascii) {
        if (s->byte_length == 0) return str_empty();
        Str* r = str_alloc(s->byte_length);
        ascii_case_convert(s->data(), r->data(), s->byte_length, static_cast<int>(op));
        r->length = s->length;
        r->ascii = true;
        return Value(r);
    }
    std::vector<uint32_t> cps = codepoints_of(s);
    StrBuilder b;
    bool prev_cased = false;
    for (size_t i = 0; i < cps.size(); i++) {
        uint32_t c = cps[i];
        switch (op) {
            case CaseOp::Upper: add_mapped(b, c, unicode::to_upper); break;
            case CaseOp::Lower: add_lower(b, cps, i); break;
            case CaseOp::Casefold: add_mapped(b, c, unicode::to_casefold); break;
            case CaseOp::Swapcase:
                if (unicode::is_upper(c)) add_lower(b, cps, i);
                else if (unicode::is_lower(c)) add_mapped(b, c, unicode::to_upper);
                else b.add(c);
                break;
            case CaseOp::Capitalize:
                if (i == 0) add_mapped(b, c, unicode::to_title);
                else add_lower(b, cps, i);
                break;
            case CaseOp::Title:
                if (prev_cased) add_lower(b, cps, i);
                else add_mapped(b, c, unicode::to_title);
                prev_cased = unicode::is_cased(c);
                break;
        }
    }
    return b.finish();
}

static Value str_upper(const Value* args) { return case_convert(args[0], CaseOp::Upper); }
static Value str_lower(const Value* args) { return case_convert(args[0], CaseOp::Lower); }
static Value str_casefold(const Value* args) { return case_convert(args[0], CaseOp::Casefold); }
static Value str_swapcase(const Value* args) { return case_convert(args[0], CaseOp::Swapcase); }
static Value str_capitalize(const Value* args) { return case_convert(args[0], CaseOp::Capitalize); }
static Value str_title(const Value* args) { return case_convert(args[0], CaseOp::Title); }

// =============================================================================================
// Methods: predicates

namespace {

// True when s is not empty and every code point satisfies pred.
Value all_chars(Value self, bool (*pred)(uint32_t)) {
    Str* s = as_str(self);
    if (s->length == 0) return false_value();
    for (CpReader r(s); !r.done();)
        if (!pred(r.next())) return false_value();
    return true_value();
}

}  // namespace

static Value str_isdigit(const Value* args) { return all_chars(args[0], unicode::is_digit); }
static Value str_isdecimal(const Value* args) { return all_chars(args[0], unicode::is_decimal); }
static Value str_isnumeric(const Value* args) { return all_chars(args[0], unicode::is_numeric); }
static Value str_isalpha(const Value* args) { return all_chars(args[0], unicode::is_alpha); }
static Value str_isalnum(const Value* args) { return all_chars(args[0], unicode::is_alnum); }
static Value str_isspace(const Value* args) { return all_chars(args[0], unicode::is_space); }
static Value str_isascii(const Value* args) { return bool_value(as_str(args[0])->ascii); }

static Value str_isprintable(const Value* args) {
    for (CpReader r(as_str(args[0])); !r.done();)
        if (!unicode::is_printable(r.next())) return false_value();
    return true_value();
}

static Value str_islower(const Value* args) {
    bool cased = false;
    for (CpReader r(as_str(args[0])); !r.done();) {
        uint32_t c = r.next();
        if (unicode::is_upper(c) || unicode::is_title(c)) return false_value();
        if (unicode::is_lower(c)) cased = true;
    }
    return bool_value(cased);
}

static Value str_isupper(const Value* args) {
    bool cased = false;
    for (CpReader r(as_str(args[0])); !r.done();) {
        uint32_t c = r.next();
        if (unicode::is_lower(c) || unicode::is_title(c)) return false_value();
        if (unicode::is_upper(c)) cased = true;
    }
    return bool_value(cased);
}

static Value str_istitle(const Value* args) {
    bool cased = false, prev_cased = false;
    for (CpReader r(as_str(args[0])); !r.done();) {
        uint32_t c = r.next();
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (prev_cased) return false_value();
            prev_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!prev_cased) return false_value();
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_value(cased);
}

static Value str_isidentifier(const Value* args) {
    Str* s = as_str(args[0]);
    if (s->length == 0) return false_value();
    CpReader r(s);
    if (!unicode::is_id_start(r.next())) return false_value();
    while (!r.done())
        if (!unicode::is_id_continue(r.next())) return false_value();
    return true_value();
}

// =============================================================================================
// Methods: translate, maketrans, encode, formatting, misc

static Value str_translate(const Value* args) {
    Str* s = as_str(args[0]);
    Value table = args[1];
    // Per-call cache of the mapping of ASCII characters: most tables are looked up many times.
    enum : uint8_t { kUnknown, kKeep, kDelete, kText };
    uint8_t state[128] = {};
    Ref text_of[128];
    StrBuilder b;
    for (CpReader r(s); !r.done();) {
        uint32_t cp = r.next();
        if (cp < 128 && state[cp] != kUnknown) {
            if (state[cp] == kKeep) b.add(cp);
            else if (state[cp] == kText) b.add(as_str(text_of[cp].get()));
            continue;
        }
        Ref key{Value::small_int(cp)};
        Ref m{getitem(table, key.get())};
        uint8_t st;
        Ref txt;
        if (!m) {
            if (!error_matches(&exc::LookupError)) return {};
            clear_error();
            st = kKeep;
        } else if (is_none(m.get())) {
            st = kDelete;
        } else if (is_int(m.get())) {
            int64_t v;
            if (!int_to_i64(m.get(), &v) || v < 0 || v > 0x10FFFF) {
                clear_error();
                return raise(&exc::ValueError, "character mapping must be in range(0x110000)");
            }
            txt = Ref{str_from_codepoint(static_cast<uint32_t>(v))};
            st = kText;
        } else if (is_str(m.get())) {
            txt = std::move(m);
            st = kText;
        } else {
            return raise(&exc::TypeError, "character mapping must return integer, None or str");
        }
        if (st == kKeep) b.add(cp);
        else if (st == kText) b.add(as_str(txt.get()));
        if (cp < 128) {
            state[cp] = st;
            text_of[cp] = std::move(txt);
        }
    }
    return b.finish();
}

static Value str_maketrans(const Value* args) {
    Value x = args[0], y = args[1], z = args[2];
    Ref d{Value(dict_new())};
    Dict* dict = d.as<Dict>();
    if (y.is_null()) {
        if (!is_dict(x)) return raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        Dict* src = x.as<Dict>();
        while (dict_next(src, &pos, &k, &v)) {
            Ref key;
            if (is_str(k)) {
                if (as_str(k)->length != 1)
                    return raise(&exc::ValueError, "string keys in translate table must be of length 1");
                key = Ref{Value::small_int(str_codepoint_at(as_str(k), 0))};
            } else if (is_int(k)) {
                key = Ref::borrow(k);
            } else {
                return raise(&exc::TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set_item(dict, key.get(), v) < 0) return {};
        }
        return d.release();
    }
    if (!is_str(x)) return raise(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
    if (!is_str(y)) return raise(&exc::TypeError, "maketrans() argument 2 must be str, not %T", y);
    if (as_str(x)->length != as_str(y)->length)
        return raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
    for (CpReader rx(as_str(x)), ry(as_str(y)); !rx.done();) {
        Value k = Value::small_int(rx.next());
        Value v = Value::small_int(ry.next());
        if (dict_set_item(dict, k, v) < 0) return {};
    }
    if (!z.is_null()) {
        if (!is_str(z)) return raise(&exc::TypeError, "maketrans() argument 3 must be str, not %T", z);
        for (CpReader rz(as_str(z)); !rz.done();)
            if (dict_set_item(dict, Value::small_int(rz.next()), none()) < 0) return {};
    }
    return d.release();
}

static Value str_encode_meth(const Value* args) {
    if (!is_str(args[1])) return raise(&exc::TypeError, "encode() argument 'encoding' must be str, not %T", args[1]);
    if (!is_str(args[2])) return raise(&exc::TypeError, "encode() argument 'errors' must be str, not %T", args[2]);
    return str_encode(args[0], as_str(args[1])->data(), as_str(args[2])->data());
}

static Value str_format_meth(const Value* args) { return str_format_method(args[0], args[1], args[2]); }
static Value str_format_map_meth(const Value* args) { return str_format_map(args[0], args[1]); }

static Value str_dunder_format(const Value* args) {
    if (!is_str(args[1])) return raise(&exc::TypeError, "__format__() argument must be str, not %T", args[1]);
    return str_format_spec(args[0], args[1]);
}

static Value str_getnewargs(const Value* args) {
    Ref copy{str_str_slot(args[0])};
    return tuple_pack({copy.get()});
}

static Value str_sizeof(const Value* args) {
    return int_from_i64(static_cast<int64_t>(sizeof(Str)) + as_str(args[0])->byte_length + 1);
}

static const NativeDef str_methods[] = {
    {"join(self, iterable, /)", str_join_meth},
    {"split(self, /, sep=None, maxsplit=-1)", str_split},
    {"rsplit(self, /, sep=None, maxsplit=-1)", str_rsplit},
    {"splitlines(self, /, keepends=False)", str_splitlines},
    {"strip(self, chars=None, /)", str_strip},
    {"lstrip(self, chars=None, /)", str_lstrip},
    {"rstrip(self, chars=None, /)", str_rstrip},
    {"replace(self, old, new, count=-1, /)", str_replace},
    {"find(self, sub, start=None, end=None, /)", str_find, nullptr, kNativeLegacyArgs},
    {"rfind(self, sub, start=None, end=None, /)", str_rfind, nullptr, kNativeLegacyArgs},
    {"index(self, sub, start=None, end=None, /)", str_index, nullptr, kNativeLegacyArgs},
    {"rindex(self, sub, start=None, end=None, /)", str_rindex, nullptr, kNativeLegacyArgs},
    {"count(self, sub, start=None, end=None, /)", str_count, nullptr, kNativeLegacyArgs},
    {"startswith(self, prefix, start=None, end=None, /)", str_startswith, nullptr, kNativeLegacyArgs},
    {"endswith(self, suffix, start=None, end=None, /)", str_endswith, nullptr, kNativeLegacyArgs},
    {"upper(self, /)", str_upper},
    {"lower(self, /)", str_lower},
    {"capitalize(self, /)", str_capitalize},
    {"title(self, /)", str_title},
    {"swapcase(self, /)", str_swapcase},
    {"casefold(self, /)", str_casefold},
    {"center(self, width, fillchar=?, /)", str_center},
    {"ljust(self, width, fillchar=?, /)", str_ljust},
    {"rjust(self, width, fillchar=?, /)", str_rjust},
    {"zfill(self, width, /)", str_zfill},
    {"expandtabs(self, /, tabsize=8)", str_expandtabs},
    {"partition(self, sep, /)", str_partition},
    {"rpartition(self, sep, /)", str_rpartition},
    {"removeprefix(self, prefix, /)", str_removeprefix},
    {"removesuffix(self, suffix, /)", str_removesuffix},
    {"isdigit(self, /)", str_isdigit},
    {"isalpha(self, /)", str_isalpha},
    {"isalnum(self, /)", str_isalnum},
    {"isspace(self, /)", str_isspace},
    {"isupper(self, /)", str_isupper},
    {"islower(self, /)", str_islower},
    {"istitle(self, /)", str_istitle},
    {"isidentifier(self, /)", str_isidentifier},
    {"isnumeric(self, /)", str_isnumeric},
    {"isdecimal(self, /)", str_isdecimal},
    {"isprintable(self, /)", str_isprintable},
    {"isascii(self, /)", str_isascii},
    {"encode(self, /, encoding='utf-8', errors='strict')", str_encode_meth},
    {"format(self, /, *args, **kwargs)", str_format_meth},
    {"format_map(self, mapping, /)", str_format_map_meth},
    {"translate(self, table, /)", str_translate},
    {"maketrans(x, y=?, z=?, /)", str_maketrans, nullptr, kNativeStaticMethod},
    {"__format__(self, format_spec, /)", str_dunder_format},
    {"__getnewargs__(self, /)", str_getnewargs},
    {"__sizeof__(self, /)", str_sizeof},
    {nullptr},
};

// =============================================================================================
// The str iterator: walks the UTF-8 bytes, so a loop over a str is linear in its length.

namespace {

struct StrIter : Object {
    Value str;           // owned; null once exhausted
    int64_t byte_pos;
    int64_t index;       // code points already returned
};

Value str_iter_next(Value it_v) {
    StrIter* it = it_v.as<StrIter>();
    Value done;
    Value result;
    {
        ObjectLock lock(it);
        if (it->str.is_null()) return {};
        Str* s = as_str(it->str);
        if (it->byte_pos >= s->byte_length) {
            done = it->str;
            it->str = Value();
        } else {
            const char* p = s->data() + it->byte_pos;
            const char* start = p;
            uint32_t cp = utf8_decode(p);
            it->byte_pos = p - s->data();
            it->index++;
            result = cp < 256 ? Value(g_chars[cp]) : make_str(start, p - start, 1);
        }
    }
    decref(done);
    return result;
}

Value str_iter_self(Value it) { return newref(it); }

void str_iter_dealloc(Object* o) {
    decref(static_cast<StrIter*>(o)->str);
    free_object_memory(o);
}

void str_iter_traverse(Object* o, VisitFn visit, void* arg) {
    Value s = static_cast<StrIter*>(o)->str;
    if (s.is_object()) visit(s.as_object(), arg);
}

Value str_iter_length_hint(const Value* args) {
    StrIter* it = args[0].as<StrIter>();
    ObjectLock lock(it);
    if (it->str.is_null()) return Value::small_int(0);
    return Value::small_int(as_str(it->str)->length - it->index);
}

const NativeDef str_iter_methods[] = {
    {"__length_hint__(self, /)", str_iter_length_hint},
    {nullptr},
};

}  // namespace

static Value str_iter_slot(Value s) {
    StrIter* it = alloc<StrIter>(as_str(s)->ascii ? &str_ascii_iter_type : &str_iter_type);
    if (!it) return Value{};
    it->str = newref(s);
    it->byte_pos = 0;
    it->index = 0;
    return Value(it);
}

// =============================================================================================
// The constructor: str(object='') and str(bytes_like, encoding='utf-8', errors='strict')

static Value str_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("str(object=?, encoding=?, errors=?)", false);
    Value a[3];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, a, holder)) return {};
    Ref result;
    if (a[0].is_null()) {
        result = Ref{str_empty()};
    } else if (a[1].is_null() && a[2].is_null()) {
        result = Ref{to_str(a[0])};
    } else {
        if (!a[1].is_null() && !is_str(a[1]))
            return raise(&exc::TypeError, "str() argument 'encoding' must be str, not %T", a[1]);
        if (!a[2].is_null() && !is_str(a[2]))
            return raise(&exc::TypeError, "str() argument 'errors' must be str, not %T", a[2]);
        if (is_str(a[0])) return raise(&exc::TypeError, "decoding str is not supported");
        std::string_view data;
        if (!is_bytes(a[0]) && !is_bytearray(a[0]))
            return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
        bytes_like_view(a[0], &data);
        std::string copy(data);    // a bytearray may change while the error handler runs
        result = Ref{str_decode(copy, a[1].is_null() ? nullptr : as_str(a[1])->data(),
                                a[2].is_null() ? nullptr : as_str(a[2])->data())};
    }
    if (!result || type == &str_type) return result.release();
    // A subclass: copy the text into an instance of it.
    Str* src = as_str(result.get());
    Str* s = alloc<Str>(type, static_cast<size_t>(src->byte_length) + 1);
    s->byte_length = src->byte_length;
    s->length = src->length;
    s->ascii = src->ascii;
    s->hash_cache = -1;
    std::memcpy(s->data(), src->data(), static_cast<size_t>(src->byte_length) + 1);
    return Value(s);
}

// =============================================================================================
// Initialization

// Two steps, because init_str_type() runs before the machinery that methods need (names,
// tuples, descriptors) exists: it makes str allocatable and interning work, and sets the slots;
// init_str_methods() (called once the rest of the core is up) adds the methods and readies the
// type and its iterator.
void init_str_type() {
    init_static_type(&str_type, "str", &object_type, sizeof(Str), kTypeBaseType | kTypeStrSubclass);
    str_type.itemsize = 1;
    g_empty = intern("");
    for (uint32_t c = 0; c < 256; c++) {
        char buf[4];
        g_chars[c] = intern(std::string_view(buf, static_cast<size_t>(utf8_encode(c, buf))));
    }
    str_type.doc =
        "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
        "Create a new string object from the given object. If encoding or\n"
        "errors is specified, then the object must expose a data buffer\n"
        "that will be decoded using the given encoding and error handler.\n"
        "Otherwise, returns the result of object.__str__() (if defined)\n"
        "or repr(object).\nencoding defaults to sys.getdefaultencoding().\n"
        "errors defaults to 'strict'.";
    str_type.tp_new = str_tp_new;
    str_type.dealloc = str_dealloc;
    str_type.repr = str_repr_slot;
    str_type.str = str_str_slot;
    str_type.hash = str_hash_slot;
    str_type.richcompare = str_richcompare;
    str_type.iter = str_iter_slot;
    str_type.sq_length = str_len_slot;
    str_type.mp_subscript = str_subscript;
    str_type.sq_contains = str_contains_slot;
    str_type.nb_add = str_add_slot;
    str_type.nb_multiply = str_mul_slot;
    register_sequence_slot(str_add_slot);
    register_sequence_slot(str_mul_slot);
    str_type.nb_remainder = str_mod_slot;
}

void init_str_methods() {
    if (str_type.tpflags & kTypeReady) return;
    add_methods(&str_type, str_methods);
    finalize_type(&str_type);

    for (Type* t : {&str_iter_type, &str_ascii_iter_type}) {
        init_static_type(t, t == &str_iter_type ? "str_iterator" : "str_ascii_iterator", &object_type,
                         sizeof(StrIter), kTypeHasGC);
        t->dealloc = str_iter_dealloc;
        t->traverse = str_iter_traverse;
        t->iter = str_iter_self;
        t->iternext = str_iter_next;
        add_methods(t, str_iter_methods);
        finalize_type(t);
    }
}

}  // namespace minipy::rt
