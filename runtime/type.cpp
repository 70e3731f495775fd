// type.cpp — the `type` and `object` types, type construction, slot inheritance and MRO.
//
// Design note
// ===========
// Builtin types are static `Type` objects filled by their init_* function and finished by
// finalize_type(). Classes made by `class` statements are heap types built by type_new() below.
// Both kinds meet in the slot table:
//
//   * finalize_type() (builtin types) inherits every unset slot from the base and adds a wrapper
//     descriptor to the type's dict for every slot the type defines itself, so the dunder exists
//     in Python (`int.__add__`, `object.__init__`, used by super() and explicit calls).
//   * fixup_slots() (heap types, and again whenever a dunder is assigned on a class) sets each
//     slot from what the MRO resolves its dunder to: a wrapper descriptor of a builtin base gives
//     back that base's C++ function (no Python-level dispatch); anything else (a Python function,
//     a builtin function, any callable) installs a generic `slot_*` function that looks the dunder
//     up and calls it (slot_functions.cpp).
//
// The slot table rows live in slot_table.hpp, shared with slot_functions.cpp.
//
// Instances of heap types get a `__dict__` pointer after the solid base's fields (dict_offset)
// unless __slots__ says otherwise; __slots__ names become member descriptors at fixed offsets.
//
// Variable-size bases (str, tuple, bytes: their items follow the fixed fields, so nothing can go
// after them) keep those per-instance words in a *prefix* instead: memory reserved in front of the
// object's GC head (every instance of a Python class is a GC object), at negative offsets from the
// object, growing downwards so that a subclass adds words without moving its base's:
//
//     [ ... slot 1 | slot 0 / __dict__ ][ GcHead ][ Object header | fixed fields | items ... ]
//       ^ block start                    obj - 32  ^ obj
//
// Type::prefixsize is the bytes of prefix words in use; alloc_object and free_object_memory round
// it up to a multiple of 16 (objects stay aligned) and pass it to the GC allocator. CPython solves the same problem with a
// negative tp_dictoffset counted from the end of the items; a prefix suits minipy's layouts,
// where the size of the variable part is different for each type.
#include "type.hpp"

#include "runtime/alloc.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>

#include "bytes.hpp"
#include "descr.hpp"
#include "dict.hpp"
#include "errors.hpp"
#include "function.hpp"
#include "gc.hpp"
#include "trashcan.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "slot_table.hpp"
#include "str.hpp"
#include "thread_state.hpp"
#include "tuple.hpp"
#include "union.hpp"
#include "weakref.hpp"

