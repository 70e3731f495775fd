// bytes.cpp — bytes (immutable, data inline like str) and bytearray (a growable buffer).
//
// The two types share almost every method, so each method is written once against a read-only
// view of "self" and builds its result with make_like(), which answers a bytes for bytes and a
// bytearray for bytearray, as CPython does (bytearray(b'a').upper() is a bytearray).
//
// A bytearray can change under a reader in --no-gil mode, so methods read it through Buf, which
// copies a bytearray's contents under its ObjectLock (bytes are immutable and read in place).
// Every mutation of a bytearray holds the ObjectLock and never calls Python code while holding
// it: values are converted (__index__, iteration) before the lock is taken.
//
// Like CPython, the 256 one-byte bytes objects and b'' are immortal and shared.
#include "bytes.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "dict.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "list.hpp"
#include "memoryview.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "range.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "str_format.hpp"
#include "text_util.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type bytes_type;
Type bytearray_type;
Type bytes_iter_type;
Type bytearray_iter_type;

namespace {

Bytes* g_empty_bytes;
Bytes* g_byte_chars[256];
constexpr int64_t kMaxBytes = int64_t(1) << 48;

inline bool is_bytearray_like(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &bytearray_type); }
inline bool is_buffer(Value v) { return is_bytes(v) || is_bytearray_like(v) || is_memoryview(v); }

}  // namespace

// =============================================================================================
// Creation

Bytes* bytes_alloc(int64_t size) {
    Bytes* b = alloc<Bytes>(&bytes_type, static_cast<size_t>(size) + 1);
    b->size = size;
    b->hash_cache = -1;
    b->data()[size] = '\0';
    return b;
}

Value bytes_empty() { return Value(g_empty_bytes); }

Value bytes_from(std::string_view data) {
    if (data.empty() && g_empty_bytes) return Value(g_empty_bytes);
    if (data.size() == 1 && g_byte_chars[0]) return Value(g_byte_chars[static_cast<unsigned char>(data[0])]);
    if (static_cast<int64_t>(data.size()) > kMaxBytes) return raise_no_memory();
    Bytes* b = bytes_alloc(static_cast<int64_t>(data.size()));
    std::memcpy(b->data(), data.data(), data.size());
    return Value(b);
}

// Grows or shrinks the buffer (contents up to the new size are kept). Caller holds the lock.
bool bytearray_resize(ByteArray* a, int64_t size) {
    if (size > kMaxBytes) { raise_no_memory(); return false; }
    if (a->exports > 0 && size != a->size) {
        raise(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }
    if (!a->buffer || size > a->capacity || size < a->capacity / 4) {
        int64_t cap = size + (size >> 3) + (size < 9 ? 3 : 6);
        char* buf = static_cast<char*>(std::realloc(a->buffer, static_cast<size_t>(cap) + 1));
        if (!buf) { raise_no_memory(); return false; }
        a->buffer = buf;
        a->capacity = cap;
    }
    a->size = size;
    a->buffer[size] = '\0';
    return true;
}

static ByteArray* bytearray_alloc(Type* type, std::string_view data) {
    ByteArray* a = alloc<ByteArray>(type);
    a->buffer = nullptr;
    a->size = a->capacity = 0;
    if (!bytearray_resize(a, static_cast<int64_t>(data.size()))) {
        decref(a);
        return nullptr;
    }
    if (!data.empty()) std::memcpy(a->buffer, data.data(), data.size());
    return a;
}

Value bytearray_from(std::string_view data) {
    ByteArray* a = bytearray_alloc(&bytearray_type, data);
    return a ? Value(a) : Value();
}

bool bytes_like_view(Value v, std::string_view* out) {
    if (is_bytes(v)) { *out = v.as<Bytes>()->view(); return true; }
    if (is_bytearray_like(v)) { *out = v.as<ByteArray>()->view(); return true; }
    if (is_memoryview(v)) {
        MemoryView* m = v.as<MemoryView>();
        if (m->obj && m->step != 1 && m->length > 1) {
            raise(&exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
            return false;
        }
        std::string unused;
        return memoryview_bytes(v, out, &unused);
    }
    raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v).c_str());
    return false;
}

namespace {

// A stable read-only view of a bytes or bytearray (see the design note).
struct Buf {
    std::string_view v;
    std::string copy;
    bool set(Value o) {
        if (is_bytes(o)) { v = o.as<Bytes>()->view(); return true; }
        if (is_bytearray_like(o)) {
            ObjectLock lock(o.as_object());
            copy.assign(o.as<ByteArray>()->view());
            v = copy;
            return true;
        }
        if (is_memoryview(o)) {
            std::string gathered;
            std::string_view view;
            if (!memoryview_bytes(o, &view, &gathered)) return false;
            copy.assign(view.data(), view.size());
            v = copy;
            return true;
        }
        raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(o).c_str());
        return false;
    }
    const char* data() const { return v.data(); }
    int64_t size() const { return static_cast<int64_t>(v.size()); }
};

// A result of the same kind as self: bytes for bytes (and its subclasses), bytearray otherwise.
Value make_like(Value self, std::string_view data) {
    return is_bytearray_like(self) ? bytearray_from(data) : bytes_from(data);
}

// An argument that must be an int in range(256) (append, `in`, find): false with an error.
bool byte_value(Value v, int* out, const char* range_msg = "byte must be in range(0, 256)") {
    int64_t i;
    if (!index_to_i64(v, &i, &exc::OverflowError)) return false;
    if (i < 0 || i > 255) {
        raise(&exc::ValueError, "%s", range_msg);
        return false;
    }
    *out = static_cast<int>(i);
    return true;
}

inline bool has_index(Value v) { return is_int(v) || (v.is_object() && type_of(v)->nb_index); }

}  // namespace

// =============================================================================================
// repr

// bytearray's repr escapes every single quote, even inside double quotes (a CPython quirk:
// repr(bytearray(b"it's")) is 'bytearray(b"it\\'s")').
static std::string bytes_repr_text(std::string_view d, bool escape_single) {
    bool has_single = d.find('\'') != std::string_view::npos;
    bool has_double = d.find('"') != std::string_view::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out.reserve(d.size() + 3);
    out += quote;
    for (unsigned char c : d) {
        if (c == quote || c == '\\' || (escape_single && c == '\'')) { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7f) text::append_hex_escape(out, c, 'x');
        else out += static_cast<char>(c);
    }
    out += quote;
    return out;
}

Value bytes_repr(Value v) {
    Buf b;
    if (!b.set(v)) return {};
    if (is_bytes(v)) return str_from(bytes_repr_text(b.v, false));
    std::string out = type_of(v)->tp_name;
    out += '(';
    out += bytes_repr_text(b.v, true);
    out += ')';
    return str_from(out);
}

// =============================================================================================
// Slots shared by bytes and bytearray

static int64_t bytes_len_slot(Value v) {
    if (is_bytes(v)) return v.as<Bytes>()->size;
    return std::atomic_ref<int64_t>(v.as<ByteArray>()->size).load(std::memory_order_relaxed);
}

static int64_t bytes_hash_slot(Value v) {
    Bytes* b = v.as<Bytes>();
    std::atomic_ref<int64_t> cache(b->hash_cache);
    int64_t h = cache.load(std::memory_order_relaxed);
    if (h == -1) {
        h = hash_bytes(b->data(), static_cast<size_t>(b->size));
        cache.store(h, std::memory_order_relaxed);
    }
    return h;
}

