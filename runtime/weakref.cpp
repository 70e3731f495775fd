// weakref.cpp — weak references (design note in weakref.hpp).
#include "weakref.hpp"

#include <mutex>
#include <unordered_map>

#include "descr.hpp"
#include "errors.hpp"
#include "gc.hpp"
#include "int.hpp"
#include "list.hpp"
#include "native.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type weakref_type;

namespace {

// referent -> its first reference. Entries exist only for objects with kFlagWeaklyReferenced.
std::mutex g_table_mutex;
std::unordered_map<Object*, WeakRef*>* g_table = nullptr;

std::unordered_map<Object*, WeakRef*>& table() {
    if (!g_table) g_table = new std::unordered_map<Object*, WeakRef*>();   // lives for the process
    return *g_table;
}

// A strong reference to o unless its count already reached zero (it is being freed).
bool try_incref(Object* o) {
    uint32_t rc = o->refcnt.load(std::memory_order_relaxed);
    if (rc & kImmortalBit) return true;
    while (rc != 0) {
        if (o->refcnt.compare_exchange_weak(rc, rc + 1, std::memory_order_acquire, std::memory_order_relaxed))
            return true;
    }
    return false;
}

// A reference without callback of exactly weakref.ref: the one weakref.ref(obj) hands out again.
bool is_plain(WeakRef* r) { return r->type == &weakref_type && !r->callback; }

// Called with the mutex held: o's first reference, or null.
WeakRef* first_ref(Object* o) {
    auto it = table().find(o);
    return it == table().end() ? nullptr : it->second;
}

// Called with the mutex held: a new reference to o's plain reference, or null when it has none.
Value existing_plain_ref(Object* o) {
    WeakRef* head = first_ref(o);
    return head && is_plain(head) && try_incref(head) ? Value(head) : Value{};
}

// Called with the mutex held.
void link(Object* o, WeakRef* r) {
    auto& t = table();
    auto it = t.find(o);
    if (it == t.end()) {
        r->prev = r->next = nullptr;
        t.emplace(o, r);
        o->flags |= kFlagWeaklyReferenced;
        return;
    }
    WeakRef* head = it->second;
    if (is_plain(r) || !is_plain(head)) {   // plain refs go first; others newest-first after them
        r->prev = nullptr;
        r->next = head;
        head->prev = r;
        it->second = r;
    } else {
        r->prev = head;
        r->next = head->next;
        if (head->next) head->next->prev = r;
        head->next = r;
    }
}

// Called with the mutex held, for a reference whose referent is still set.
void unlink(WeakRef* r) {
    Object* o = r->referent;
    if (r->prev) r->prev->next = r->next;
    if (r->next) r->next->prev = r->prev;
    if (!r->prev) {
        auto& t = table();
        if (r->next) {
            t[o] = r->next;
        } else {
            t.erase(o);
            o->flags &= ~kFlagWeaklyReferenced;
        }
    }
    r->prev = r->next = nullptr;
    r->referent = nullptr;
}


// --- the type ------------------------------------------------------------------------------------

Value weakref_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size) return raise(&exc::TypeError, "ref() takes no keyword arguments");
    if (nargs < 1) return raise(&exc::TypeError, "__new__ expected at least 1 argument, got %d", static_cast<int>(nargs));
    if (nargs > 2) return raise(&exc::TypeError, "__new__ expected at most 2 arguments, got %d", static_cast<int>(nargs));
    return weakref_new(type, args[0], nargs == 2 ? args[1] : Value{});
}

// Subclasses call ref.__init__(self, ob, callback) from their own __init__; the work is done.
int weakref_tp_init(Value, const Value*, size_t, Tuple*) { return 0; }


void weakref_traverse(Object* o, VisitFn visit, void* arg) {
    Value cb = static_cast<WeakRef*>(o)->callback;
    if (cb.is_object()) visit(cb.as_object(), arg);
}

void weakref_clear(Object* o) {
    WeakRef* r = static_cast<WeakRef*>(o);
    {
        std::lock_guard<std::mutex> lock(g_table_mutex);
        if (r->referent) unlink(r);
    }
    Value cb = r->callback;
    r->callback = Value{};
    decref(cb);
}

void weakref_dealloc(Object* o) {
    weakref_clear(o);
    free_object_memory(o);
}

Value weakref_call(Value self, const Value*, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size) return raise(&exc::TypeError, "weakref() takes no keyword arguments");
    if (nargs) return raise(&exc::TypeError, "weakref expected 0 arguments, got %d", static_cast<int>(nargs));
    return weakref_get(self.as<WeakRef>());
}

int64_t weakref_hash(Value self) {
    WeakRef* r = self.as<WeakRef>();
    if (r->hash != -1) return r->hash;
    Ref obj{weakref_get(r)};
    if (is_none(obj.get())) {
        raise(&exc::TypeError, "weak object has gone away");
        return -1;
    }
    int64_t h = hash(obj.get());
    if (h != -1) r->hash = h;
    return h;
}

Value weakref_richcompare(Value a, Value b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isinstance_of(a, &weakref_type) ||
        !isinstance_of(b, &weakref_type))
        return not_implemented();
    Ref x{weakref_get(a.as<WeakRef>())};
    Ref y{weakref_get(b.as<WeakRef>())};
    if (is_none(x.get()) || is_none(y.get())) {   // a dead reference equals only itself
        bool same = a.as_object() == b.as_object();
        return bool_value(op == CompareOp::Eq ? same : !same);
    }
    return richcompare(x.get(), y.get(), op);
}