namespace minipy::rt {

Type object_type;
Type type_type;
CurrentGlobalsHook g_current_globals_hook = nullptr;

// =============================================================================================
// Allocation

// The memory reserved in front of the GC head: the prefix words, rounded up to keep alignment.
static size_t prefix_bytes(Type* t) { return (t->prefixsize + 15) & ~size_t{15}; }

Object* alloc_object(Type* t, size_t nitems) {
    size_t size = t->basicsize + nitems * t->itemsize;
    // Containers carry a GcHead for the cycle collector (gc.hpp); a prefix goes in front of it.
    Object* o = (t->tpflags & kTypeHasGC) ? gc_alloc(t, size, prefix_bytes(t)) : static_cast<Object*>(mem_zalloc(size));
    if (!o) {
        raise_no_memory();
        return nullptr;
    }
    o->refcnt.store(1, std::memory_order_relaxed);
    o->type = t;
    if (t->tpflags & kTypeHeap) incref(t);
    return o;
}

void free_object_memory(Object* o) {
    Type* t = o->type;
    if (gc_is_tracked(o)) gc_free(o, prefix_bytes(t));
    else mem_free(o);
    if (t->tpflags & kTypeHeap) decref(t);
}

// An object that was weakly referenced has its references cleared first and their callbacks run
// after it is freed; instances of Python classes do that in subtype_dealloc_body, after __del__.
void dealloc_object(Object* o) {
    if (!(o->flags & kFlagWeaklyReferenced) || (o->type->tpflags & kTypeHeap)) {
        o->type->dealloc(o);
        return;
    }
    WeakCallbacks pending = weakref_detach(o);
    o->type->dealloc(o);
    weakref_run_callbacks(pending);
}

static void object_dealloc(Object* o) { free_object_memory(o); }

// =============================================================================================
// Subtype checks and MRO

bool is_subtype(Type* t, Type* base) {
    if (t == base) return true;
    Tuple* mro = t->mro;
    if (mro) {
        for (int64_t i = 0; i < mro->size; i++)
            if (mro->items[i].as<Type>() == base) return true;
        return false;
    }
    for (Type* b = t->base; b; b = b->base)   // during initialization, before the MRO exists
        if (b == base) return true;
    return base == &object_type;
}

// The attribute cache (CPython's type method cache): (type version, name) -> what the MRO walk
// found, including "nothing". Versions are unique and change whenever a type's dict or a base's
// dict changes (type_modified), so a stale entry can never match. Only interned names are cached.
namespace {
// Without the GIL several threads read and fill entries at once: an entry is a small seqlock
// (version kAttrCacheBusy while one thread writes it; readers check the key before and after the
// value).
constexpr uint64_t kAttrCacheBusy = ~uint64_t{0};   // never a type version
struct AttrCacheEntry {
    std::atomic<uint64_t> version;
    std::atomic<Str*> name;
    std::atomic<Value> value;
};
constexpr size_t kAttrCacheSize = 4096;
AttrCacheEntry g_attr_cache[kAttrCacheSize];

inline size_t attr_cache_index(uint64_t version, Str* name) {
    return (version * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (kAttrCacheSize - 1);
}
}  // namespace

static Value type_lookup_uncached(Type* t, Str* name) {
    Tuple* mro = t->mro;
    if (!mro) return t->dict ? dict_get_str(t->dict, name) : Value{};
    for (int64_t i = 0; i < mro->size; i++) {
        Type* k = mro->items[i].as<Type>();
        if (!k->dict) continue;
        Value v = dict_get_str(k->dict, name);
        if (v) return v;
    }
    return Value{};
}

Value type_lookup(Type* t, Str* name) {
    uint64_t version = t->version;
    if (!version || !(name->flags & kFlagInterned)) return type_lookup_uncached(t, name);
    AttrCacheEntry& e = g_attr_cache[attr_cache_index(version, name)];
    // Acquire loads keep the reads in order; the key is checked again after the value, so a
    // writer that finished in between (same version, another name) is noticed.
    auto key_matches = [&] {
        return e.version.load(std::memory_order_acquire) == version && e.name.load(std::memory_order_acquire) == name;
    };
    if (key_matches()) {
        Value v = e.value.load(std::memory_order_acquire);
        if (key_matches()) return v;
    }
    Value v = type_lookup_uncached(t, name);
    if (has_error()) return v;
    // Claim the entry (version -> kAttrCacheBusy); if another thread is writing it, don't cache.
    uint64_t seen = e.version.load(std::memory_order_relaxed);
    if (seen == kAttrCacheBusy || !e.version.compare_exchange_strong(seen, kAttrCacheBusy, std::memory_order_acquire))
        return v;
    e.name.store(name, std::memory_order_release);     // after the claim: readers miss meanwhile
    e.value.store(v, std::memory_order_release);
    e.version.store(version, std::memory_order_release);
    return v;
}

static std::mutex g_version_mutex;
static uint64_t g_next_version = 1;

static uint64_t new_type_version() {
    std::lock_guard<std::mutex> lock(g_version_mutex);
    return g_next_version++;
}

void type_modified(Type* t) {
    t->version = new_type_version();
    if (t->subclasses)
        for (Type* s : *t->subclasses) type_modified(s);
}

static void add_subclass(Type* base, Type* sub) {
    std::lock_guard<std::mutex> lock(g_version_mutex);
    if (!base->subclasses) base->subclasses = new std::vector<Type*>();
    base->subclasses->push_back(sub);
}

static void remove_subclass(Type* base, Type* sub) {
    std::lock_guard<std::mutex> lock(g_version_mutex);
    if (!base->subclasses) return;
    auto& v = *base->subclasses;
    v.erase(std::remove(v.begin(), v.end(), sub), v.end());
}

// C3 linearization: mro(C) = C + merge(mro(B1), ..., mro(Bn), [B1, ..., Bn]).
static Value compute_mro(Type* t) {
    Tuple* bases = t->bases;
    for (int64_t i = 0; i < bases->size; i++)
        for (int64_t j = i + 1; j < bases->size; j++)
            if (bases->items[i] == bases->items[j])
                return raise(&exc::TypeError, "duplicate base class %s",
                             std::string(str_view(Value(bases->items[i].as<Type>()->name))).c_str());
    std::vector<std::vector<Type*>> seqs;
    for (int64_t i = 0; i < bases->size; i++) {
        Type* b = bases->items[i].as<Type>();
        std::vector<Type*> s;
        for (int64_t j = 0; j < b->mro->size; j++) s.push_back(b->mro->items[j].as<Type>());
        seqs.push_back(std::move(s));
    }
    std::vector<Type*> order;
    for (int64_t i = 0; i < bases->size; i++) order.push_back(bases->items[i].as<Type>());
    seqs.push_back(order);

    std::vector<Type*> result{t};
    std::vector<size_t> heads(seqs.size(), 0);
    for (;;) {
        bool empty = true;
        Type* candidate = nullptr;
        for (size_t i = 0; i < seqs.size(); i++) {
            if (heads[i] >= seqs[i].size()) continue;
            empty = false;
            Type* c = seqs[i][heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < seqs.size() && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
                    if (seqs[j][k] == c) { in_tail = true; break; }
            if (!in_tail) { candidate = c; break; }
        }
        if (empty) break;
        if (!candidate) {
            // CPython names the heads of the lists still to merge, each once, in order.
            std::vector<Type*> heads_left;
            for (size_t i = 0; i < seqs.size(); i++) {
                if (heads[i] >= seqs[i].size()) continue;
                Type* h = seqs[i][heads[i]];
                if (std::find(heads_left.begin(), heads_left.end(), h) == heads_left.end()) heads_left.push_back(h);
            }
            std::string names;
            for (size_t i = 0; i < heads_left.size(); i++) {
                if (i) names += ", ";
                names += str_view(Value(heads_left[i]->name));
            }
            return raise(&exc::TypeError,
                         "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
        }
        result.push_back(candidate);
        for (size_t i = 0; i < seqs.size(); i++)
            if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
    }
    Tuple* mro = tuple_new(static_cast<int64_t>(result.size()));
    if (!mro) return Value{};
    for (size_t i = 0; i < result.size(); i++) mro->items[i] = newref(Value(result[i]));
    return Value(mro);
}

// =============================================================================================
// Slot inheritance

static void inherit_slots(Type* t, Type* b) {
#define INHERIT(field) if (!t->field) t->field = b->field;
    INHERIT(dealloc) INHERIT(traverse) INHERIT(clear)
    INHERIT(repr) INHERIT(str) INHERIT(getattro) INHERIT(setattro) INHERIT(call)
    INHERIT(iter) INHERIT(iternext) INHERIT(descr_get) INHERIT(descr_set) INHERIT(tp_init)
#define BINARY_SLOT(field, d, r, o) INHERIT(field)
#define INPLACE_SLOT(field, d, b2, o) INHERIT(field)
#define UNARY_SLOT(field, d) INHERIT(field)
#include "slots.def"
    INHERIT(nb_bool) INHERIT(sq_length) INHERIT(mp_subscript) INHERIT(mp_ass_subscript)
    INHERIT(sq_contains) INHERIT(am_await) INHERIT(am_aiter) INHERIT(am_anext)
    // Equality and hashing go together: a type that overrides __eq__ without __hash__ must not
    // inherit the base's hash (CPython's inherit_slots rule).
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
#undef INHERIT
    if (!t->tp_new && b != &object_type) t->tp_new = b->tp_new;
    t->tpflags |= b->tpflags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass | kTypeListSubclass |
                                kTypeDictSubclass | kTypeExceptionSubclass | kTypeTypeSubclass |
                                kTypeBytesSubclass | kTypeFloatSubclass | kTypeHasGC);
}

// =============================================================================================
// Building static types

void init_static_type(Type* t, const char* name, Type* base, uint32_t basicsize, uint32_t flags) {
    t->refcnt.store(kImmortalBit | 1, std::memory_order_relaxed);
    t->type = &type_type;
    t->tp_name = name;
    t->base = (t == &object_type) ? nullptr : (base ? base : &object_type);
    t->basicsize = basicsize;
    t->tpflags |= flags | kTypeImmutable;
    if (t->base && t->base->dict_offset && !t->dict_offset) t->dict_offset = t->base->dict_offset;
    if (!t->dict) {
        t->dict = dict_new();
        make_immortal(t->dict);
    }
}

void add_type_attr(Type* t, const char* name, Value v) {
    if (dict_set_str(t->dict, intern(name), v) < 0) fatal_error("add_type_attr %s.%s failed", t->tp_name, name);
    if (t->tpflags & kTypeReady) type_modified(t);
}

void add_methods(Type* t, const NativeDef* defs) {
    for (const NativeDef* d = defs; d->signature; d++) {
        Ref descr;
        if (d->flags & kNativeStaticMethod) {
            Ref fn{make_builtin_function(d, Value(t), Value{})};
            descr = Ref{alloc_staticmethod(fn.get())};
        } else {
            descr = Ref{method_descr_new(t, d)};
        }
        if (!descr) fatal_error("add_methods: cannot create %s", d->signature);
        make_immortal(descr.get().as_object());
        const ArgSpec* spec = parse_signature(d->signature, !(d->flags & kNativeStaticMethod));
        add_type_attr(t, std::string(str_view(Value(spec->name))).c_str(), descr.get());
    }
}

void add_getsets(Type* t, const GetSetDef* defs) {
    for (const GetSetDef* d = defs; d->name; d++) {
        Ref descr{getset_descr_new(t, d)};
        if (!descr) fatal_error("add_getsets: cannot create %s", d->name);
        make_immortal(descr.get().as_object());
        add_type_attr(t, d->name, descr.get());
    }
}

void finalize_type(Type* t) {
    if (t->tpflags & kTypeReady) return;
    if (!t->name) {
        // __name__ is the part of tp_name after the last dot ("_io.TextIOWrapper" -> "TextIOWrapper").
        const char* dot = std::strrchr(t->tp_name, '.');
        t->name = intern(dot ? dot + 1 : t->tp_name);
    }
    if (!t->qualname) t->qualname = t->name;
    Type* b = t->base;
    if (b && !(b->tpflags & kTypeReady)) {
        if (b == &object_type) fatal_error("finalize_type(%s) before object is ready (init order)", t->tp_name);
        finalize_type(b);
    }
    if (b) {
        t->bases = tuple_pack({Value(b)}).as<Tuple>();
        inherit_slots(t, b);
    } else {
        t->bases = tuple_empty().as<Tuple>();
    }
    make_immortal(t->bases);
    // The MRO of a single-inheritance chain: this type, then the base's MRO.
    int64_t n = b ? b->mro->size + 1 : 1;
    Tuple* mro = tuple_new(n);
    mro->items[0] = Value(t);
    for (int64_t i = 1; i < n; i++) mro->items[i] = b->mro->items[i - 1];
    make_immortal(mro);
    t->mro = mro;
    if (!t->dealloc) t->dealloc = object_dealloc;
    add_slot_wrappers(t);
    if (t->doc && !dict_get_str(t->dict, names::__doc__)) {
        Ref doc{str_from_cstr(t->doc)};
        make_immortal(doc.get().as_object());
        add_type_attr(t, "__doc__", doc.get());
    }
    t->version = new_type_version();
    t->tpflags |= kTypeReady;
    if (b) add_subclass(b, t);
}

// =============================================================================================
// Heap types: type(name, bases, dict)

// The "solid base": the nearest ancestor that adds C++ fields (a different layout).
static Type* solid_base(Type* t) {
    Type* b = t->base;
    if (!b) return t;
    Type* sb = solid_base(b);
    // Heap types add at most a dict pointer and __slots__; they share the base's solid layout.
    if ((t->tpflags & kTypeHeap) || t->basicsize == b->basicsize) return sb;
    return t;
}

static Type* best_base(Tuple* bases) {
    Type* winner = nullptr;
    Type* base = nullptr;
    for (int64_t i = 0; i < bases->size; i++) {
        Value bv = bases->items[i];
        if (!isinstance_of(bv, &type_type)) {
            raise(&exc::TypeError, "bases must be types");
            return nullptr;
        }
        Type* b = bv.as<Type>();
        if (!(b->tpflags & kTypeBaseType)) {
            raise(&exc::TypeError, "type '%s' is not an acceptable base type", b->tp_name);
            return nullptr;
        }
        Type* candidate = solid_base(b);
        if (!winner) {
            winner = candidate;
            base = b;
        } else if (is_subtype(winner, candidate)) {
            // keep winner
        } else if (is_subtype(candidate, winner)) {
            winner = candidate;
            base = b;
        } else {
            raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return base;
}

static void subtype_traverse(Object* o, VisitFn visit, void* arg);
static void subtype_clear(Object* o);

static void heap_type_dealloc(Object* o) {
    Type* t = static_cast<Type*>(o);
    if (t->base) remove_subclass(t->base, t);
    if (t->bases)
        for (int64_t i = 0; i < t->bases->size; i++) {
            Type* b = t->bases->items[i].as<Type>();
            if (b != t->base) remove_subclass(b, t);
        }
    decref(Value(t->name));
    decref(Value(t->qualname));
    decref(Value(t->bases));
    decref(Value(t->mro));
    decref(Value(t->dict));
    delete t->subclasses;
    mem_free(const_cast<char*>(t->tp_name));
    free_object_memory(o);
}

static void heap_type_traverse(Object* o, VisitFn visit, void* arg) {
    Type* t = static_cast<Type*>(o);
    if (t->dict) visit(t->dict, arg);
    if (t->bases) visit(t->bases, arg);
    if (t->mro) visit(t->mro, arg);
}

static void heap_type_clear(Object* o) {
    Type* t = static_cast<Type*>(o);
    // Only the dict can hold cycles back to the type (methods referencing the class, etc.).
    Dict* d = t->dict;
    if (d) dict_clear(d);
}

// __dict__ of instances of heap types.
static Value instance_dict_get(Value self) {
    Dict** slot = instance_dict_slot(self);
    if (!slot) return raise(&exc::AttributeError, "This object has no __dict__");
    if (!*slot) {
        *slot = dict_new();
        if (!*slot) return Value{};
    }
    return newref(Value(*slot));
}

static int instance_dict_set(Value self, Value v) {
    Dict** slot = instance_dict_slot(self);
    if (!slot) { raise(&exc::AttributeError, "This object has no __dict__"); return -1; }
    if (!v) { raise(&exc::TypeError, "cannot delete __dict__"); return -1; }
    if (!is_dict(v)) {
        raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_of(v)->tp_name);
        return -1;
    }
    Dict* old = *slot;
    *slot = newref(v).as<Dict>();
    decref(Value(old));
    return 0;
}

static const GetSetDef instance_dict_getset[] = {
    {"__dict__", instance_dict_get, instance_dict_set, "dictionary for instance variables"},
    {nullptr},
};

static Value instance_weakref_get(Value self) { return weakref_first(self.as_object()); }

static const GetSetDef instance_weakref_getset[] = {
    {"__weakref__", instance_weakref_get, nullptr, "list of weak references to the object"},
    {nullptr},
};

// Converts __slots__ (a str or an iterable of strs) into a vector of names.
static bool collect_slots(Value slots, std::vector<Ref>* out) {
    if (is_str(slots)) {
        out->push_back(Ref::borrow(slots));
        return true;
    }
    Ref it{get_iter(slots)};
    if (!it) return false;
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) return !has_error();
        if (!is_str(item.get())) {
            raise(&exc::TypeError, "__slots__ items must be strings, not '%s'", type_of(item.get())->tp_name);
            return false;
        }
        out->push_back(std::move(item));
    }
}

Value type_new_impl(Type* metatype, Value name, Tuple* bases_in, Dict* ns) {
    if (!is_str(name)) return raise(&exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_of(name)->tp_name);
    Ref bases_ref;
    if (bases_in->size == 0) bases_ref = Ref{tuple_pack({Value(&object_type)})};
    else bases_ref = Ref::borrow(Value(bases_in));
    Tuple* bases = bases_ref.as<Tuple>();

    // The most derived metatype wins ("metaclass conflict" otherwise).
    Type* winner = metatype;
    for (int64_t i = 0; i < bases->size; i++) {
        Type* bt = type_of(bases->items[i]);
        if (is_subtype(winner, bt)) continue;
        if (is_subtype(bt, winner)) { winner = bt; continue; }
        return raise(&exc::TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                     "of the metaclasses of all its bases");
    }
    metatype = winner;

    Type* base = best_base(bases);
    if (!base) return Value{};

    Type* t = static_cast<Type*>(alloc_object(metatype));
    if (!t) return Value{};
    Ref tref{Value(t)};
    std::string_view nm = str_view(name);
    char* cname = static_cast<char*>(mem_alloc(nm.size() + 1));
    std::memcpy(cname, nm.data(), nm.size());
    cname[nm.size()] = 0;
    t->tp_name = cname;
    t->name = intern_str(name.as<Str>());
    incref(Value(t->name));
    t->tpflags = kTypeHeap | kTypeBaseType | kTypeReady;
    t->base = base;
    t->bases = newref(Value(bases)).as<Tuple>();
    t->dealloc = subtype_dealloc;
    t->dict = dict_copy(ns).as<Dict>();
    if (!t->dict) return Value{};

    // __qualname__ from the namespace (class bodies set it), else the name.
    Value qn = dict_get_str(t->dict, names::__qualname__);
    if (qn) {
        if (!is_str(qn)) return raise(&exc::TypeError, "type __qualname__ must be a str, not %s", type_of(qn)->tp_name);
        t->qualname = newref(qn).as<Str>();
        if (dict_del_item(t->dict, Value(names::__qualname__)) < 0) return Value{};
    } else {
        t->qualname = newref(Value(t->name)).as<Str>();
    }
    if (!dict_get_str(t->dict, names::__module__) && g_current_globals_hook) {
        Dict* g = g_current_globals_hook();
        Value modname = g ? dict_get_str(g, names::__name__) : Value{};
        if (modname && dict_set_str(t->dict, names::__module__, modname) < 0) return Value{};
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if (dict_get_str(t->dict, names::__eq__) && !dict_get_str(t->dict, names::__hash__) &&
        dict_set_str(t->dict, names::__hash__, none()) < 0)
        return Value{};

    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    Value newfn = dict_get_str(t->dict, names::__new__);
    if (newfn && is_function(newfn)) {
        Ref sm{alloc_staticmethod(newfn)};
        if (!sm || dict_set_str(t->dict, names::__new__, sm.get()) < 0) return Value{};
    }
    for (Str* cm_name : {names::__init_subclass__, names::__class_getitem__}) {
        Value f = dict_get_str(t->dict, cm_name);
        if (f && is_function(f)) {
            Ref cm{alloc_classmethod(f)};
            if (!cm || dict_set_str(t->dict, cm_name, cm.get()) < 0) return Value{};
        }
    }

    // Layout: the solid base's fields, then a __dict__ pointer (unless __slots__ omits it),
    // then one word per __slots__ name; in the prefix for variable-size bases (see the top).
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dict_offset = base->dict_offset;
    t->prefixsize = base->prefixsize;
    bool base_is_type = is_subtype(base, &type_type);
    Value slots = dict_get_str(t->dict, names::__slots__);
    std::vector<Ref> slot_names;
    bool want_dict = true;
    // Weak references: inherited from any base; otherwise added unless __slots__ leaves
    // __weakref__ out or the base is variable-size (int, tuple, bytes), as in CPython.
    bool base_weak = false;
    for (int64_t i = 0; i < bases->size; i++)
        base_weak |= type_has_flag(bases->items[i].as<Type>(), kTypeWeakrefable);
    bool variable_size_base = is_subtype(base, &int_type) || is_subtype(base, &tuple_type) || is_subtype(base, &bytes_type);
    bool want_weakref = !slots;
    if (slots) {
        if (!collect_slots(slots, &slot_names)) return Value{};
        want_dict = false;
        for (auto it = slot_names.begin(); it != slot_names.end();) {
            if (str_view(it->get()) == "__dict__") { want_dict = true; it = slot_names.erase(it); }
            else if (str_view(it->get()) == "__weakref__") {
                if (base_weak || variable_size_base)
                    return raise(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                want_weakref = true;
                it = slot_names.erase(it);
            }
            else ++it;
        }
        // Any base without __slots__ (other than object) already gives instances a dict.
        // CPython's variable-size types (int, tuple, bytes, type) take no slots in subclasses.
        for (Type* v : {&int_type, &tuple_type, &bytes_type, &type_type})
            if (!slot_names.empty() && is_subtype(base, v))
                return raise(&exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->tp_name);
    }
    bool in_prefix = t->itemsize != 0;
    auto next_word = [&]() -> int32_t {   // offset of the next per-instance word
        if (!in_prefix) {
            int32_t off = static_cast<int32_t>(t->basicsize);
            t->basicsize += sizeof(Value);
            return off;
        }
        t->prefixsize += sizeof(Value);
        return -static_cast<int32_t>(sizeof(GcHead) + t->prefixsize);
    };
    if (want_dict && !t->dict_offset && !base_is_type) {
        t->dict_offset = next_word();
        Ref descr{getset_descr_new(t, &instance_dict_getset[0])};
        if (!descr || dict_set_str(t->dict, names::__dict__, descr.get()) < 0) return Value{};
    }
    for (Ref& sn : slot_names) {
        Ref descr{member_descr_new(t, sn.get(), next_word())};
        if (!descr) return Value{};
        Str* key = intern_str(sn.as<Str>());
        if (dict_get_str(t->dict, key))
            return raise(&exc::ValueError, "'%s' in __slots__ conflicts with class variable", std::string(str_view(sn.get())).c_str());
        if (dict_set_str(t->dict, key, descr.get()) < 0) return Value{};
    }
    if (base_weak) {
        t->tpflags |= kTypeWeakrefable;
    } else if (want_weakref && !variable_size_base) {
        t->tpflags |= kTypeWeakrefable;
        Ref descr{getset_descr_new(t, &instance_weakref_getset[0])};
        if (!descr || dict_set_str(t->dict, names::__weakref__, descr.get()) < 0) return Value{};
    }

    // __doc__ is None unless the class body set it; a '__doc__' slot (allowed only without a
    // docstring) leaves its member descriptor there instead.
    if (!dict_get_str(t->dict, names::__doc__) && dict_set_str(t->dict, names::__doc__, none()) < 0) return Value{};

    // The __class__ cell of methods that use super(): filled with the new class.
    Value classcell = dict_get_str(t->dict, names::__classcell__);
    if (classcell) {
        if (type_of(classcell) != &cell_type)
            return raise(&exc::TypeError, "__classcell__ must be a nonlocal cell, not %s", type_of(classcell)->tp_name);
        set_owned(classcell.as<Cell>()->ref, newref(Value(t)));
        if (dict_del_item(t->dict, Value(names::__classcell__)) < 0) return Value{};
    }

    Value mro = compute_mro(t);
    if (!mro) return Value{};
    t->mro = mro.as<Tuple>();
    for (int64_t i = 1; i < t->mro->size; i++) inherit_slots(t, t->mro->items[i].as<Type>());
    t->dealloc = subtype_dealloc;
    t->tpflags |= kTypeHasGC;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    fixup_slots(t);
    t->version = new_type_version();
    for (int64_t i = 0; i < bases->size; i++) add_subclass(bases->items[i].as<Type>(), t);
    return tref.release();
}

static Type* solid_of(Type* t) {
    while (t->tpflags & kTypeHeap) t = t->base;
    return t;
}

// Calls f(Value&) on each word a Python class adds to its instances (the __dict__ pointer and the
// __slots__ values), after the solid base's fields or in the prefix.
template <class F>
static void for_each_heap_word(Object* o, Type* solid, F&& f) {
    Type* t = o->type;
    char* base = reinterpret_cast<char*>(o);
    for (uint32_t off = solid->basicsize; off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
        f(*reinterpret_cast<Value*>(base + off));
    for (uint32_t k = 1; k * sizeof(Value) <= t->prefixsize; k++)
        f(*reinterpret_cast<Value*>(base - sizeof(GcHead) - k * sizeof(Value)));
}

// The deallocator of instances of Python classes: runs __del__ (once), releases __slots__ values
// and the instance dict added by the heap types, then hands the object to the solid base's
// deallocator, which frees the memory (and drops the instance's reference to its class).
static void subtype_dealloc_body(Object* o) {
    Type* t = o->type;
    if (!(o->flags & kFlagFinalized) && type_lookup(t, names::__del__)) {
        o->flags |= kFlagFinalized;
        o->refcnt.store(1, std::memory_order_relaxed);   // alive again while __del__ runs
        Value saved = take_error();
        Value del = type_lookup(t, names::__del__);
        Value self = Value(o);
        Ref r{call(del, &self, 1)};
        if (!r) write_unraisable("Exception ignored in: ", del);
        restore_error(saved);
        uint32_t rc = refcount_of(o);
        if (rc > 1) {   // __del__ stored self somewhere: the object lives on
            o->refcnt.store(rc - 1, std::memory_order_relaxed);
            return;
        }
    }
    WeakCallbacks pending;
    if (o->flags & kFlagWeaklyReferenced) pending = weakref_detach(o);
    Type* solid = solid_of(t);
    for_each_heap_word(o, solid, [](Value& slot) {
        Value v = slot;
        slot = Value{};
        decref(v);
    });
    solid->dealloc(o);
    weakref_run_callbacks(pending);
}

// The deallocator of instances of Python classes: runs __del__ (once), releases __slots__ values
// and the instance dict added by the heap types, then hands the object to the solid base's
// deallocator, which frees the memory (and drops the instance's reference to its class). Long
// chains (a linked list of Node objects) go through the trashcan so they cannot overflow the stack.
void subtype_dealloc(Object* o) { trashcan_dealloc(o, subtype_dealloc_body); }

// Cycle collector support for instances of Python classes: the heap part (instance dict,
// __slots__ values), the class itself, then whatever the solid base holds.
static void subtype_traverse(Object* o, VisitFn visit, void* arg) {
    Type* t = o->type;
    Type* solid = solid_of(t);
    for_each_heap_word(o, solid, [&](Value& v) {
        if (v.is_object()) visit(v.as_object(), arg);
    });
    visit(t, arg);
    if (solid->traverse) solid->traverse(o, visit, arg);
}

static void subtype_clear(Object* o) {
    Type* solid = solid_of(o->type);
    for_each_heap_word(o, solid, [](Value& slot) {
        Value v = slot;
        slot = Value{};
        decref(v);
    });
    if (solid->clear) solid->clear(o);
}

// =============================================================================================
// The `object` type

Dict** instance_dict_slot(Value obj) {
    if (!obj.is_object()) return nullptr;
    int32_t off = obj.as_object()->type->dict_offset;
    if (!off) return nullptr;
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_object()) + off);
}

static Value object_repr(Value self) {
    Type* t = type_of(self);
    Value mod = type_lookup(t, names::__module__);
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.as_object()));
    if (mod && is_str(mod) && str_view(mod) != "builtins")
        return str_format("<%s.%s object at %s>", std::string(str_view(mod)).c_str(),
                          std::string(str_view(Value(t->qualname))).c_str(), addr);
    return str_format("<%s object at %s>", t->tp_name, addr);
}

static Value object_str(Value self) {
    UnaryFn r = type_of(self)->repr;
    return r ? r(self) : object_repr(self);
}

static int64_t object_hash(Value self) {
    // Pointers are aligned to 16 bytes: rotate the always-zero low bits away, as CPython does.
    uint64_t p = self.bits();
    uint64_t h = (p >> 4) | (p << 60);
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

static Value object_richcompare(Value a, Value b, CompareOp op) {
    switch (op) {
        case CompareOp::Eq: return a == b ? newref(true_value()) : newref(not_implemented());
        case CompareOp::Ne: {
            // By default != is the inverse of ==, when == is implemented.
            CompareFn eq = type_of(a)->richcompare;
            if (!eq) return newref(not_implemented());
            Ref r{eq(a, b, CompareOp::Eq)};
            if (!r) return Value{};
            if (r.get() == not_implemented()) return r.release();
            int t = truthy(r.get());
            if (t < 0) return Value{};
            return newref(bool_value(!t));
        }
        default: return newref(not_implemented());
    }
}

static bool excess_args(size_t nargs, Tuple* kwnames) { return nargs > 0 || (kwnames && kwnames->size > 0); }

static Value object_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new)
            return raise(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_type.tp_init)
            return raise(&exc::TypeError, "%s() takes no arguments", type->tp_name);
    }
    if (type->tpflags & kTypeAbstract) {
        Value abstract = type_lookup(type, names::__abstractmethods__);
        std::string list;
        if (abstract) {
            Ref sorted{sequence_to_list(abstract)};
            if (sorted && list_sort(sorted.get(), Value{}, false)) {
                List* l = sorted.as<List>();
                for (int64_t i = 0; i < l->size; i++) {
                    if (i) list += ", ";
                    list += "'" + std::string(str_view(l->items[i])) + "'";
                }
                // CPython 3.12's wording (3.11 said "with abstract methods a, b").
                return raise(&exc::TypeError,
                             "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                             type->tp_name, l->size > 1 ? "s" : "", list.c_str());
            }
            clear_error();
        }
        return raise(&exc::TypeError, "Can't instantiate abstract class %s", type->tp_name);
    }
    Object* o = alloc_object(type);
    return o ? Value(o) : Value{};
}