static Value bytes_richcompare(Value a, Value b, CompareOp op) {
    // memoryview compares itself (only == and !=).
    if (!is_buffer(a) || !is_buffer(b) || is_memoryview(b)) return not_implemented();
    Buf x, y;
    x.set(a);
    y.set(b);
    int c = x.v.compare(y.v);
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
    }
    return bool_value(r);
}

static int bytes_contains_slot(Value self, Value item) {
    Buf b;
    b.set(self);
    if (has_index(item)) {
        int c;
        if (!byte_value(item, &c)) return -1;
        return b.v.find(static_cast<char>(c)) != std::string_view::npos;
    }
    Buf sub;
    if (!sub.set(item)) return -1;
    return b.v.find(sub.v) != std::string_view::npos;
}

static Value bytes_subscript(Value self, Value key) {
    bool ba = is_bytearray_like(self);
    if (has_index(key) && type_of(key) != &slice_type) {
        int64_t i;
        if (!index_to_i64(key, &i, &exc::IndexError)) return {};
        Buf b;
        b.set(self);
        if (i < 0) i += b.size();
        if (i < 0 || i >= b.size()) return raise(&exc::IndexError, ba ? "bytearray index out of range" : "index out of range");
        return Value::small_int(static_cast<unsigned char>(b.v[static_cast<size_t>(i)]));
    }
    if (type_of(key) == &slice_type) {
        Buf b;
        b.set(self);
        int64_t start, stop, step, n;
        if (!slice_indices(key.as<Slice>(), b.size(), &start, &stop, &step, &n)) return {};
        if (step == 1) {
            if (!ba && n == b.size() && is_exact_bytes(self)) return newref(self);
            return make_like(self, b.v.substr(static_cast<size_t>(start), static_cast<size_t>(std::max<int64_t>(n, 0))));
        }
        std::string out;
        out.reserve(static_cast<size_t>(std::max<int64_t>(n, 0)));
        for (int64_t k = 0, j = start; k < n; k++, j += step) out += b.v[static_cast<size_t>(j)];
        return make_like(self, out);
    }
    return raise(&exc::TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                 type_name(key).c_str());
}

static Value bytes_add_slot(Value a, Value b) {
    if (!is_buffer(a)) return not_implemented();
    if (!is_buffer(b)) {
        return raise(&exc::TypeError, "can't concat %s to %s", type_name(b).c_str(),
                     is_bytearray_like(a) ? "bytearray" : "bytes");
    }
    Buf x, y;
    x.set(a);
    y.set(b);
    if (!is_bytearray_like(a)) {
        if (y.v.empty() && is_exact_bytes(a)) return newref(a);
        if (x.v.empty() && is_exact_bytes(b)) return newref(b);
    }
    std::string out;
    out.reserve(x.v.size() + y.v.size());
    out.append(x.v);
    out.append(y.v);
    return make_like(a, out);
}

static Value repeat_like(Value self, int64_t n) {
    Buf b;
    b.set(self);
    if (n <= 0 || b.v.empty()) return make_like(self, {});
    if (n == 1 && is_exact_bytes(self)) return newref(self);
    if (b.size() > kMaxBytes / n) return raise_no_memory();
    std::string out;
    out.reserve(static_cast<size_t>(b.size() * n));
    for (int64_t i = 0; i < n; i++) out.append(b.v);
    return make_like(self, out);
}

static Value bytes_mul_slot(Value a, Value b) {
    Value s = is_buffer(a) ? a : b;
    Value n = is_buffer(a) ? b : a;
    if (has_index(n)) {
        int64_t count;
        if (!index_to_i64(n, &count, &exc::OverflowError)) return {};
        return repeat_like(s, count);
    }
    return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n).c_str());
}

static Value bytes_mod_slot(Value a, Value b) {
    if (!is_buffer(a)) return not_implemented();
    return bytes_percent_format(a, b);
}

static Value bytes_repr_slot(Value v) { return bytes_repr(v); }

static void bytes_dealloc(Object* o) { free_object_memory(o); }

static void bytearray_dealloc(Object* o) {
    std::free(static_cast<ByteArray*>(o)->buffer);
    free_object_memory(o);
}

// =============================================================================================
// Methods: searching

namespace {

// The `sub` argument of find/count/index: a bytes-like object or an int in range(256).
bool sub_arg(Value v, Buf& out, char* single) {
    if (has_index(v)) {
        int c;
        if (!byte_value(v, &c)) return false;
        *single = static_cast<char>(c);
        out.v = std::string_view(single, 1);
        return true;
    }
    if (!is_buffer(v)) {
        raise(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v).c_str());
        return false;
    }
    return out.set(v);
}

// -1 not found, -2 error.
int64_t bytes_find_impl(const Value* args, bool reverse) {
    Buf sub;
    char single;
    if (!sub_arg(args[1], sub, &single)) return -2;
    int64_t start = 0, end = INT64_MAX;
    if (!text::slice_index_arg(args[2], &start) || !text::slice_index_arg(args[3], &end)) return -2;
    Buf b;
    b.set(args[0]);
    text::adjust_indices(start, end, b.size());
    if (end - start < sub.size()) return -1;
    std::string_view hay = b.v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    size_t f = reverse ? hay.rfind(sub.v) : hay.find(sub.v);
    return f == std::string_view::npos ? -1 : start + static_cast<int64_t>(f);
}

}  // namespace

static Value bytes_find(const Value* args) {
    int64_t r = bytes_find_impl(args, false);
    return r == -2 ? Value() : Value::small_int(r);
}
static Value bytes_rfind(const Value* args) {
    int64_t r = bytes_find_impl(args, true);
    return r == -2 ? Value() : Value::small_int(r);
}
static Value bytes_index(const Value* args) {
    int64_t r = bytes_find_impl(args, false);
    if (r == -1) return raise(&exc::ValueError, "subsection not found");
    return r == -2 ? Value() : Value::small_int(r);
}
static Value bytes_rindex(const Value* args) {
    int64_t r = bytes_find_impl(args, true);
    if (r == -1) return raise(&exc::ValueError, "subsection not found");
    return r == -2 ? Value() : Value::small_int(r);
}

static Value bytes_count(const Value* args) {
    Buf sub;
    char single;
    if (!sub_arg(args[1], sub, &single)) return {};
    int64_t start = 0, end = INT64_MAX;
    if (!text::slice_index_arg(args[2], &start) || !text::slice_index_arg(args[3], &end)) return {};
    Buf b;
    b.set(args[0]);
    text::adjust_indices(start, end, b.size());
    if (end < start) return Value::small_int(0);
    if (sub.v.empty()) return Value::small_int(end - start + 1);
    return Value::small_int(text::count_occurrences(
        b.v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), sub.v));
}

static Value bytes_starts_ends(const Value* args, bool at_end) {
    const char* name = at_end ? "endswith" : "startswith";
    int64_t start0 = 0, end0 = INT64_MAX;
    if (!text::slice_index_arg(args[2], &start0) || !text::slice_index_arg(args[3], &end0)) return {};
    Buf b;
    b.set(args[0]);
    auto match = [&](std::string_view sub) {
        int64_t start = start0, end = end0;
        text::adjust_indices(start, end, b.size());
        end -= static_cast<int64_t>(sub.size());
        if (end < start) return false;
        size_t pos = static_cast<size_t>(at_end ? end : start);
        return b.v.substr(pos, sub.size()) == sub;
    };
    Value what = args[1];
    if (is_tuple(what)) {
        Tuple* t = what.as<Tuple>();
        for (int64_t i = 0; i < t->size; i++) {
            Buf sub;
            if (!sub.set(t->items[i])) return {};
            if (match(sub.v)) return true_value();
        }
        return false_value();
    }
    if (!is_buffer(what))
        return raise(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                     type_name(what).c_str());
    Buf sub;
    sub.set(what);
    return bool_value(match(sub.v));
}
static Value bytes_startswith(const Value* args) { return bytes_starts_ends(args, false); }
static Value bytes_endswith(const Value* args) { return bytes_starts_ends(args, true); }

