// memoryview.cpp — memoryview over bytes and bytearray (format 'B', itemsize 1, one dimension).
//
// A view is (exporter, start, length, step): slicing a view makes another view of the same
// exporter, composing the offsets, so m[1:8:3] reads the exporter's bytes 1, 4, 7 without copying.
// The exporter's storage is read anew at each access. A bytearray counts the views alive on it
// (ByteArray::exports) and refuses to change its size while there are any ("Existing exports of
// data: object cannot be re-sized"), so a view never reads past the end of a shrunk buffer.
// release() (or leaving a `with` block) drops the exporter; any later use raises ValueError.
#include "memoryview.hpp"

#include <cstring>
#include <string>

#include "bytes.hpp"
#include "errors.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "range.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type memoryview_type;
static Type memory_iter_type;

namespace {

MemoryView* as_mv(Value v) { return v.as<MemoryView>(); }

bool check_released(MemoryView* m) {
    if (m->obj) return true;
    raise(&exc::ValueError, "operation forbidden on released memoryview object");
    return false;
}

// The exporter's bytes as they are now.
char* base_data(Value obj, int64_t* size) {
    if (is_bytes(obj)) {
        *size = obj.as<Bytes>()->size;
        return obj.as<Bytes>()->data();
    }
    ByteArray* ba = obj.as<ByteArray>();
    *size = ba->size;
    return ba->buffer;
}

void add_export(Value obj, int delta) {
    if (is_bytes(obj)) return;
    ObjectLock lock(obj.as_object());
    obj.as<ByteArray>()->exports += delta;
}

Value new_view(Value obj, int64_t start, int64_t length, int64_t step, bool readonly) {
    MemoryView* m = alloc<MemoryView>(&memoryview_type);
    if (!m) return Value{};
    m->obj = newref(obj);
    m->start = start;
    m->length = length;
    m->step = step;
    m->hash_cache = -1;
    m->readonly = readonly;
    add_export(obj, 1);
    return Value(m);
}

void release_view(MemoryView* m) {
    Value obj = m->obj;
    if (!obj) return;
    m->obj = Value{};
    add_export(obj, -1);
    decref(obj);
}

Value mv_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("memoryview(object)", false);
    Value obj;
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, &obj, holder)) return Value{};
    if (is_memoryview(obj)) {
        MemoryView* src = as_mv(obj);
        if (!check_released(src)) return Value{};
        return new_view(src->obj, src->start, src->length, src->step, src->readonly);
    }
    if (is_bytes(obj)) return new_view(obj, 0, obj.as<Bytes>()->size, 1, true);
    if (isinstance_of(obj, &bytearray_type)) return new_view(obj, 0, obj.as<ByteArray>()->size, 1, false);
    return raise(&exc::TypeError, "memoryview: a bytes-like object is required, not '%s'", type_of(obj)->tp_name);
}

void mv_dealloc(Object* o) {
    release_view(static_cast<MemoryView*>(o));
    free_object_memory(o);
}

Value mv_repr(Value self) {
    return str_format(as_mv(self)->obj ? "<memory at %p>" : "<released memory at %p>",
                      static_cast<void*>(self.as_object()));
}

int64_t mv_len(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return -1;
    return m->length;
}

// An item index (negative counts from the end); false with IndexError/TypeError set.
bool item_index(MemoryView* m, Value key, int64_t* out) {
    int64_t i;
    if (!index_to_i64(key, &i, &exc::IndexError)) return false;
    if (i < 0) i += m->length;
    if (i < 0 || i >= m->length) {
        raise(&exc::IndexError, "index out of bounds on dimension 1");
        return false;
    }
    *out = i;
    return true;
}

bool is_index_key(Value key) { return is_int(key) || type_of(key)->nb_index; }

Value mv_subscript(Value self, Value key) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    if (type_of(key) == &slice_type) {
        int64_t start, stop, step;
        if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return Value{};
        int64_t n = slice_adjust_indices(m->length, &start, &stop, step);
        return new_view(m->obj, m->start + start * m->step, n, step * m->step, m->readonly);
    }
    if (!is_index_key(key)) return raise(&exc::TypeError, "memoryview: invalid slice key");
    int64_t i;
    if (!item_index(m, key, &i)) return Value{};
    int64_t size;
    const char* data = base_data(m->obj, &size);
    return Value::small_int(static_cast<unsigned char>(data[m->start + i * m->step]));
}