static int object_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (excess_args(nargs, kwnames)) {
        Type* type = type_of(self);
        if (type->tp_init != object_init) {
            raise(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == object_new) {
            raise(&exc::TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                  type->tp_name);
            return -1;
        }
    }
    return 0;
}

static Value object_get_class(Value self) { return newref(Value(type_of(self))); }

static int object_set_class(Value self, Value v) {
    if (!v) { raise(&exc::TypeError, "can't delete __class__ attribute"); return -1; }
    if (!isinstance_of(v, &type_type)) {
        raise(&exc::TypeError, "__class__ must be set to a class, not '%s' object", type_of(v)->tp_name);
        return -1;
    }
    Type* nt = v.as<Type>();
    Type* ot = type_of(self);
    if (!(nt->tpflags & kTypeHeap) || !(ot->tpflags & kTypeHeap)) {
        raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (nt->basicsize != ot->basicsize || nt->dict_offset != ot->dict_offset || nt->prefixsize != ot->prefixsize ||
        solid_base(nt) != solid_base(ot)) {
        raise(&exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->tp_name, ot->tp_name);
        return -1;
    }
    incref(nt);
    self.as_object()->type = nt;
    decref(ot);
    return 0;
}

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {nullptr},
};

static Value object_format_meth(const Value* args) {
    Value self = args[0], spec = args[1];
    if (!is_str(spec)) return raise(&exc::TypeError, "__format__() argument must be str, not %s", type_of(spec)->tp_name);
    if (str_view(spec).size() > 0)
        return raise(&exc::TypeError, "unsupported format string passed to %s.__format__", type_of(self)->tp_name);
    return to_str(self);
}