static Value bytes_partition_impl(const Value* args, bool reverse) {
    Buf sep;
    if (!sep.set(args[1])) return {};
    if (sep.v.empty()) return raise(&exc::ValueError, "empty separator");
    Buf b;
    b.set(args[0]);
    size_t f = reverse ? b.v.rfind(sep.v) : b.v.find(sep.v);
    Ref parts[3];
    if (f == std::string_view::npos) {
        Ref whole{is_exact_bytes(args[0]) ? newref(args[0]) : make_like(args[0], b.v)};
        Ref e1{make_like(args[0], {})};
        Ref e2{make_like(args[0], {})};
        if (!whole || !e1 || !e2) return {};
        return reverse ? tuple_pack({e1.get(), e2.get(), whole.get()}) : tuple_pack({whole.get(), e1.get(), e2.get()});
    }
    parts[0] = Ref{make_like(args[0], b.v.substr(0, f))};
    // bytes returns the separator object itself; bytearray returns a new bytearray.
    parts[1] = is_bytearray_like(args[0]) ? Ref{make_like(args[0], sep.v)} : Ref::borrow(args[1]);
    parts[2] = Ref{make_like(args[0], b.v.substr(f + sep.v.size()))};
    if (!parts[0] || !parts[1] || !parts[2]) return {};
    return tuple_pack({parts[0].get(), parts[1].get(), parts[2].get()});
}
static Value bytes_partition(const Value* args) { return bytes_partition_impl(args, false); }
static Value bytes_rpartition(const Value* args) { return bytes_partition_impl(args, true); }

static Value bytes_removeprefix(const Value* args) {
    Buf p;
    if (!p.set(args[1])) return {};
    Buf b;
    b.set(args[0]);
    if (!p.v.empty() && b.v.substr(0, p.v.size()) == p.v) return make_like(args[0], b.v.substr(p.v.size()));
    if (is_exact_bytes(args[0])) return newref(args[0]);
    return make_like(args[0], b.v);
}

static Value bytes_removesuffix(const Value* args) {
    Buf p;
    if (!p.set(args[1])) return {};
    Buf b;
    b.set(args[0]);
    if (!p.v.empty() && p.v.size() <= b.v.size() && b.v.substr(b.v.size() - p.v.size()) == p.v)
        return make_like(args[0], b.v.substr(0, b.v.size() - p.v.size()));
    if (is_exact_bytes(args[0])) return newref(args[0]);
    return make_like(args[0], b.v);
}

// =============================================================================================
// Methods: splitting, joining, stripping

namespace {

// Python's bytes whitespace: space, \t \n \v \f \r (not the \x1c..\x1f that str adds).
inline bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool append_like(Value list, Value self, std::string_view piece) {
    Ref item{make_like(self, piece)};
    return item && list_append(list, item.get());
}

}  // namespace

static Value bytes_split_impl(const Value* args, bool reverse) {
    int64_t maxsplit;
    if (!text::int_arg(args[2], &maxsplit)) return {};
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Buf sep;
    bool whitespace = is_none(args[1]);
    if (!whitespace && !sep.set(args[1])) return {};
    if (!whitespace && sep.v.empty()) return raise(&exc::ValueError, "empty separator");
    Buf b;
    b.set(args[0]);
    std::string_view t = b.v;
    std::vector<std::string_view> pieces;
    if (whitespace) {
        auto sp = [&](size_t i) { return ascii_space(static_cast<unsigned char>(t[i])); };
        if (!reverse) {
            size_t i = 0, n = t.size();
            while (true) {
                while (i < n && sp(i)) i++;
                if (i == n) break;
                if (maxsplit == 0) { pieces.push_back(t.substr(i)); break; }
                size_t w = i;
                while (i < n && !sp(i)) i++;
                pieces.push_back(t.substr(w, i - w));
                maxsplit--;
            }
        } else {
            size_t i = t.size();
            while (true) {
                while (i > 0 && sp(i - 1)) i--;
                if (i == 0) break;
                if (maxsplit == 0) { pieces.push_back(t.substr(0, i)); break; }
                size_t w = i;
                while (i > 0 && !sp(i - 1)) i--;
                pieces.push_back(t.substr(i, w - i));
                maxsplit--;
            }
            std::reverse(pieces.begin(), pieces.end());
        }
    } else if (!reverse) {
        size_t pos = 0;
        for (int64_t n = 0;; n++) {
            size_t f = n < maxsplit ? t.find(sep.v, pos) : std::string_view::npos;
            if (f == std::string_view::npos) { pieces.push_back(t.substr(pos)); break; }
            pieces.push_back(t.substr(pos, f - pos));
            pos = f + sep.v.size();
        }
    } else {
        size_t end = t.size();
        for (int64_t n = 0;; n++) {
            size_t f = std::string_view::npos;
            if (n < maxsplit && end >= sep.v.size()) f = t.substr(0, end).rfind(sep.v);
            if (f == std::string_view::npos) { pieces.push_back(t.substr(0, end)); break; }
            pieces.push_back(t.substr(f + sep.v.size(), end - f - sep.v.size()));
            end = f;
        }
        std::reverse(pieces.begin(), pieces.end());
    }
    Ref list{list_new(0)};
    for (auto piece : pieces)
        if (!append_like(list.get(), args[0], piece)) return {};
    return list.release();
}
static Value bytes_split(const Value* args) { return bytes_split_impl(args, false); }
static Value bytes_rsplit(const Value* args) { return bytes_split_impl(args, true); }

static Value bytes_splitlines(const Value* args) {
    int64_t keepends;
    if (!text::int_arg(args[1], &keepends)) return {};
    Buf b;
    b.set(args[0]);
    std::string_view t = b.v;
    Ref list{list_new(0)};
    size_t line = 0, i = 0;
    while (i < t.size()) {
        char c = t[i];
        if (c != '\n' && c != '\r') { i++; continue; }
        size_t eol = i + 1;
        if (c == '\r' && eol < t.size() && t[eol] == '\n') eol++;
        if (!append_like(list.get(), args[0], t.substr(line, (keepends ? eol : i) - line))) return {};
        i = line = eol;
    }
    if (line < t.size() && !append_like(list.get(), args[0], t.substr(line))) return {};
    return list.release();
}

static Value bytes_join(const Value* args) {
    Value self = args[0];
    Ref seq{sequence_to_list(args[1])};
    if (!seq) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            raise(&exc::TypeError, "can only join an iterable");
        }
        return {};
    }
    std::vector<Ref> items;
    {
        ObjectLock lock(seq.get().as_object());
        List* l = seq.as<List>();
        for (int64_t i = 0; i < l->size; i++) items.push_back(Ref::borrow(l->items[i]));
    }
    Buf sep;
    sep.set(self);
    std::string out;
    for (size_t i = 0; i < items.size(); i++) {
        Value v = items[i].get();
        if (!is_buffer(v))
            return raise(&exc::TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                         static_cast<int64_t>(i), v);
        if (i) out.append(sep.v);
        Buf piece;
        piece.set(v);
        out.append(piece.v);
    }
    if (items.size() == 1 && is_exact_bytes(items[0].get()) && !is_bytearray_like(self)) return items[0].release();
    return make_like(self, out);
}

