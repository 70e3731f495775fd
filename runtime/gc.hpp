// gc.hpp — the cycle collector: finds groups of objects that only reference each other and frees
// them. Reference counting alone never frees a cycle (a list that contains itself, two instances
// pointing at each other, a frame's exception pointing back at the frame).
//
// Design note
// ===========
// Objects of types flagged kTypeHasGC (containers: list, dict, instances of Python classes,
// functions, frames, generators, ...) are allocated with a GcHead in front of them and linked into
// the youngest of three generations, as in CPython. A collection of generation g:
//
//   1. copies each object's reference count into its head (gc_refs);
//   2. for every reference *between* collected objects (found with the type's traverse slot),
//      subtracts one from the target's gc_refs. What is left is the number of references from
//      outside the generation: variables, frames, older objects;
//   3. marks every object with gc_refs > 0 reachable, and everything reachable from those;
//   4. the rest is garbage: runs __del__ methods once (PEP 442), re-checks in case a finalizer
//      resurrected something, then calls each object's clear slot, which drops its references and
//      lets reference counting free the whole group;
//   5. moves the survivors to the next older generation.
//
// A collection starts automatically when more than 700 container objects have been allocated
// since the last one (CPython's thresholds 700/10/10), at the next eval-breaker poll point, so
// finalizers only run where Python code could run anyway; or explicitly with gc.collect().
// Without the GIL the collector runs only while a single thread exists (no stop-the-world yet).
#pragma once

#include <cstdint>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct GcHead {
    GcHead* prev;
    GcHead* next;
    int64_t refs;        // scratch during a collection
    int32_t generation;
    int32_t pad;
};
static_assert(sizeof(GcHead) % 16 == 0, "keeps objects 16-byte aligned");

inline GcHead* gc_head_of(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline bool gc_is_tracked(const Object* o) { return o->flags & kFlagGcTracked; }

// Allocation support (type.cpp): memory for a GC object and its head, linked into generation 0.
// `prefix` bytes (a multiple of 16) more are reserved in front of the head, for the instance
// fields of Python subclasses of variable-size types (Type::prefixsize); gc_free must be given
// the same number.
Object* gc_alloc(Type* t, size_t size, size_t prefix = 0);
void gc_free(Object* o, size_t prefix = 0);

// Runs a collection of generations 0..generation; returns the number of unreachable objects.
// Must be called where Python code may run (it runs finalizers). -1 when a collection is already
// running or collection is impossible now (several threads without a GIL).
int64_t gc_collect(int generation);
// The scheduled automatic collection, if one is due (called at eval-breaker poll points).
void gc_collect_if_scheduled();

void gc_set_enabled(bool on);
bool gc_is_enabled();
void gc_get_thresholds(int64_t out[3]);
void gc_set_thresholds(const int64_t t[3]);
void gc_get_counts(int64_t out[3]);
int64_t gc_tracked_count();

// Set by the VM: called (from an allocation) when an automatic collection becomes due, to make
// the current thread collect at its next poll point.
extern void (*g_gc_schedule_hook)();
// Set by the VM: false while a collection would be unsafe (several threads running without a
// GIL: there is no stop-the-world). gc_collect() then returns -1.
extern bool (*g_gc_may_collect_hook)();

}  // namespace minipy::rt