static Value object_init_subclass(const Value* args) {
    Dict* kwargs = args[1] ? args[1].as<Dict>() : nullptr;
    if (kwargs && kwargs->used)
        return raise(&exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                     std::string(str_view(Value(args[0].as<Type>()->qualname))).c_str());
    return newref(none());
}
static Value object_subclasshook(const Value* args) { return newref(not_implemented()); }

static Value object_sizeof(const Value* args) {
    Type* t = type_of(args[0]);
    return int_from_i64(t->basicsize);
}

static Value object_dir(const Value* args) {
    Value self = args[0];
    Ref result{Value(dict_new())};
    if (!result) return Value{};
    Dict** d = instance_dict_slot(self);
    if (d && *d && dict_update(result.as<Dict>(), Value(*d)) < 0) return Value{};
    Tuple* mro = type_of(self)->mro;
    for (int64_t i = 0; i < mro->size; i++) {
        Dict* td = mro->items[i].as<Type>()->dict;
        if (td && dict_update(result.as<Dict>(), Value(td)) < 0) return Value{};
    }
    return dict_keys_list(result.as<Dict>());
}

// ---------------------------------------------------------------------------------------------
// Pickling and copying support: object.__reduce_ex__, __reduce__, __getstate__ (CPython's
// typeobject.c rules). Protocol 2 and later describe an instance as
//     (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)
// where args come from __getnewargs_ex__/__getnewargs__, state from __getstate__ (by default the
// instance dict, paired with the __slots__ values as (dict, slots)), and list/dict subclasses add
// iterators over their items. Protocols 0 and 1 use copyreg._reduce_ex, as CPython does.