static Value bytes_strip_impl(const Value* args, bool left, bool right) {
    bool set[256] = {};
    Value chars = args[1];
    if (chars.is_null() || is_none(chars)) {
        for (int c = 0; c < 256; c++) set[c] = ascii_space(static_cast<unsigned char>(c));
    } else {
        Buf cs;
        if (!cs.set(chars)) return {};
        for (unsigned char c : cs.v) set[c] = true;
    }
    Buf b;
    b.set(args[0]);
    size_t i = 0, j = b.v.size();
    if (left) while (i < j && set[static_cast<unsigned char>(b.v[i])]) i++;
    if (right) while (j > i && set[static_cast<unsigned char>(b.v[j - 1])]) j--;
    if (i == 0 && j == b.v.size() && is_exact_bytes(args[0])) return newref(args[0]);
    return make_like(args[0], b.v.substr(i, j - i));
}
static Value bytes_strip(const Value* args) { return bytes_strip_impl(args, true, true); }
static Value bytes_lstrip(const Value* args) { return bytes_strip_impl(args, true, false); }
static Value bytes_rstrip(const Value* args) { return bytes_strip_impl(args, false, true); }

// =============================================================================================
// Methods: padding, replacing, case, predicates

namespace {

bool byte_fill_arg(Value v, const char* fname, char* out) {
    if (v.is_null()) { *out = ' '; return true; }
    if (is_buffer(v)) {
        Buf b;
        b.set(v);
        if (b.v.size() == 1) { *out = b.v[0]; return true; }
    }
    raise(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", fname, type_name(v).c_str());
    return false;
}

Value bytes_pad(Value self, int64_t left, int64_t right, char fill) {
    Buf b;
    b.set(self);
    if (left <= 0 && right <= 0) {
        if (is_exact_bytes(self)) return newref(self);
        return make_like(self, b.v);
    }
    std::string out;
    out.append(static_cast<size_t>(std::max<int64_t>(left, 0)), fill);
    out.append(b.v);
    out.append(static_cast<size_t>(std::max<int64_t>(right, 0)), fill);
    return make_like(self, out);
}

}  // namespace

static Value bytes_center(const Value* args) {
    int64_t width;
    char fill;
    if (!text::int_arg(args[1], &width) || !byte_fill_arg(args[2], "center", &fill)) return {};
    int64_t len = bytes_len_slot(args[0]);
    if (width <= len) return bytes_pad(args[0], 0, 0, fill);
    int64_t marg = width - len;
    int64_t left = marg / 2 + (marg & width & 1);
    return bytes_pad(args[0], left, marg - left, fill);
}
static Value bytes_ljust(const Value* args) {
    int64_t width;
    char fill;
    if (!text::int_arg(args[1], &width) || !byte_fill_arg(args[2], "ljust", &fill)) return {};
    return bytes_pad(args[0], 0, width - bytes_len_slot(args[0]), fill);
}
static Value bytes_rjust(const Value* args) {
    int64_t width;
    char fill;
    if (!text::int_arg(args[1], &width) || !byte_fill_arg(args[2], "rjust", &fill)) return {};
    return bytes_pad(args[0], width - bytes_len_slot(args[0]), 0, fill);
}

static Value bytes_zfill(const Value* args) {
    int64_t width;
    if (!text::int_arg(args[1], &width)) return {};
    Buf b;
    b.set(args[0]);
    if (width <= b.size()) return bytes_pad(args[0], 0, 0, ' ');
    size_t fill = static_cast<size_t>(width - b.size());
    std::string out(fill, '0');
    out.append(b.v);
    if (!b.v.empty() && (b.v[0] == '+' || b.v[0] == '-')) {
        out[0] = b.v[0];
        out[fill] = '0';
    }
    return make_like(args[0], out);
}

static Value bytes_expandtabs(const Value* args) {
    int64_t tabsize;
    if (!text::int_arg(args[1], &tabsize)) return {};
    Buf b;
    b.set(args[0]);
    std::string out;
    int64_t col = 0;
    for (char c : b.v) {
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                out.append(static_cast<size_t>(incr), ' ');
                col += incr;
            }
        } else {
            out += c;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return make_like(args[0], out);
}

static Value bytes_replace(const Value* args) {
    Buf old, rep;
    if (!old.set(args[1]) || !rep.set(args[2])) return {};
    int64_t count;
    if (!text::int_arg(args[3], &count)) return {};
    if (count < 0) count = INT64_MAX;
    Buf b;
    b.set(args[0]);
    std::string out;
    int64_t done = 0;
    if (old.v.empty()) {
        for (char c : b.v) {
            if (done < count) { out.append(rep.v); done++; }
            out += c;
        }
        if (done < count) out.append(rep.v);
        return make_like(args[0], out);
    }
    size_t pos = 0;
    while (done < count) {
        size_t f = b.v.find(old.v, pos);
        if (f == std::string_view::npos) break;
        out.append(b.v.substr(pos, f - pos));
        out.append(rep.v);
        pos = f + old.v.size();
        done++;
    }
    if (done == 0 && is_exact_bytes(args[0])) return newref(args[0]);
    out.append(b.v.substr(pos));
    return make_like(args[0], out);
}

static Value bytes_case(const Value* args, int op) {
    Buf b;
    b.set(args[0]);
    std::string out(b.v.size(), '\0');
    ascii_case_convert(b.v.data(), out.data(), b.size(), op);
    return make_like(args[0], out);
}
static Value bytes_upper(const Value* args) { return bytes_case(args, 0); }
static Value bytes_lower(const Value* args) { return bytes_case(args, 1); }
static Value bytes_swapcase(const Value* args) { return bytes_case(args, 3); }
static Value bytes_capitalize(const Value* args) { return bytes_case(args, 4); }
static Value bytes_title(const Value* args) { return bytes_case(args, 5); }

namespace {

inline bool a_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool a_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool a_alpha(unsigned char c) { return a_lower(c) || a_upper(c); }
inline bool a_digit(unsigned char c) { return c >= '0' && c <= '9'; }

Value bytes_all(Value self, bool (*pred)(unsigned char)) {
    Buf b;
    b.set(self);
    if (b.v.empty()) return false_value();
    for (unsigned char c : b.v)
        if (!pred(c)) return false_value();
    return true_value();
}

}  // namespace

static Value bytes_isalpha(const Value* args) { return bytes_all(args[0], a_alpha); }
static Value bytes_isdigit(const Value* args) { return bytes_all(args[0], a_digit); }
static Value bytes_isalnum(const Value* args) {
    return bytes_all(args[0], [](unsigned char c) { return a_alpha(c) || a_digit(c); });
}
static Value bytes_isspace(const Value* args) { return bytes_all(args[0], ascii_space); }
static Value bytes_isascii(const Value* args) {
    Buf b;
    b.set(args[0]);
    for (unsigned char c : b.v)
        if (c >= 0x80) return false_value();
    return true_value();
}
static Value bytes_islower(const Value* args) {
    Buf b;
    b.set(args[0]);
    bool cased = false;
    for (unsigned char c : b.v) {
        if (a_upper(c)) return false_value();
        if (a_lower(c)) cased = true;
    }
    return bool_value(cased);
}
static Value bytes_isupper(const Value* args) {
    Buf b;
    b.set(args[0]);
    bool cased = false;
    for (unsigned char c : b.v) {
        if (a_lower(c)) return false_value();
        if (a_upper(c)) cased = true;
    }
    return bool_value(cased);
}
static Value bytes_istitle(const Value* args) {
    Buf b;
    b.set(args[0]);
    bool cased = false, prev = false;
    for (unsigned char c : b.v) {
        if (a_upper(c)) {
            if (prev) return false_value();
            prev = cased = true;
        } else if (a_lower(c)) {
            if (!prev) return false_value();
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return bool_value(cased);
}

// =============================================================================================
// Methods: conversion (decode, hex, fromhex, translate, maketrans)

static Value bytes_decode(const Value* args) {
    if (!is_str(args[1])) return raise(&exc::TypeError, "decode() argument 'encoding' must be str, not %T", args[1]);
    if (!is_str(args[2])) return raise(&exc::TypeError, "decode() argument 'errors' must be str, not %T", args[2]);
    Buf b;
    b.set(args[0]);
    return str_decode(b.v, str_view(args[1]).data(), str_view(args[2]).data());
}

static Value bytes_hex(const Value* args) {
    char sep = 0;
    if (!args[1].is_null()) {
        std::string_view s;
        Buf sb;
        if (is_str(args[1])) {
            s = str_view(args[1]);
            if (args[1].as<Str>()->length != 1) return raise(&exc::ValueError, "sep must be length 1.");
        } else if (is_buffer(args[1])) {
            sb.set(args[1]);
            s = sb.v;
            if (s.size() != 1) return raise(&exc::ValueError, "sep must be length 1.");
        } else {
            return raise(&exc::TypeError, "object of type '%s' has no len()", type_name(args[1]).c_str());
        }
        if (static_cast<unsigned char>(s[0]) >= 0x80) return raise(&exc::ValueError, "sep must be ASCII.");
        sep = s[0];
    }
    int64_t per;
    if (!text::int_arg(args[2], &per)) return {};
    Buf b;
    b.set(args[0]);
    static const char digits[] = "0123456789abcdef";
    std::string out;
    size_t n = b.v.size();
    int64_t group = per < 0 ? -per : per;
    for (size_t i = 0; i < n; i++) {
        if (sep && group > 0 && i > 0) {
            // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
            size_t k = per > 0 ? n - i : i;
            if (k % static_cast<size_t>(group) == 0) out += sep;
        }
        unsigned char c = static_cast<unsigned char>(b.v[i]);
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return str_from(out);
}

static Value bytes_fromhex(const Value* args) {
    Value cls = args[0];
    if (!is_str(args[1])) return raise(&exc::TypeError, "fromhex() argument must be str, not %T", args[1]);
    Str* s = args[1].as<Str>();
    std::vector<uint32_t> cps;
    for (const char* p = s->data(), *e = p + s->byte_length; p < e;) cps.push_back(utf8_decode(p));
    auto hexval = [](uint32_t c) -> int {
        if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
        return -1;
    };
    std::string out;
    size_t i = 0, n = cps.size();
    while (true) {
        while (i < n && cps[i] < 128 && ascii_space(static_cast<unsigned char>(cps[i]))) i++;
        if (i >= n) break;
        int hi = hexval(cps[i]);
        int lo = i + 1 < n ? hexval(cps[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                         static_cast<int64_t>(hi < 0 ? i : i + 1));
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    Ref result{cls == Value(&bytearray_type) || is_subtype(reinterpret_cast<Type*>(cls.as_object()), &bytearray_type)
                   ? bytearray_from(out)
                   : bytes_from(out)};
    if (!result || cls == Value(&bytes_type) || cls == Value(&bytearray_type)) return result.release();
    return call1(cls, result.get());
}

static Value bytes_translate(const Value* args) {
    Buf table;
    bool have_table = !is_none(args[1]);
    if (have_table) {
        if (!table.set(args[1])) return {};
        if (table.v.size() != 256) return raise(&exc::ValueError, "translation table must be 256 characters long");
    }
    bool del[256] = {};
    if (!args[2].is_null()) {
        Buf d;
        if (!d.set(args[2])) return {};
        for (unsigned char c : d.v) del[c] = true;
    }
    Buf b;
    b.set(args[0]);
    std::string out;
    out.reserve(b.v.size());
    for (unsigned char c : b.v) {
        if (del[c]) continue;
        out += have_table ? table.v[c] : static_cast<char>(c);
    }
    return make_like(args[0], out);
}

static Value bytes_maketrans(const Value* args) {
    Buf from, to;
    if (!from.set(args[0]) || !to.set(args[1])) return {};
    if (from.v.size() != to.v.size()) return raise(&exc::ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int c = 0; c < 256; c++) table[static_cast<size_t>(c)] = static_cast<char>(c);
    for (size_t i = 0; i < from.v.size(); i++) table[static_cast<unsigned char>(from.v[i])] = to.v[i];
    return bytes_from(table);
}

static Value bytes_dunder_bytes(const Value* args) {
    if (is_exact_bytes(args[0])) return newref(args[0]);
    return bytes_from(args[0].as<Bytes>()->view());
}

static Value bytearray_alloc_meth(const Value* args) {
    ObjectLock lock(args[0].as_object());
    return int_from_i64(args[0].as<ByteArray>()->capacity + 1);
}

static Value bytes_getnewargs(const Value* args) {
    Ref copy{bytes_from(args[0].as<Bytes>()->view())};
    return tuple_pack({copy.get()});
}

static Value bytes_sizeof(const Value* args) {
    if (is_bytes(args[0])) return int_from_i64(static_cast<int64_t>(sizeof(Bytes)) + args[0].as<Bytes>()->size + 1);
    ObjectLock lock(args[0].as_object());
    return int_from_i64(static_cast<int64_t>(sizeof(ByteArray)) + args[0].as<ByteArray>()->capacity + 1);
}

static Value bytes_dunder_format(const Value* args) {
    if (!is_str(args[1])) return raise(&exc::TypeError, "__format__() argument must be str, not %T", args[1]);
    Ref s{to_str(args[0])};
    if (!s) return {};
    return str_format_spec(s.get(), args[1]);
}

// The methods bytes and bytearray share (each result has self's kind).
static const NativeDef common_methods[] = {
    {"decode(self, /, encoding='utf-8', errors='strict')", bytes_decode},
    {"hex(self, /, sep=?, bytes_per_sep=1)", bytes_hex},
    {"fromhex(cls, string, /)", bytes_fromhex, nullptr, kNativeClassMethod},
    {"join(self, iterable_of_bytes, /)", bytes_join},
    {"split(self, /, sep=None, maxsplit=-1)", bytes_split},
    {"rsplit(self, /, sep=None, maxsplit=-1)", bytes_rsplit},
    {"splitlines(self, /, keepends=False)", bytes_splitlines},
    {"strip(self, bytes=None, /)", bytes_strip},
    {"lstrip(self, bytes=None, /)", bytes_lstrip},
    {"rstrip(self, bytes=None, /)", bytes_rstrip},
    {"replace(self, old, new, count=-1, /)", bytes_replace},
    {"find(self, sub, start=None, end=None, /)", bytes_find, nullptr, kNativeLegacyArgs},
    {"rfind(self, sub, start=None, end=None, /)", bytes_rfind, nullptr, kNativeLegacyArgs},
    {"index(self, sub, start=None, end=None, /)", bytes_index, nullptr, kNativeLegacyArgs},
    {"rindex(self, sub, start=None, end=None, /)", bytes_rindex, nullptr, kNativeLegacyArgs},
    {"count(self, sub, start=None, end=None, /)", bytes_count, nullptr, kNativeLegacyArgs},
    {"startswith(self, prefix, start=None, end=None, /)", bytes_startswith, nullptr, kNativeLegacyArgs},
    {"endswith(self, suffix, start=None, end=None, /)", bytes_endswith, nullptr, kNativeLegacyArgs},
    {"upper(self, /)", bytes_upper},
    {"lower(self, /)", bytes_lower},
    {"swapcase(self, /)", bytes_swapcase},
    {"capitalize(self, /)", bytes_capitalize},
    {"title(self, /)", bytes_title},
    {"isalnum(self, /)", bytes_isalnum},
    {"isalpha(self, /)", bytes_isalpha},
    {"isascii(self, /)", bytes_isascii},
    {"isdigit(self, /)", bytes_isdigit},
    {"islower(self, /)", bytes_islower},
    {"isspace(self, /)", bytes_isspace},
    {"istitle(self, /)", bytes_istitle},
    {"isupper(self, /)", bytes_isupper},
    {"partition(self, sep, /)", bytes_partition},
    {"rpartition(self, sep, /)", bytes_rpartition},
    {"removeprefix(self, prefix, /)", bytes_removeprefix},
    {"removesuffix(self, suffix, /)", bytes_removesuffix},
    {"center(self, width, fillchar=?, /)", bytes_center},
    {"ljust(self, width, fillchar=?, /)", bytes_ljust},
    {"rjust(self, width, fillchar=?, /)", bytes_rjust},
    {"zfill(self, width, /)", bytes_zfill},
    {"expandtabs(self, /, tabsize=8)", bytes_expandtabs},
    {"translate(self, table, /, delete=?)", bytes_translate},
    {"maketrans(frm, to, /)", bytes_maketrans, nullptr, kNativeStaticMethod},
    {"__format__(self, format_spec, /)", bytes_dunder_format},
    {"__sizeof__(self, /)", bytes_sizeof},
    {nullptr},
};

static const NativeDef bytes_only_methods[] = {
    {"__getnewargs__(self, /)", bytes_getnewargs},
    {"__bytes__(self, /)", bytes_dunder_bytes},
    {nullptr},
};

// =============================================================================================
// Constructors

namespace {

// Collects the ints of an iterable (each in range(256)) into out. `what` names the type for the
// "cannot convert 'float' object to bytes" message.
bool ints_from_iterable(Value iterable, std::string& out, const char* what, const char* range_msg) {
    Ref it{get_iter(iterable)};
    if (!it) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            raise(&exc::TypeError, "cannot convert '%s' object to %s", type_name(iterable).c_str(), what);
        }
        return false;
    }
    while (true) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        int c;
        if (!byte_value(item.get(), &c, range_msg)) return false;
        out += static_cast<char>(c);
    }
}

// The contents for bytes(x) / bytearray(x, encoding, errors); false with an error set.
bool constructor_contents(Value x, Value encoding, Value errors, const char* what, std::string& out) {
    if (x.is_null()) {
        if (!encoding.is_null()) { raise(&exc::TypeError, "encoding without a string argument"); return false; }
        if (!errors.is_null()) { raise(&exc::TypeError, "errors without a string argument"); return false; }
        return true;
    }
    if (!encoding.is_null()) {
        if (!is_str(encoding)) {
            raise(&exc::TypeError, "%s() argument 'encoding' must be str, not %T", what, encoding);
            return false;
        }
        if (!errors.is_null() && !is_str(errors)) {
            raise(&exc::TypeError, "%s() argument 'errors' must be str, not %T", what, errors);
            return false;
        }
        if (!is_str(x)) { raise(&exc::TypeError, "encoding without a string argument"); return false; }
        Ref b{str_encode(x, str_view(encoding).data(), errors.is_null() ? nullptr : str_view(errors).data())};
        if (!b) return false;
        out.assign(b.as<Bytes>()->view());
        return true;
    }
    if (!errors.is_null()) {
        raise(&exc::TypeError, is_str(x) ? "string argument without an encoding" : "errors without a string argument");
        return false;
    }
    if (is_str(x)) { raise(&exc::TypeError, "string argument without an encoding"); return false; }
    if (Value m = type_lookup(type_of(x), names::__bytes__); m && std::string_view(what) == "bytes") {
        Ref r{call_method0(x, "__bytes__")};
        if (!r) return false;
        if (!is_bytes(r.get())) {
            raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r.get()).c_str());
            return false;
        }
        out.assign(r.as<Bytes>()->view());
        return true;
    }
    if (is_buffer(x)) {
        Buf b;
        b.set(x);
        out.assign(b.v);
        return true;
    }
    if (has_index(x)) {
        int64_t n;
        if (!index_to_i64(x, &n, &exc::OverflowError)) return false;
        if (n < 0) { raise(&exc::ValueError, "negative count"); return false; }
        if (n > kMaxBytes) { raise_no_memory(); return false; }
        out.assign(static_cast<size_t>(n), '\0');
        return true;
    }
    return ints_from_iterable(x, out, what,
                              std::string_view(what) == "bytes" ? "bytes must be in range(0, 256)"
                                                                : "byte must be in range(0, 256)");
}

}  // namespace

static Value bytes_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("bytes(source=?, encoding=?, errors=?)", false);
    Value a[3];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, a, holder)) return {};
    if (type == &bytes_type && is_exact_bytes(a[0]) && a[1].is_null() && a[2].is_null()) return newref(a[0]);
    std::string data;
    if (!constructor_contents(a[0], a[1], a[2], "bytes", data)) return {};
    if (type == &bytes_type) return bytes_from(data);
    Bytes* b = alloc<Bytes>(type, data.size() + 1);
    b->size = static_cast<int64_t>(data.size());
    b->hash_cache = -1;
    std::memcpy(b->data(), data.data(), data.size());
    b->data()[data.size()] = '\0';
    return Value(b);
}