Value weakref_repr(Value self) {
    WeakRef* r = self.as<WeakRef>();
    Ref obj{weakref_get(r)};
    if (is_none(obj.get())) return str_format("<weakref at %p; dead>", static_cast<void*>(r));
    Ref name{getattr_or_null(obj.get(), intern("__name__"))};
    if (name && is_str(name.get()))
        return str_format("<weakref at %p; to '%s' at %p (%S)>", static_cast<void*>(r), type_of(obj.get())->tp_name,
                          static_cast<void*>(obj.get().as_object()), name.get());
    return str_format("<weakref at %p; to '%s' at %p>", static_cast<void*>(r), type_of(obj.get())->tp_name,
                      static_cast<void*>(obj.get().as_object()));
}

Value weakref_get_callback(Value self) {
    Value cb = self.as<WeakRef>()->callback;
    return newref(cb ? cb : none());
}

const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, nullptr},
    {nullptr},
};

}  // namespace

Value weakref_new(Type* type, Value obj, Value callback) {
    if (!weakref_supported(obj))
        return raise(&exc::TypeError, "cannot create weak reference to '%s' object", type_of(obj)->tp_name);
    if (callback && is_none(callback)) callback = Value{};
    Object* o = obj.as_object();
    if (type == &weakref_type && !callback) {
        std::lock_guard<std::mutex> lock(g_table_mutex);
        if (Value plain = existing_plain_ref(o)) return plain;
    }
    WeakRef* r = alloc<WeakRef>(type);
    if (!r) return raise_no_memory();
    r->referent = o;
    r->callback = callback ? newref(callback) : Value{};
    r->hash = -1;
    Value existing{};
    {
        std::lock_guard<std::mutex> lock(g_table_mutex);
        if (type == &weakref_type && !callback) existing = existing_plain_ref(o);   // made meanwhile?
        if (!existing) link(o, r);
    }
    if (existing) {
        r->referent = nullptr;
        decref(Value(r));   // unlinked, no callback: nothing runs
        return existing;
    }
    return Value(r);
}

Value weakref_get(WeakRef* r) {
    std::lock_guard<std::mutex> lock(g_table_mutex);
    Object* o = r->referent;
    if (!o || !try_incref(o)) return none();
    return Value(o);
}

WeakCallbacks weakref_detach(Object* o) {
    WeakCallbacks pending;
    std::lock_guard<std::mutex> lock(g_table_mutex);
    auto& t = table();
    auto it = t.find(o);
    if (it == t.end()) return pending;
    WeakRef* r = it->second;
    t.erase(it);
    o->flags &= ~kFlagWeaklyReferenced;
    while (r) {
        WeakRef* next = r->next;
        r->referent = nullptr;
        r->prev = r->next = nullptr;
        // A reference that is itself dying (count zero) gets no callback call.
        if (r->callback && try_incref(r)) pending.push_back(r);
        r = next;
    }
    return pending;
}

void weakref_run_callbacks(WeakCallbacks& pending) {
    if (pending.empty()) return;
    Value saved = take_error();
    for (WeakRef* r : pending) {
        Value cb = r->callback;
        if (cb) {
            Value arg = Value(r);
            Ref keep{newref(cb)};
            Ref result{call(cb, &arg, 1)};
            if (!result) write_unraisable("Exception ignored in: ", cb);
        }
        decref(Value(r));
    }
    pending.clear();
    restore_error(saved);
}

int64_t weakref_count(Object* o) {
    std::lock_guard<std::mutex> lock(g_table_mutex);
    int64_t n = 0;
    for (WeakRef* r = first_ref(o); r; r = r->next) n++;
    return n;
}

Value weakref_list(Object* o) {
    std::vector<Value> refs;
    {
        std::lock_guard<std::mutex> lock(g_table_mutex);
        for (WeakRef* r = first_ref(o); r; r = r->next)
            if (try_incref(r)) refs.push_back(Value(r));
    }
    Value list = list_new(0);
    for (Value r : refs) {
        if (list && !list_append(list, r)) {
            decref(list);
            list = Value{};
        }
        decref(r);
    }
    return list ? list : raise_no_memory();
}

Value weakref_first(Object* o) {
    std::lock_guard<std::mutex> lock(g_table_mutex);
    WeakRef* head = first_ref(o);
    return head && try_incref(head) ? Value(head) : none();
}

void init_weakref_type() {
    init_static_type(&weakref_type, "weakref.ReferenceType", &object_type, sizeof(WeakRef),
                     kTypeBaseType | kTypeHasGC);
    weakref_type.tp_new = weakref_tp_new;
    weakref_type.tp_init = weakref_tp_init;
    weakref_type.dealloc = weakref_dealloc;
    weakref_type.traverse = weakref_traverse;
    weakref_type.clear = weakref_clear;
    weakref_type.call = weakref_call;
    weakref_type.hash = weakref_hash;
    weakref_type.richcompare = weakref_richcompare;
    weakref_type.repr = weakref_repr;
    add_getsets(&weakref_type, weakref_getsets);
    finalize_type(&weakref_type);
    enable_class_getitem(&weakref_type);
}

}  // namespace minipy::rt