static Value object_reduce_meth(const Value* args);

// The state of an instance by default: its dict (None when empty), and a dict of the __slots__
// values that are set, as (dict, slots). `required`: the state is all a copy will get (no
// __getnewargs__, not a list or dict), so instances whose builtin base has C fields of its own
// cannot be rebuilt from it.
static Value object_getstate_default(Value obj, bool required) {
    Type* t = type_of(obj);
    if (required && solid_of(t)->basicsize > object_type.basicsize)
        return raise(&exc::TypeError, "cannot pickle '%s' object", t->tp_name);
    Dict** dp = instance_dict_slot(obj);
    Ref state{newref((dp && *dp && (*dp)->used) ? Value(*dp) : none())};
    // copyreg._slotnames(cls), cached by copyreg in cls.__slotnames__.
    Ref names;
    Value cached = dict_get_str(t->dict, intern("__slotnames__"));
    if (cached) {
        names = Ref::borrow(cached);
    } else {
        Ref copyreg{import_module_by_name("copyreg")};
        if (!copyreg) return Value{};
        Ref fn{getattr(copyreg.get(), "_slotnames")};
        if (!fn) return Value{};
        names = Ref{call1(fn.get(), Value(t))};
        if (!names) return Value{};
    }
    if (names.get() != none() && !is_list(names.get()))
        return raise(&exc::TypeError, "copyreg._slotnames didn't return a list or None");
    if (names.get() == none() || names.as<List>()->size == 0) return state.release();
    Ref slots{Value(dict_new())};
    if (!slots) return Value{};
    Ref keep{sequence_to_list(names.get())};   // a snapshot: getattr may run code
    if (!keep) return Value{};
    for (int64_t i = 0; i < keep.as<List>()->size; i++) {
        Value name = keep.as<List>()->items[i];
        if (!is_str(name)) return raise(&exc::TypeError, "__slotnames__ should be a list of strings");
        Ref v{getattr_or_null(obj, name.as<Str>())};
        if (has_error()) return Value{};
        if (v && dict_set_item(slots.as<Dict>(), name, v.get()) < 0) return Value{};
    }
    if (slots.as<Dict>()->used == 0) return state.release();
    return tuple_pack({state.get(), slots.get()});
}

static Value object_getstate_meth(const Value* args) { return object_getstate_default(args[0], false); }
static Value object_getstate(Value obj, bool required);
Value object_state(Value obj) { return object_getstate(obj, false); }

// obj.__getstate__(), or the default state when the class keeps object's.
static Value object_getstate(Value obj, bool required) {
    Value own = type_lookup(type_of(obj), intern("__getstate__"));
    Value base = dict_get_str(object_type.dict, intern("__getstate__"));
    if (own && own == base) return object_getstate_default(obj, required);
    Ref fn{getattr(obj, "__getstate__")};
    if (!fn) return Value{};
    return call0(fn.get());
}