static Value bytearray_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    ByteArray* a = bytearray_alloc(type, {});
    return a ? Value(a) : Value();
}

static int bytearray_tp_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("bytearray(source=?, encoding=?, errors=?)", false);
    Value a[3];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, a, holder)) return -1;
    std::string data;
    if (!constructor_contents(a[0], a[1], a[2], "bytearray", data)) return -1;
    ObjectLock lock(self.as_object());
    ByteArray* ba = self.as<ByteArray>();
    if (!bytearray_resize(ba, static_cast<int64_t>(data.size()))) return -1;
    if (!data.empty()) std::memcpy(ba->buffer, data.data(), data.size());
    return 0;
}

// =============================================================================================
// bytearray mutation

namespace {

// The bytes an assignment to a bytearray slice provides: bytes-like or an iterable of ints.
bool assigned_contents(Value v, std::string& out) {
    if (is_buffer(v)) {
        Buf b;
        b.set(v);
        out.assign(b.v);
        return true;
    }
    if (is_str(v) || has_index(v)) {
        raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    Ref it{get_iter(v)};
    if (!it) {
        clear_error();
        raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    while (true) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        int c;
        if (!byte_value(item.get(), &c)) return false;
        out += static_cast<char>(c);
    }
}

// Replaces [start, stop) with data. Caller holds the lock.
bool splice(ByteArray* a, int64_t start, int64_t stop, std::string_view data) {
    int64_t old_size = a->size;
    int64_t removed = stop - start;
    int64_t new_size = old_size - removed + static_cast<int64_t>(data.size());
    if (new_size > old_size) {
        if (!bytearray_resize(a, new_size)) return false;
        std::memmove(a->buffer + start + data.size(), a->buffer + stop, static_cast<size_t>(old_size - stop));
    } else {
        std::memmove(a->buffer + start + data.size(), a->buffer + stop, static_cast<size_t>(old_size - stop));
        if (!bytearray_resize(a, new_size)) return false;
    }
    if (!data.empty()) std::memcpy(a->buffer + start, data.data(), data.size());
    return true;
}

}  // namespace

static int bytearray_ass_subscript(Value self, Value key, Value v) {
    ByteArray* a = self.as<ByteArray>();
    if (has_index(key) && type_of(key) != &slice_type) {
        int64_t i;
        if (!index_to_i64(key, &i, &exc::IndexError)) return -1;
        int c = 0;
        if (!v.is_null() && !byte_value(v, &c)) return -1;
        ObjectLock lock(a);
        if (i < 0) i += a->size;
        if (i < 0 || i >= a->size) {
            raise(&exc::IndexError, "bytearray index out of range");
            return -1;
        }
        if (v.is_null()) return splice(a, i, i + 1, {}) ? 0 : -1;
        a->buffer[i] = static_cast<char>(c);
        return 0;
    }
    if (type_of(key) != &slice_type) {
        raise(&exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(key).c_str());
        return -1;
    }
    std::string data;
    if (!v.is_null() && !assigned_contents(v, data)) return -1;
    ObjectLock lock(a);
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), a->size, &start, &stop, &step, &n)) return -1;
    if (step == 1) {
        if (stop < start) stop = start;
        return splice(a, start, stop, data) ? 0 : -1;
    }
    if (v.is_null()) {
        // Delete every step-th byte: compact the survivors.
        if (n <= 0) return 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start;
        for (int64_t r = start, k = 0; r < a->size; r++) {
            if (k < n && r == start + k * step) { k++; continue; }
            a->buffer[w++] = a->buffer[r];
        }
        return bytearray_resize(a, w) ? 0 : -1;
    }
    if (static_cast<int64_t>(data.size()) != n) {
        raise(&exc::ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd",
              static_cast<int64_t>(data.size()), n);
        return -1;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) a->buffer[j] = data[static_cast<size_t>(k)];
    return 0;
}

