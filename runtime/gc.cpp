// gc.cpp — the cycle collector (see gc.hpp for the algorithm).
#include "gc.hpp"
#include "weakref.hpp"

#include <mutex>
#include <vector>

#include "alloc.hpp"
#include "errors.hpp"
#include "ops.hpp"
#include "str.hpp"
#include "thread_state.hpp"

namespace minipy::rt {

void (*g_gc_schedule_hook)() = nullptr;
bool (*g_gc_may_collect_hook)() = nullptr;

namespace {

constexpr int kGenerations = 3;

// Bits of Object::gc used during a collection.
constexpr uint8_t kCollecting = 1;   // in the generation being collected
constexpr uint8_t kReachable = 2;    // proven reachable from outside it

struct Generation {
    GcHead head;           // sentinel of a circular list
    int64_t count;         // gen 0: allocations since the last collection; older: collections of the younger one
    int64_t threshold;
};

Generation g_gens[kGenerations];
bool g_initialized = false;
bool g_enabled = true;
bool g_collecting = false;
bool g_scheduled = false;
int64_t g_tracked = 0;
std::mutex g_list_mutex;   // only used without the GIL

void init_lists() {
    if (g_initialized) return;
    const int64_t thresholds[kGenerations] = {700, 10, 10};
    for (int i = 0; i < kGenerations; i++) {
        g_gens[i].head.prev = g_gens[i].head.next = &g_gens[i].head;
        g_gens[i].count = 0;
        g_gens[i].threshold = thresholds[i];
    }
    g_initialized = true;
}

inline Object* object_of(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }

inline void list_remove(GcHead* h) {
    h->prev->next = h->next;
    h->next->prev = h->prev;
    h->prev = h->next = nullptr;
}

inline void list_append(GcHead* list, GcHead* h) {
    h->prev = list->prev;
    h->next = list;
    list->prev->next = h;
    list->prev = h;
}

// Moves every element of `from` to the end of `to`.
void list_merge(GcHead* from, GcHead* to) {
    if (from->next == from) return;
    GcHead* first = from->next;
    GcHead* last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    from->next = from->prev = from;
}

struct ListLock {
    explicit ListLock() : locked(g_free_threaded) { if (locked) g_list_mutex.lock(); }
    ~ListLock() { if (locked) g_list_mutex.unlock(); }
    bool locked;
};

}  // namespace

// =============================================================================================
// Allocation

Object* gc_alloc(Type* t, size_t size, size_t prefix) {
    init_lists();
    void* mem = mem_zalloc(prefix + sizeof(GcHead) + size);
    if (!mem) return nullptr;
    auto* h = reinterpret_cast<GcHead*>(static_cast<char*>(mem) + prefix);
    Object* o = object_of(h);
    o->flags |= kFlagGcTracked;
    bool schedule = false;
    {
        ListLock lock;
        list_append(&g_gens[0].head, h);
        g_tracked++;
        if (++g_gens[0].count > g_gens[0].threshold && g_enabled && !g_collecting && !g_scheduled) {
            g_scheduled = true;
            schedule = true;
        }
    }
    if (schedule && g_gc_schedule_hook) g_gc_schedule_hook();
    return o;
}

void gc_free(Object* o, size_t prefix) {
    GcHead* h = gc_head_of(o);
    {
        ListLock lock;
        if (h->next) {
            list_remove(h);
            g_tracked--;
            if (h->generation == 0 && g_gens[0].count > 0) g_gens[0].count--;
        }
    }
    mem_free(reinterpret_cast<char*>(h) - prefix);
}

// =============================================================================================
// Collection

namespace {

void visit_decref(Object* child, void* arg) {
    if ((child->gc & kCollecting) && gc_is_tracked(child)) gc_head_of(child)->refs--;
}

struct MarkState {
    std::vector<Object*>* stack;
};

void visit_mark(Object* child, void* arg) {
    if (!(child->gc & kCollecting) || (child->gc & kReachable) || !gc_is_tracked(child)) return;
    child->gc |= kReachable;
    static_cast<MarkState*>(arg)->stack->push_back(child);
}

// Finds the objects of `list` that are unreachable from outside it. They are returned with their
// kCollecting bit still set; every reachable object has its bits cleared.
std::vector<Object*> find_unreachable(GcHead* list) {
    std::vector<Object*> all;
    for (GcHead* h = list->next; h != list; h = h->next) {
        Object* o = object_of(h);
        uint32_t rc = refcount_of(o);
        // A count of zero: the object is being deallocated further up this thread's stack (a
        // __del__ or weakref callback of something it owned is running Python code). It is not
        // ours to free; leaving it out also keeps what it still references alive.
        if (rc == 0) continue;
        h->refs = (rc & kImmortalBit) ? (int64_t(1) << 40) : rc;
        o->gc = kCollecting;
        all.push_back(o);
    }
    for (Object* o : all) {
        TraverseFn tr = o->type->traverse;
        if (tr) tr(o, visit_decref, nullptr);
    }
    std::vector<Object*> stack;
    MarkState ms{&stack};
    for (Object* o : all)
        if (gc_head_of(o)->refs > 0 && !(o->gc & kReachable)) {
            o->gc |= kReachable;
            stack.push_back(o);
        }
    while (!stack.empty()) {
        Object* o = stack.back();
        stack.pop_back();
        TraverseFn tr = o->type->traverse;
        if (tr) tr(o, visit_mark, &ms);
    }
    std::vector<Object*> unreachable;
    for (Object* o : all) {
        if (o->gc & kReachable) o->gc = 0;
        else unreachable.push_back(o);
    }
    return unreachable;
}

// Clears the weak references to the garbage and returns those whose callbacks must run: the
// ones that are not garbage themselves.
WeakCallbacks detach_weakrefs(const std::vector<Object*>& unreachable) {
    WeakCallbacks pending;
    for (Object* o : unreachable) {
        if (!(o->flags & kFlagWeaklyReferenced)) continue;
        for (WeakRef* r : weakref_detach(o)) {
            if ((r->gc & kCollecting) && gc_is_tracked(r)) decref(Value(r));   // garbage itself: no call
            else pending.push_back(r);
        }
    }
    return pending;
}

// Runs Python code (weakref callbacks, finalizers) with every garbage object held alive and
// intact. The code may resurrect or free some, so the caller computes reachability again.
template <class F>
void run_with_garbage_held(const std::vector<Object*>& unreachable, F&& run) {
    for (Object* o : unreachable) incref(o);
    run();
    for (Object* o : unreachable) o->gc = 0;
    for (Object* o : unreachable) decref(o);
}

bool has_unfinalized_del(Object* o) {
    return (o->type->tpflags & kTypeHeap) && !(o->flags & kFlagFinalized) && type_lookup(o->type, names::__del__);
}

}  // namespace

int64_t gc_collect(int generation) {
    init_lists();
    if (g_collecting) return -1;
    if (g_gc_may_collect_hook && !g_gc_may_collect_hook()) return -1;
    if (generation < 0 || generation >= kGenerations) generation = kGenerations - 1;
    g_collecting = true;
    g_scheduled = false;
    // Gather generations 0..g into g.
    GcHead* young = &g_gens[generation].head;
    for (int i = 0; i < generation; i++) list_merge(&g_gens[i].head, young);
    for (int i = 0; i <= generation; i++) g_gens[i].count = 0;
    if (generation + 1 < kGenerations) g_gens[generation + 1].count++;

    int64_t found = 0;
    Value saved = take_error();
    std::vector<Object*> unreachable = find_unreachable(young);
    // Weak references to garbage die before anything else happens to it (as CPython's
    // handle_weakrefs): nobody can reach the garbage through them while finalizers run. Only
    // callbacks of references that are not garbage themselves are called.
    WeakCallbacks callbacks = detach_weakrefs(unreachable);
    if (!callbacks.empty()) {
        run_with_garbage_held(unreachable, [&] { weakref_run_callbacks(callbacks); });
        unreachable = find_unreachable(young);
    }
    // Finalizers next (once per object), under the same protection.
    bool any_del = false;
    for (Object* o : unreachable) any_del |= has_unfinalized_del(o);
    if (any_del) {
        run_with_garbage_held(unreachable, [&] {
            for (Object* o : unreachable) {
                if (!has_unfinalized_del(o)) continue;
                o->flags |= kFlagFinalized;
                Value del = type_lookup(o->type, names::__del__);
                Value self = Value(o);
                Value r = call(del, &self, 1);
                if (!r) write_unraisable("Exception ignored in: ", del);
                decref(r);
            }
        });
        unreachable = find_unreachable(young);
    }
    found = static_cast<int64_t>(unreachable.size());
    // Break the cycles: hold every garbage object alive, clear them all, then let go.
    for (Object* o : unreachable) incref(o);
    for (Object* o : unreachable) {
        o->gc = 0;
        ClearFn cl = o->type->clear;
        if (cl) cl(o);
    }
    for (Object* o : unreachable) decref(o);
    // Survivors move to the next generation.
    for (GcHead* h = young->next; h != young; h = h->next) {
        object_of(h)->gc = 0;
        h->generation = generation + 1 < kGenerations ? generation + 1 : generation;
    }
    if (generation + 1 < kGenerations) list_merge(young, &g_gens[generation + 1].head);
    clear_error();
    restore_error(saved);
    g_collecting = false;
    return found;
}

void gc_collect_if_scheduled() {
    if (!g_scheduled || g_collecting || !g_enabled) return;
    // Collect the oldest generation whose count is over its threshold, as CPython does.
    int gen = 0;
    for (int i = kGenerations - 1; i >= 0; i--)
        if (g_gens[i].count > g_gens[i].threshold) {
            gen = i;
            break;
        }
    gc_collect(gen);
}

void gc_set_enabled(bool on) { g_enabled = on; }
bool gc_is_enabled() { return g_enabled; }

void gc_get_thresholds(int64_t out[3]) {
    init_lists();
    for (int i = 0; i < kGenerations; i++) out[i] = g_gens[i].threshold;
}

void gc_set_thresholds(const int64_t t[3]) {
    init_lists();
    for (int i = 0; i < kGenerations; i++) g_gens[i].threshold = t[i];
}

void gc_get_counts(int64_t out[3]) {
    init_lists();
    for (int i = 0; i < kGenerations; i++) out[i] = g_gens[i].count;
}

int64_t gc_tracked_count() { return g_tracked; }

}  // namespace minipy::rt