// The arguments for cls.__new__ when rebuilding obj: from __getnewargs_ex__ (args and kwargs) or
// __getnewargs__ (args only); both stay null when the class has neither.
static bool get_new_arguments(Value obj, Ref* args, Ref* kwargs) {
    Type* t = type_of(obj);
    if (Value f = type_lookup(t, intern("__getnewargs_ex__"))) {
        Ref r{call_method0(obj, "__getnewargs_ex__")};
        (void)f;
        if (!r) return false;
        if (!is_tuple(r.get())) {
            raise(&exc::TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", type_of(r.get())->tp_name);
            return false;
        }
        Tuple* tup = r.as<Tuple>();
        if (tup->size != 2) {
            raise(&exc::ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %lld",
                  static_cast<long long>(tup->size));
            return false;
        }
        if (!is_tuple(tup->items[0])) {
            raise(&exc::TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                  type_of(tup->items[0])->tp_name);
            return false;
        }
        if (!is_dict(tup->items[1])) {
            raise(&exc::TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                  type_of(tup->items[1])->tp_name);
            return false;
        }
        *args = Ref::borrow(tup->items[0]);
        *kwargs = Ref::borrow(tup->items[1]);
        return true;
    }
    if (type_lookup(t, intern("__getnewargs__"))) {
        Ref r{call_method0(obj, "__getnewargs__")};
        if (!r) return false;
        if (!is_tuple(r.get())) {
            raise(&exc::TypeError, "__getnewargs__ should return a tuple, not '%s'", type_of(r.get())->tp_name);
            return false;
        }
        *args = std::move(r);
    }
    return true;
}

static Value reduce_newobj(Value obj) {
    Type* t = type_of(obj);
    if (!t->tp_new) return raise(&exc::TypeError, "cannot pickle '%s' object", t->tp_name);
    Ref args, kwargs;
    if (!get_new_arguments(obj, &args, &kwargs)) return Value{};
    Ref copyreg{import_module_by_name("copyreg")};
    if (!copyreg) return Value{};
    Ref newobj, newargs;
    if (!kwargs || kwargs.as<Dict>()->used == 0) {
        newobj = Ref{getattr(copyreg.get(), "__newobj__")};
        if (!newobj) return Value{};
        int64_t n = args ? args.as<Tuple>()->size : 0;
        Tuple* na = tuple_new(n + 1);
        if (!na) return Value{};
        newargs = Ref{Value(na)};
        na->items[0] = newref(Value(t));
        for (int64_t i = 0; i < n; i++) na->items[i + 1] = newref(args.as<Tuple>()->items[i]);
    } else {
        newobj = Ref{getattr(copyreg.get(), "__newobj_ex__")};
        if (!newobj) return Value{};
        newargs = Ref{tuple_pack({Value(t), args.get(), kwargs.get()})};
        if (!newargs) return Value{};
    }
    bool required = !args && !is_list(obj) && !is_dict(obj);
    Ref state{object_getstate(obj, required)};
    if (!state) return Value{};
    Ref listitems{newref(none())}, dictitems{newref(none())};
    if (is_list(obj)) {
        listitems = Ref{get_iter(obj)};
        if (!listitems) return Value{};
    } else if (is_dict(obj)) {
        Ref items{call_method0(obj, "items")};
        if (!items) return Value{};
        dictitems = Ref{get_iter(items.get())};
        if (!dictitems) return Value{};
    }
    return tuple_pack({newobj.get(), newargs.get(), state.get(), listitems.get(), dictitems.get()});
}

static Value common_reduce(Value self, int64_t protocol) {
    if (protocol >= 2) return reduce_newobj(self);
    Ref copyreg{import_module_by_name("copyreg")};
    if (!copyreg) return Value{};
    Ref fn{getattr(copyreg.get(), "_reduce_ex")};
    if (!fn) return Value{};
    Ref proto{int_from_i64(protocol)};
    return call2(fn.get(), self, proto.get());
}

static Value object_reduce_meth(const Value* args) { return common_reduce(args[0], 0); }

// A class that defines __reduce__ (and keeps object's __reduce_ex__) is reduced by it.
static Value object_reduce_ex(const Value* args) {
    Value self = args[0];
    int64_t protocol;
    if (!index_to_i64(args[1], &protocol, &exc::OverflowError)) return Value{};
    Ref reduce{getattr_or_null(self, names::__reduce__)};
    if (has_error()) return Value{};
    if (reduce) {
        Value cls_reduce = type_lookup(type_of(self), names::__reduce__);
        Value obj_reduce = dict_get_str(object_type.dict, names::__reduce__);
        if (cls_reduce != obj_reduce) return call0(reduce.get());
    }
    return common_reduce(self, protocol);
}

static const NativeDef object_methods[] = {
    {"__format__(self, format_spec, /)", object_format_meth},
    {"__init_subclass__(cls, /, **kwargs)", object_init_subclass, nullptr, kNativeClassMethod},
    {"__subclasshook__(cls, *args)", object_subclasshook, nullptr, kNativeClassMethod},
    {"__sizeof__(self, /)", object_sizeof},
    {"__dir__(self, /)", object_dir},
    {"__reduce_ex__(self, protocol, /)", object_reduce_ex, nullptr, 0, "Helper for pickle."},
    {"__reduce__(self, /)", object_reduce_meth, nullptr, 0, "Helper for pickle."},
    {"__getstate__(self, /)", object_getstate_meth, nullptr, 0, "Helper for pickle."},
    {nullptr},
};

// =============================================================================================
// The `type` type

static Value type_repr(Value self) {
    Type* t = self.as<Type>();
    Value mod = type_lookup_own_module(t);
    if (mod && is_str(mod) && str_view(mod) != "builtins")
        return str_format("<class '%s.%s'>", std::string(str_view(mod)).c_str(),
                          std::string(str_view(Value(t->qualname))).c_str());
    return str_format("<class '%s'>", t->tp_name);
}

Value type_lookup_own_module(Type* t) {
    if (t->tpflags & kTypeHeap) {
        Value m = dict_get_str(t->dict, names::__module__);
        return m;
    }
    const char* dot = std::strrchr(t->tp_name, '.');
    if (!dot) return Value(names::builtins);
    return Value(intern(std::string_view(t->tp_name, dot - t->tp_name)));
}

Value type_member_qualname(Type* t, const char* name) {
    // A static type's qualname is its name after the last dot ("collections.deque" -> "deque").
    if (t->qualname) return str_format("%s.%s", std::string(str_view(Value(t->qualname))).c_str(), name);
    const char* dot = std::strrchr(t->tp_name, '.');
    return str_format("%s.%s", dot ? dot + 1 : t->tp_name, name);
}

static Value type_call(Value callable, const Value* args, size_t nargs, Tuple* kwnames) {
    Type* type = callable.as<Type>();
    // type(x) returns the type of x.
    if (type == &type_type && nargs == 1 && (!kwnames || kwnames->size == 0))
        return newref(Value(type_of(args[0])));
    if (!type->tp_new) return raise(&exc::TypeError, "cannot create '%s' instances", type->tp_name);
    // Classes made in Python have no vectorcall in CPython 3.11: calling one goes through
    // _PyObject_MakeTpCall, which counts a recursion level (builtin types are called directly).
    RecursionGuard guard(" while calling a Python object", type->tpflags & kTypeHeap);
    if (!guard.ok()) return Value{};
    Value obj = type->tp_new(type, args, nargs, kwnames);
    if (!obj) return Value{};
    // __init__ runs only when __new__ returned an instance of the type.
    Type* ot = type_of(obj);
    if (ot != type && !is_subtype(ot, type)) return obj;
    if (ot->tp_init) {
        if (ot->tp_init(obj, args, nargs, kwnames) < 0) {
            decref(obj);
            return Value{};
        }
    }
    return obj;
}

static Value type_tp_new(Type* metatype, const Value* args, size_t nargs, Tuple* kwnames) {
    size_t nkw = kwnames ? kwnames->size : 0;
    if (metatype == &type_type && nargs == 1 && nkw == 0) return newref(Value(type_of(args[0])));
    if (nargs != 3) return raise(&exc::TypeError, "type() takes 1 or 3 arguments");
    if (!is_tuple(args[1])) return raise(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_of(args[1])->tp_name);
    if (!is_dict(args[2])) return raise(&exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_of(args[2])->tp_name);
    Ref t{type_new_impl(metatype, args[0], args[1].as<Tuple>(), args[2].as<Dict>())};
    if (!t) return Value{};
    // Keyword arguments go to __init_subclass__.
    Dict* kwargs = nullptr;
    Ref kwref;
    if (nkw) {
        kwargs = dict_new();
        kwref = Ref{Value(kwargs)};
        for (size_t i = 0; i < nkw; i++)
            if (dict_set_item(kwargs, kwnames->items[i], args[nargs + i]) < 0) return Value{};
    }
    if (!type_ready_hooks(t.as<Type>(), kwargs)) return Value{};
    return t.release();
}

// __set_name__ on the new class's attributes, then the parent's __init_subclass__(**kwargs).
bool type_ready_hooks(Type* t, Dict* kwargs) {
    // Copy the dict items first: __set_name__ may change the dict.
    std::vector<std::pair<Ref, Ref>> items;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
    for (auto& [key, value] : items) {
        bool is_method = false;
        Value vt = Value(type_of(value.get()));
        Value set_name = type_lookup(vt.as<Type>(), names::__set_name__);
        (void)is_method;
        if (!set_name) continue;
        Value argv[3] = {value.get(), Value(t), key.get()};
        Ref r{call(set_name, argv, 3)};
        if (!r) return false;
    }
    // super(t, t).__init_subclass__(**kwargs): look it up after t in the MRO.
    Tuple* mro = t->mro;
    for (int64_t i = 1; i < mro->size; i++) {
        Type* k2 = mro->items[i].as<Type>();
        Value f = k2->dict ? dict_get_str(k2->dict, names::__init_subclass__) : Value{};
        if (!f) continue;
        Ref bound;
        DescrGetFn get = type_of(f)->descr_get;
        if (get) bound = Ref{get(f, Value{}, Value(t))};
        else bound = Ref::borrow(f);
        if (!bound) return false;
        Ref r{call_tuple_dict(bound.get(), tuple_empty().as<Tuple>(), kwargs)};
        return static_cast<bool>(r);
    }
    return true;
}

static int type_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs != 1 && nargs != 3) {
        raise(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Value type_getattro(Value self, Str* name) {
    Type* t = self.as<Type>();
    Type* meta = type_of(self);
    Value meta_attr = type_lookup(meta, name);
    DescrGetFn meta_get = nullptr;
    if (meta_attr) {
        Type* mat = type_of(meta_attr);
        meta_get = mat->descr_get;
        if (meta_get && mat->descr_set) return meta_get(meta_attr, self, Value(meta));
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        DescrGetFn get = type_of(attr)->descr_get;
        if (get) return get(attr, Value{}, self);
        return newref(attr);
    }
    if (meta_get) return meta_get(meta_attr, self, Value(meta));
    if (meta_attr) return newref(meta_attr);
    return raise(&exc::AttributeError, "type object '%s' has no attribute '%s'", t->tp_name,
                 std::string(name->view()).c_str());
}

static int type_setattro(Value self, Str* name, Value v) {
    Type* t = self.as<Type>();
    if (t->tpflags & kTypeImmutable) {
        raise(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", std::string(name->view()).c_str(),
              t->tp_name);
        return -1;
    }
    Type* meta = type_of(self);
    Value meta_attr = type_lookup(meta, name);
    if (meta_attr) {
        DescrSetFn set = type_of(meta_attr)->descr_set;
        if (set) return set(meta_attr, self, v);
    }
    name = intern_str(name);
    if (v) {
        if (dict_set_str(t->dict, name, v) < 0) return -1;
    } else if (dict_del_item(t->dict, Value(name)) < 0) {
        if (error_matches(&exc::KeyError)) {
            clear_error();
            raise(&exc::AttributeError, "type object '%s' has no attribute '%s'", t->tp_name,
                  std::string(name->view()).c_str());
        }
        return -1;
    }
    type_modified(t);
    std::string_view n = name->view();
    if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") fixup_slots_recursive(t);
    return 0;
}

static Value type_get_name(Value self) { return newref(Value(self.as<Type>()->name)); }
static int type_set_name(Value self, Value v) {
    Type* t = self.as<Type>();
    if (!(t->tpflags & kTypeHeap)) { raise(&exc::TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->tp_name); return -1; }
    if (!v || !is_str(v)) { raise(&exc::TypeError, "can only assign string to %s.__name__", t->tp_name); return -1; }
    Str* old = t->name;
    t->name = intern_str(v.as<Str>());
    incref(Value(t->name));
    decref(Value(old));
    return 0;
}
static Value type_get_qualname(Value self) { return newref(Value(self.as<Type>()->qualname)); }
static int type_set_qualname(Value self, Value v) {
    Type* t = self.as<Type>();
    if (!(t->tpflags & kTypeHeap)) { raise(&exc::TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->tp_name); return -1; }
    if (!v || !is_str(v)) { raise(&exc::TypeError, "can only assign string to %s.__qualname__", t->tp_name); return -1; }
    Str* old = t->qualname;
    t->qualname = newref(v).as<Str>();
    decref(Value(old));
    return 0;
}
static Value type_get_module(Value self) {
    Value m = type_lookup_own_module(self.as<Type>());
    if (!m) return raise(&exc::AttributeError, "__module__");
    return newref(m);
}
// __module__ and __doc__ of a class live in its dict; only classes made in Python may change them.
static bool check_set_special_attr(Type* t, Value v, const char* name) {
    if (!(t->tpflags & kTypeHeap)) {
        raise(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name, t->tp_name);
        return false;
    }
    if (!v) {
        raise(&exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, t->tp_name);
        return false;
    }
    return true;
}
static int type_set_module(Value self, Value v) {
    Type* t = self.as<Type>();
    if (!check_set_special_attr(t, v, "__module__") || dict_set_str(t->dict, names::__module__, v) < 0) return -1;
    type_modified(t);
    return 0;
}
static Value type_get_bases(Value self) { return newref(Value(self.as<Type>()->bases)); }

// Recomputes the MRO of t and of every class below it, after a __bases__ assignment.
static bool remake_mro(Type* t) {
    Value mro = compute_mro(t);
    if (!mro) return false;
    Tuple* old = t->mro;
    t->mro = mro.as<Tuple>();
    decref(Value(old));
    // Start from no slots (as type_new_impl does), so nothing stays from the old bases.
#define RESET(field) t->field = nullptr;
    RESET(repr) RESET(str) RESET(getattro) RESET(setattro) RESET(call) RESET(iter) RESET(iternext)
    RESET(descr_get) RESET(descr_set) RESET(tp_init) RESET(tp_new) RESET(richcompare) RESET(hash)
#define BINARY_SLOT(field, d, r, o) RESET(field)
#define INPLACE_SLOT(field, d, b2, o) RESET(field)
#define UNARY_SLOT(field, d) RESET(field)
#include "slots.def"
    RESET(nb_bool) RESET(sq_length) RESET(mp_subscript) RESET(mp_ass_subscript)
    RESET(sq_contains) RESET(am_await) RESET(am_aiter) RESET(am_anext)
#undef RESET
    for (int64_t i = 1; i < t->mro->size; i++) inherit_slots(t, t->mro->items[i].as<Type>());
    fixup_slots(t);
    type_modified(t);
    if (t->subclasses) {
        std::vector<Type*> subs = *t->subclasses;
        for (Type* sub : subs)
            if (!remake_mro(sub)) return false;
    }
    return true;
}

static int type_set_bases(Value self, Value v) {
    Type* t = self.as<Type>();
    std::string name(str_view(Value(t->name)));
    if (!(t->tpflags & kTypeHeap)) {
        raise(&exc::TypeError, "cannot set '__bases__' attribute of immutable type '%s'", t->tp_name);
        return -1;
    }
    if (!v) {
        raise(&exc::TypeError, "cannot delete '__bases__' attribute of immutable type '%s'", t->tp_name);
        return -1;
    }
    if (!is_tuple(v)) {
        raise(&exc::TypeError, "can only assign tuple to %s.__bases__, not %s", name.c_str(), type_of(v)->tp_name);
        return -1;
    }
    Tuple* bases = v.as<Tuple>();
    if (bases->size == 0) {
        raise(&exc::TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", name.c_str());
        return -1;
    }
    for (int64_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!isinstance_of(b, &type_type)) {
            raise(&exc::TypeError, "%s.__bases__ must be tuple of classes, not '%s'", name.c_str(), type_of(b)->tp_name);
            return -1;
        }
        if (is_subtype(b.as<Type>(), t)) {
            raise(&exc::TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type* new_base = best_base(bases);
    if (!new_base) return -1;
    Type* old_solid = solid_base(t->base);
    Type* new_solid = solid_base(new_base);
    if (old_solid->dealloc != new_solid->dealloc) {
        raise(&exc::TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", new_base->tp_name,
              t->base->tp_name);
        return -1;
    }
    if (old_solid != new_solid || new_base->dict_offset != t->base->dict_offset ||
        new_base->prefixsize != t->base->prefixsize ||
        (new_base->basicsize > t->base->basicsize)) {
        raise(&exc::TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", new_base->tp_name,
              t->base->tp_name);
        return -1;
    }
    Tuple* old_bases = t->bases;
    Type* old_base = t->base;
    for (int64_t i = 0; i < old_bases->size; i++) remove_subclass(old_bases->items[i].as<Type>(), t);
    t->bases = newref(v).as<Tuple>();
    t->base = new_base;
    if (!remake_mro(t)) {   // restore the old bases (their MRO was consistent)
        Value err = take_error();
        decref(Value(t->bases));
        t->bases = old_bases;
        t->base = old_base;
        for (int64_t i = 0; i < old_bases->size; i++) add_subclass(old_bases->items[i].as<Type>(), t);
        if (!remake_mro(t)) clear_error();
        restore_error(err);
        return -1;
    }
    for (int64_t i = 0; i < bases->size; i++) add_subclass(bases->items[i].as<Type>(), t);
    decref(Value(old_bases));
    return 0;
}
static Value type_get_base(Value self) {
    Type* b = self.as<Type>()->base;
    return newref(b ? Value(b) : none());
}
static Value type_get_mro(Value self) { return newref(Value(self.as<Type>()->mro)); }
static Value type_get_dict(Value self) { return make_mappingproxy(Value(self.as<Type>()->dict)); }
static Value type_get_doc(Value self) {
    Type* t = self.as<Type>();
    Value d = dict_get_str(t->dict, names::__doc__);
    if (!d) return newref(none());
    DescrGetFn get = type_of(d)->descr_get;
    if (get) return get(d, Value{}, self);
    return newref(d);
}
static int type_set_doc(Value self, Value v) {
    Type* t = self.as<Type>();
    if (!check_set_special_attr(t, v, "__doc__") || dict_set_str(t->dict, names::__doc__, v) < 0) return -1;
    type_modified(t);
    return 0;
}
static Value type_get_abstract(Value self) {
    Type* t = self.as<Type>();
    Value v = (t->tpflags & kTypeHeap) ? dict_get_str(t->dict, names::__abstractmethods__) : Value{};
    if (!v) return raise(&exc::AttributeError, "__abstractmethods__");
    return newref(v);
}
static int type_set_abstract(Value self, Value v) {
    Type* t = self.as<Type>();
    if (v) {
        if (dict_set_str(t->dict, names::__abstractmethods__, v) < 0) return -1;
        int nonempty = truthy(v);
        if (nonempty < 0) return -1;
        if (nonempty) t->tpflags |= kTypeAbstract;
        else t->tpflags &= ~kTypeAbstract;
    } else {
        if (dict_del_item(t->dict, Value(names::__abstractmethods__)) < 0) return -1;
        t->tpflags &= ~kTypeAbstract;
    }
    type_modified(t);
    return 0;
}

// __flags__ in CPython's bit positions (Include/object.h), for the few flags Python code
// reads: copyreg tests Py_TPFLAGS_HEAPTYPE (1 << 9) to find the first builtin base.
static Value type_get_flags(Value self) {
    Type* t = self.as<Type>();
    uint64_t flags = 0;
    if (t->tpflags & kTypeImmutable) flags |= 1u << 8;   // Py_TPFLAGS_IMMUTABLETYPE
    if (t->tpflags & kTypeHeap) flags |= 1u << 9;        // Py_TPFLAGS_HEAPTYPE
    if (t->tpflags & kTypeBaseType) flags |= 1u << 10;   // Py_TPFLAGS_BASETYPE
    if (t->tpflags & kTypeReady) flags |= 1u << 12;      // Py_TPFLAGS_READY
    if (t->tpflags & kTypeHasGC) flags |= 1u << 14;      // Py_TPFLAGS_HAVE_GC
    if (t->tpflags & kTypeAbstract) flags |= 1u << 20;   // Py_TPFLAGS_IS_ABSTRACT
    return int_from_u64(flags);
}

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, nullptr},
    {"__mro__", type_get_mro, nullptr},
    {"__dict__", type_get_dict, nullptr},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__flags__", type_get_flags, nullptr},
    {nullptr},
};

static Value type_mro_meth(const Value* args) { return sequence_to_list(Value(args[0].as<Type>()->mro)); }

static Value type_subclasses_meth(const Value* args) {
    Type* t = args[0].as<Type>();
    Ref l{list_new(0)};
    if (!l) return Value{};
    if (t->subclasses)
        for (Type* s : *t->subclasses)
            if (!list_append(l.get(), Value(s))) return Value{};
    return l.release();
}

static Value type_instancecheck(const Value* args) {
    return newref(bool_value(isinstance_of(args[1], args[0].as<Type>())));
}

static Value type_subclasscheck(const Value* args) {
    if (!isinstance_of(args[1], &type_type)) return raise(&exc::TypeError, "issubclass() arg 1 must be a class");
    return newref(bool_value(is_subtype(args[1].as<Type>(), args[0].as<Type>())));
}

static Value type_prepare(const Value* args) { return Value(dict_new()); }

static Value type_dir_meth(const Value* args) {
    Type* t = args[0].as<Type>();
    Ref result{Value(dict_new())};
    for (int64_t i = 0; i < t->mro->size; i++) {
        Dict* td = t->mro->items[i].as<Type>()->dict;
        if (td && dict_update(result.as<Dict>(), Value(td)) < 0) return Value{};
    }
    return dict_keys_list(result.as<Dict>());
}

static const NativeDef type_methods[] = {
    {"mro(self, /)", type_mro_meth},
    {"__subclasses__(self, /)", type_subclasses_meth},
    {"__instancecheck__(self, instance, /)", type_instancecheck},
    {"__subclasscheck__(self, subclass, /)", type_subclasscheck},
    {"__prepare__(cls, name, bases, /, **kwds)", type_prepare, nullptr, kNativeClassMethod},
    {"__dir__(self, /)", type_dir_meth},
    {nullptr},
};

void init_object_and_type() {
    // `object` and `type` refer to each other; fill both before finalizing either.
    init_static_type(&type_type, "type", &object_type, sizeof(Type), kTypeBaseType | kTypeTypeSubclass | kTypeHasGC | kTypeWeakrefable);
    init_static_type(&object_type, "object", nullptr, sizeof(Object), kTypeBaseType);
}

void init_object_and_type_methods() {
    object_type.doc = "The base class of the class hierarchy.";
    object_type.tp_new = object_new;
    object_type.tp_init = object_init;
    object_type.dealloc = object_dealloc;
    object_type.repr = object_repr;
    object_type.str = object_str;
    object_type.hash = object_hash;
    object_type.richcompare = object_richcompare;
    object_type.getattro = generic_getattr;
    object_type.setattro = generic_setattr;
    add_methods(&object_type, object_methods);
    add_getsets(&object_type, object_getsets);
    finalize_type(&object_type);

    type_type.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
    type_type.tp_new = type_tp_new;
    type_type.tp_init = type_init;
    type_type.call = type_call;
    type_type.repr = type_repr;
    type_type.getattro = type_getattro;
    type_type.setattro = type_setattro;
    type_type.nb_or = union_or;   // int | str (union.cpp)
    type_type.dealloc = heap_type_dealloc;   // only heap types are ever freed
    type_type.traverse = heap_type_traverse;
    type_type.clear = heap_type_clear;
    add_methods(&type_type, type_methods);
    add_getsets(&type_type, type_getsets);
    finalize_type(&type_type);
}

}  // namespace minipy::rt