static bool bytearray_extend_with(Value self, Value iterable) {
    std::string data;
    if (is_buffer(iterable)) {
        Buf b;
        b.set(iterable);
        data.assign(b.v);
    } else {
        Ref it{get_iter(iterable)};
        if (!it) {
            if (error_matches(&exc::TypeError)) {
                clear_error();
                raise(&exc::TypeError, "can't extend bytearray with %s", type_name(iterable).c_str());
            }
            return false;
        }
        while (true) {
            Ref item{iter_next(it.get())};
            if (!item) {
                if (has_error()) return false;
                break;
            }
            int c;
            if (!byte_value(item.get(), &c)) return false;
            data += static_cast<char>(c);
        }
    }
    ObjectLock lock(self.as_object());
    ByteArray* a = self.as<ByteArray>();
    return splice(a, a->size, a->size, data);
}

static Value bytearray_append(const Value* args) {
    int c;
    if (!byte_value(args[1], &c)) return {};
    ObjectLock lock(args[0].as_object());
    ByteArray* a = args[0].as<ByteArray>();
    if (!bytearray_resize(a, a->size + 1)) return {};
    a->buffer[a->size - 1] = static_cast<char>(c);
    return none();
}

static Value bytearray_extend(const Value* args) {
    return bytearray_extend_with(args[0], args[1]) ? none() : Value();
}