int mv_ass_subscript(Value self, Value key, Value v) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return -1;
    if (m->readonly) {
        raise(&exc::TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        raise(&exc::TypeError, "cannot delete memory");
        return -1;
    }
    if (type_of(key) == &slice_type) {
        int64_t start, stop, step;
        if (!slice_unpack(key.as<Slice>(), &start, &stop, &step)) return -1;
        int64_t n = slice_adjust_indices(m->length, &start, &stop, step);
        std::string gathered, copy;
        std::string_view src;
        if (is_memoryview(v) ? !memoryview_bytes(v, &src, &gathered) : !bytes_like_view(v, &src)) return -1;
        copy.assign(src.data(), src.size());   // the source may be this very buffer
        if (static_cast<int64_t>(copy.size()) != n) {
            raise(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        ObjectLock lock(m->obj.as_object());
        int64_t size;
        char* data = base_data(m->obj, &size);
        for (int64_t k = 0; k < n; k++) data[m->start + (start + k * step) * m->step] = copy[static_cast<size_t>(k)];
        return 0;
    }
    if (!is_index_key(key)) {
        raise(&exc::TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    if (!item_index(m, key, &i)) return -1;
    if (!is_int(v)) {
        raise(&exc::TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    int64_t byte;
    if (!int_to_i64(v, &byte) || byte < 0 || byte > 255) {
        clear_error();
        raise(&exc::ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    ObjectLock lock(m->obj.as_object());
    int64_t size;
    char* data = base_data(m->obj, &size);
    data[m->start + i * m->step] = static_cast<char>(byte);
    return 0;
}

// Equal when both sides are bytes-like with the same items (format 'B' on both sides here).
Value mv_richcompare(Value a, Value b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return newref(not_implemented());
    MemoryView* m = as_mv(a);
    bool equal;
    if (a == b) {
        equal = true;
    } else if (!m->obj || (is_memoryview(b) && !as_mv(b)->obj)) {
        equal = false;   // a released view equals only itself
    } else if (is_memoryview(b) || is_bytes(b) || isinstance_of(b, &bytearray_type)) {
        std::string cx, cy;
        std::string_view x, y;
        if (!memoryview_bytes(a, &x, &cx)) return Value{};
        std::string mine(x);   // b's view below may be of the same bytearray
        if (is_memoryview(b) ? !memoryview_bytes(b, &y, &cy) : !bytes_like_view(b, &y)) return Value{};
        equal = mine == y;
    } else {
        return newref(not_implemented());
    }
    return newref(bool_value(op == CompareOp::Eq ? equal : !equal));
}

int64_t mv_hash(Value self) {
    MemoryView* m = as_mv(self);
    if (m->hash_cache != -1) return m->hash_cache;
    if (!check_released(m)) return -1;
    if (!m->readonly) {
        raise(&exc::ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    // A read-only view of a bytearray (toreadonly()) is as unhashable as the bytearray.
    if (hash(m->obj) == -1 && has_error()) return -1;
    std::string copy;
    std::string_view data;
    if (!memoryview_bytes(self, &data, &copy)) return -1;
    Ref b{bytes_from(data)};
    if (!b) return -1;
    m->hash_cache = hash(b.get());
    return m->hash_cache;
}

Value mv_tobytes_value(Value self) {
    std::string copy;
    std::string_view data;
    if (!memoryview_bytes(self, &data, &copy)) return Value{};
    return bytes_from(data);
}

Value mv_tobytes(const Value* args) { return mv_tobytes_value(args[0]); }

Value mv_tolist(const Value* args) {
    std::string copy;
    std::string_view data;
    if (!memoryview_bytes(args[0], &data, &copy)) return Value{};
    Ref l{list_new(static_cast<int64_t>(data.size()))};
    if (!l) return Value{};
    for (size_t i = 0; i < data.size(); i++)
        l.as<List>()->items[i] = Value::small_int(static_cast<unsigned char>(data[i]));
    return l.release();
}

// hex(sep, bytes_per_sep): bytes.hex() of the contents.
Value mv_hex(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    Ref b{mv_tobytes_value(self)};
    if (!b) return Value{};
    Ref meth{getattr(b.get(), "hex")};
    if (!meth) return Value{};
    return call(meth.get(), args, nargs, kwnames);
}

// A read-only view of the same memory: writes through it raise, the exporter stays writable.
Value mv_toreadonly(const Value* args) {
    MemoryView* m = as_mv(args[0]);
    if (!check_released(m)) return Value{};
    return new_view(m->obj, m->start, m->length, m->step, true);
}

Value mv_release(const Value* args) {
    release_view(as_mv(args[0]));
    return newref(none());
}

Value mv_enter(const Value* args) {
    if (!check_released(as_mv(args[0]))) return Value{};
    return newref(args[0]);
}

Value mv_exit(const Value* args) {
    release_view(as_mv(args[0]));
    return newref(none());
}

Value mv_get_obj(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    return newref(m->obj);
}
Value mv_get_nbytes(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    return int_from_i64(m->length);
}
Value mv_get_readonly(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    return newref(bool_value(m->readonly));
}
Value mv_get_itemsize(Value self) {
    if (!check_released(as_mv(self))) return Value{};
    return Value::small_int(1);
}
Value mv_get_format(Value self) {
    if (!check_released(as_mv(self))) return Value{};
    return str_from("B");
}
Value mv_get_ndim(Value self) {
    if (!check_released(as_mv(self))) return Value{};
    return Value::small_int(1);
}
Value mv_get_shape(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    Ref n{int_from_i64(m->length)};
    return tuple_pack({n.get()});
}
Value mv_get_strides(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    Ref s{int_from_i64(m->step)};
    return tuple_pack({s.get()});
}
Value mv_get_contiguous(Value self) {
    MemoryView* m = as_mv(self);
    if (!check_released(m)) return Value{};
    return newref(bool_value(m->step == 1 || m->length <= 1));
}
Value mv_get_released(Value self) { return newref(bool_value(!as_mv(self)->obj)); }

const NativeDef mv_methods[] = {
    {"tobytes(self, /, order='C')", mv_tobytes, nullptr, 0, "Return the data in the buffer as a byte string."},
    {"tolist(self, /)", mv_tolist, nullptr, 0, "Return the data in the buffer as a list of elements."},
    {"hex(self, /, sep=?, bytes_per_sep=1)", nullptr, mv_hex, 0, "Return the data in the buffer as a str of hex digits."},
    {"toreadonly(self, /)", mv_toreadonly, nullptr, 0, "Return a readonly version of the memoryview."},
    {"release(self, /)", mv_release, nullptr, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"__enter__(self, /)", mv_enter},
    {"__exit__(self, /, *args)", mv_exit},
    {nullptr},
};

const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", mv_get_nbytes, nullptr, "The amount of space in bytes that the array would use in a contiguous representation."},
    {"readonly", mv_get_readonly, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", mv_get_itemsize, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", mv_get_format, nullptr, "A string containing the format (in struct module style) for each element in the view."},
    {"ndim", mv_get_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional array the memory represents."},
    {"shape", mv_get_shape, nullptr, "A tuple of ndim integers giving the shape of the memory as an N-dimensional array."},
    {"strides", mv_get_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access each element."},
    {"c_contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", mv_get_contiguous, nullptr, "A bool indicating whether the memory is contiguous."},
    {"released", mv_get_released, nullptr, nullptr},
    {nullptr},
};

// memory_iterator: the items in order, reading the view at each step.
struct MemIter : Object {
    Value view;   // owned
    int64_t index;
};

Value mv_iter(Value self) {
    if (!check_released(as_mv(self))) return Value{};
    MemIter* it = alloc<MemIter>(&memory_iter_type);
    if (!it) return Value{};
    it->view = newref(self);
    it->index = 0;
    return Value(it);
}

Value memiter_next(Value self) {
    MemIter* it = self.as<MemIter>();
    if (!it->view) return Value{};
    MemoryView* m = as_mv(it->view);
    if (!check_released(m)) return Value{};
    if (it->index >= m->length) {
        Value v = it->view;
        it->view = Value{};
        decref(v);
        return Value{};
    }
    int64_t size;
    const char* data = base_data(m->obj, &size);
    return Value::small_int(static_cast<unsigned char>(data[m->start + (it->index++) * m->step]));
}

void memiter_dealloc(Object* o) {
    decref(static_cast<MemIter*>(o)->view);
    free_object_memory(o);
}

void memiter_traverse(Object* o, VisitFn visit, void* arg) {
    Value v = static_cast<MemIter*>(o)->view;
    if (v.is_object()) visit(v.as_object(), arg);
}

}  // namespace

bool memoryview_bytes(Value mv, std::string_view* out, std::string* copy) {
    MemoryView* m = as_mv(mv);
    if (!check_released(m)) return false;
    int64_t size;
    const char* data = base_data(m->obj, &size);
    if (m->step == 1 || m->length <= 1) {
        *out = std::string_view(data + m->start, static_cast<size_t>(m->length));
        return true;
    }
    copy->resize(static_cast<size_t>(m->length));
    for (int64_t i = 0; i < m->length; i++) (*copy)[static_cast<size_t>(i)] = data[m->start + i * m->step];
    *out = *copy;
    return true;
}

void init_memoryview_type() {
    init_static_type(&memoryview_type, "memoryview", &object_type, sizeof(MemoryView), 0);
    memoryview_type.doc = "Create a new memoryview object which references the given object.";
    memoryview_type.tp_new = mv_new;
    memoryview_type.dealloc = mv_dealloc;
    memoryview_type.repr = mv_repr;
    memoryview_type.hash = mv_hash;
    memoryview_type.richcompare = mv_richcompare;
    memoryview_type.iter = mv_iter;
    memoryview_type.sq_length = mv_len;
    memoryview_type.mp_subscript = mv_subscript;
    memoryview_type.mp_ass_subscript = mv_ass_subscript;
    add_methods(&memoryview_type, mv_methods);
    add_getsets(&memoryview_type, mv_getsets);
    finalize_type(&memoryview_type);

    init_static_type(&memory_iter_type, "memory_iterator", &object_type, sizeof(MemIter), kTypeHasGC);
    memory_iter_type.dealloc = memiter_dealloc;
    memory_iter_type.traverse = memiter_traverse;
    memory_iter_type.iter = [](Value v) { return newref(v); };
    memory_iter_type.iternext = memiter_next;
    finalize_type(&memory_iter_type);
}

}  // namespace minipy::rt