static Value bytearray_insert(const Value* args) {
    int64_t i;
    int c;
    if (!index_to_i64(args[1], &i, nullptr) || !byte_value(args[2], &c)) return {};
    ObjectLock lock(args[0].as_object());
    ByteArray* a = args[0].as<ByteArray>();
    if (i < 0) { i += a->size; if (i < 0) i = 0; }
    if (i > a->size) i = a->size;
    char ch = static_cast<char>(c);
    return splice(a, i, i, std::string_view(&ch, 1)) ? none() : Value();
}

static Value bytearray_pop(const Value* args) {
    int64_t i;
    if (!text::int_arg(args[1], &i)) return {};
    ObjectLock lock(args[0].as_object());
    ByteArray* a = args[0].as<ByteArray>();
    if (a->size == 0) return raise(&exc::IndexError, "pop from empty bytearray");
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) return raise(&exc::IndexError, "pop index out of range");
    int c = static_cast<unsigned char>(a->buffer[i]);
    if (!splice(a, i, i + 1, {})) return {};
    return Value::small_int(c);
}

static Value bytearray_remove(const Value* args) {
    int c;
    if (!byte_value(args[1], &c)) return {};
    ObjectLock lock(args[0].as_object());
    ByteArray* a = args[0].as<ByteArray>();
    const void* p = a->size ? std::memchr(a->buffer, c, static_cast<size_t>(a->size)) : nullptr;
    if (!p) return raise(&exc::ValueError, "value not found in bytearray");
    int64_t i = static_cast<const char*>(p) - a->buffer;
    return splice(a, i, i + 1, {}) ? none() : Value();
}

static Value bytearray_clear(const Value* args) {
    ObjectLock lock(args[0].as_object());
    return bytearray_resize(args[0].as<ByteArray>(), 0) ? none() : Value();
}

static Value bytearray_copy(const Value* args) {
    Buf b;
    b.set(args[0]);
    return bytearray_from(b.v);
}

static Value bytearray_reverse(const Value* args) {
    ObjectLock lock(args[0].as_object());
    ByteArray* a = args[0].as<ByteArray>();
    std::reverse(a->buffer, a->buffer + a->size);
    return none();
}

static Value bytearray_iadd(Value a, Value b) {
    if (!is_bytearray_like(a)) return not_implemented();
    if (!is_buffer(b)) return raise(&exc::TypeError, "can't concat %s to bytearray", type_name(b).c_str());
    if (!bytearray_extend_with(a, b)) return {};
    return newref(a);
}

static Value bytearray_imul(Value a, Value b) {
    if (!is_bytearray_like(a)) return not_implemented();
    if (!has_index(b)) return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b).c_str());
    int64_t n;
    if (!index_to_i64(b, &n, &exc::OverflowError)) return {};
    ObjectLock lock(a.as_object());
    ByteArray* ba = a.as<ByteArray>();
    int64_t size = ba->size;
    if (n <= 0 || size == 0) {
        if (!bytearray_resize(ba, 0)) return {};
        return newref(a);
    }
    if (size > kMaxBytes / n) return raise_no_memory();
    if (!bytearray_resize(ba, size * n)) return {};
    for (int64_t k = 1; k < n; k++) std::memcpy(ba->buffer + k * size, ba->buffer, static_cast<size_t>(size));
    return newref(a);
}

// bytearray's pickling recipe: (type, (text, 'latin-1') or (bytes,), state); protocols below 3
// use the str form, as CPython does for Python 2 compatibility.
static Value bytearray_common_reduce(Value self, int64_t proto) {
    Ref state{object_state(self)};
    if (!state) return {};
    std::string data;
    {
        ObjectLock lock(self.as_object());
        ByteArray* ba = self.as<ByteArray>();
        if (ba->size) data.assign(ba->buffer, static_cast<size_t>(ba->size));
    }
    if (data.empty()) return tuple_pack({Value(type_of(self)), tuple_empty(), state.get()});
    Ref args;
    if (proto < 3) {
        Ref text{str_decode(data, "latin-1", "strict")};
        Ref enc{str_from("latin-1")};
        if (!text || !enc) return {};
        args = Ref{tuple_pack({text.get(), enc.get()})};
    } else {
        Ref b{bytes_from(data)};
        if (!b) return {};
        args = Ref{tuple_pack({b.get()})};
    }
    if (!args) return {};
    return tuple_pack({Value(type_of(self)), args.get(), state.get()});
}

static Value bytearray_reduce(const Value* args) { return bytearray_common_reduce(args[0], 2); }
static Value bytearray_reduce_ex(const Value* args) {
    int64_t proto;
    if (!index_to_i64(args[1], &proto, &exc::OverflowError)) return {};
    return bytearray_common_reduce(args[0], proto);
}

static const NativeDef bytearray_methods[] = {
    {"__reduce__(self, /)", bytearray_reduce, nullptr, 0, "Return state information for pickling."},
    {"__reduce_ex__(self, proto=0, /)", bytearray_reduce_ex, nullptr, 0, "Return state information for pickling."},
    {"append(self, item, /)", bytearray_append},
    {"extend(self, iterable_of_ints, /)", bytearray_extend},
    {"insert(self, index, item, /)", bytearray_insert},
    {"pop(self, index=-1, /)", bytearray_pop},
    {"remove(self, value, /)", bytearray_remove},
    {"clear(self, /)", bytearray_clear},
    {"copy(self, /)", bytearray_copy},
    {"reverse(self, /)", bytearray_reverse},
    {"__alloc__(self, /)", bytearray_alloc_meth},
    {nullptr},
};

// =============================================================================================
// Iterators: bytes_iterator and bytearray_iterator (the latter rechecks the size each step,
// since the bytearray may shrink while it is iterated).

namespace {

struct BytesIter : Object {
    Value seq;           // owned; null once exhausted
    int64_t index;
};

Value bytes_iter_next(Value it_v) {
    BytesIter* it = it_v.as<BytesIter>();
    Value done;
    Value result;
    {
        ObjectLock lock(it);
        if (it->seq.is_null()) return {};
        Value seq = it->seq;
        int64_t size;
        int c = 0;
        if (is_bytes(seq)) {
            size = seq.as<Bytes>()->size;
            if (it->index < size) c = static_cast<unsigned char>(seq.as<Bytes>()->data()[it->index]);
        } else {
            ObjectLock inner(seq.as_object());
            size = seq.as<ByteArray>()->size;
            if (it->index < size) c = static_cast<unsigned char>(seq.as<ByteArray>()->buffer[it->index]);
        }
        if (it->index >= size) {
            done = seq;
            it->seq = Value();
        } else {
            it->index++;
            result = Value::small_int(c);
        }
    }
    decref(done);
    return result;
}

Value bytes_iter_self(Value it) { return newref(it); }

void bytes_iter_dealloc(Object* o) {
    decref(static_cast<BytesIter*>(o)->seq);
    free_object_memory(o);
}

void bytes_iter_traverse(Object* o, VisitFn visit, void* arg) {
    Value s = static_cast<BytesIter*>(o)->seq;
    if (s.is_object()) visit(s.as_object(), arg);
}

Value bytes_iter_length_hint(const Value* args) {
    BytesIter* it = args[0].as<BytesIter>();
    ObjectLock lock(it);
    if (it->seq.is_null()) return Value::small_int(0);
    int64_t n = bytes_len_slot(it->seq) - it->index;
    return Value::small_int(n < 0 ? 0 : n);
}

const NativeDef bytes_iter_methods[] = {
    {"__length_hint__(self, /)", bytes_iter_length_hint},
    {nullptr},
};

Value make_bytes_iter(Type* t, Value seq) {
    BytesIter* it = alloc<BytesIter>(t);
    it->seq = newref(seq);
    it->index = 0;
    return Value(it);
}

}  // namespace

static Value bytes_iter_slot(Value v) { return make_bytes_iter(&bytes_iter_type, v); }
static Value bytearray_iter_slot(Value v) { return make_bytes_iter(&bytearray_iter_type, v); }

// =============================================================================================
// Initialization

void init_bytes_type() {
    init_str_methods();   // str's methods need the descriptor machinery that exists from here on
    init_static_type(&bytes_type, "bytes", &object_type, sizeof(Bytes), kTypeBaseType | kTypeBytesSubclass);
    bytes_type.itemsize = 1;
    bytes_type.doc =
        "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
        "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
        "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
        "bytes() -> empty bytes object";
    bytes_type.tp_new = bytes_tp_new;
    bytes_type.dealloc = bytes_dealloc;
    bytes_type.repr = bytes_repr_slot;
    bytes_type.hash = bytes_hash_slot;
    bytes_type.richcompare = bytes_richcompare;
    bytes_type.iter = bytes_iter_slot;
    bytes_type.sq_length = bytes_len_slot;
    bytes_type.mp_subscript = bytes_subscript;
    bytes_type.sq_contains = bytes_contains_slot;
    bytes_type.nb_add = bytes_add_slot;
    bytes_type.nb_multiply = bytes_mul_slot;
    bytes_type.nb_remainder = bytes_mod_slot;
    add_methods(&bytes_type, common_methods);
    add_methods(&bytes_type, bytes_only_methods);
    finalize_type(&bytes_type);

    g_empty_bytes = bytes_alloc(0);
    make_immortal(g_empty_bytes);
    for (int c = 0; c < 256; c++) {
        Bytes* b = bytes_alloc(1);
        b->data()[0] = static_cast<char>(c);
        make_immortal(b);
        g_byte_chars[c] = b;
    }

    init_static_type(&bytearray_type, "bytearray", &object_type, sizeof(ByteArray), kTypeBaseType);
    bytearray_type.doc =
        "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
        "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        "bytearray() -> empty bytes array";
    bytearray_type.tp_new = bytearray_tp_new;
    bytearray_type.tp_init = bytearray_tp_init;
    bytearray_type.dealloc = bytearray_dealloc;
    bytearray_type.repr = bytes_repr_slot;
    bytearray_type.hash = hash_not_implemented;   // unhashable: __hash__ is None
    bytearray_type.richcompare = bytes_richcompare;
    bytearray_type.iter = bytearray_iter_slot;
    bytearray_type.sq_length = bytes_len_slot;
    bytearray_type.mp_subscript = bytes_subscript;
    bytearray_type.mp_ass_subscript = bytearray_ass_subscript;
    bytearray_type.sq_contains = bytes_contains_slot;
    bytearray_type.nb_add = bytes_add_slot;
    bytearray_type.nb_multiply = bytes_mul_slot;
    bytearray_type.nb_remainder = bytes_mod_slot;
    bytearray_type.nb_inplace_add = bytearray_iadd;
    bytearray_type.nb_inplace_multiply = bytearray_imul;
    for (BinaryFn f : {bytes_add_slot, bytes_mul_slot, bytearray_iadd, bytearray_imul}) register_sequence_slot(f);
    add_methods(&bytearray_type, common_methods);
    add_methods(&bytearray_type, bytearray_methods);
    finalize_type(&bytearray_type);

    init_static_type(&bytes_iter_type, "bytes_iterator", &object_type, sizeof(BytesIter), kTypeHasGC);
    init_static_type(&bytearray_iter_type, "bytearray_iterator", &object_type, sizeof(BytesIter), kTypeHasGC);
    for (Type* t : {&bytes_iter_type, &bytearray_iter_type}) {
        t->dealloc = bytes_iter_dealloc;
        t->traverse = bytes_iter_traverse;
        t->iter = bytes_iter_self;
        t->iternext = bytes_iter_next;
        add_methods(t, bytes_iter_methods);
        finalize_type(t);
    }
}

}  // namespace minipy::rt
