// weakref.hpp — weak references: `weakref.ref(obj, callback)` refers to obj without keeping it
// alive; when obj dies the reference answers None and its callback runs.
//
// Design note
// ===========
// CPython gives every weakly-referenceable object a `__weakref__` pointer field. minipy keeps the
// object header at two words instead: the references to an object live in a side table (object
// address -> doubly-linked list of its WeakRef objects), and one header bit,
// kFlagWeaklyReferenced, says "look in the table". Deallocation tests that bit, so objects that
// were never weakly referenced pay one branch.
//
// When the referent dies:
//   1. (under the table's mutex) its list is taken out of the table and every reference's
//      referent pointer is set to null, so `ref()` answers None from now on;
//   2. the object is freed;
//   3. the callbacks run, newest reference first (as CPython), each with its reference as the
//      argument; an exception in a callback is printed as "Exception ignored in: ..." and dropped.
// Callbacks run after the memory is freed, so Python code never sees a half-torn-down object.
// For instances of Python classes, step 1 comes after __del__ (weak references still work
// inside __del__, and an object that __del__ resurrects keeps its references), as in CPython.
//
// The cycle collector clears the weak references to garbage before it runs finalizers, and
// calls only the callbacks of references that are not garbage themselves (gc.cpp).
//
// Threads: the table and the lists are guarded by one mutex. `ref()` takes a strong reference
// under it with a compare-and-swap that fails on a count of zero, so without the GIL a thread
// can never revive an object whose last reference another thread is dropping.
//
// Which types may be weakly referenced: kTypeWeakrefable (functions, classes, sets, modules,
// methods, generators, code, locks, and instances of Python classes unless __slots__ leaves out
// __weakref__ or the class derives from int, tuple or bytes, as in CPython).
#pragma once

#include <vector>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct WeakRef : Object {
    Object* referent;    // not owned; null once the referent died
    Value callback;      // owned, or null
    int64_t hash;        // the referent's hash, cached on first use (-1: not computed yet)
    WeakRef* prev;       // the referent's list (guarded by the table mutex)
    WeakRef* next;
};

extern Type weakref_type;   // weakref.ReferenceType, subclassable

void init_weakref_type();

inline bool weakref_supported(Value v) {
    return v.is_object() && type_has_flag(v.as_object()->type, kTypeWeakrefable);
}

// weakref.ref(obj, callback): a new reference, or the existing callback-less one when the caller
// asks for a plain weakref.ref with no callback. TypeError when obj's type does not support it.
Value weakref_new(Type* type, Value obj, Value callback);
// The referent as a new reference, or None once it died.
Value weakref_get(WeakRef* r);

// What a dying object's references need after it is freed: each reference (owned) that has a
// callback to call.
using WeakCallbacks = std::vector<WeakRef*>;
// Step 1 above: detaches every reference to o (whose count is zero, or which is garbage) and
// returns those with callbacks. Call only when o has kFlagWeaklyReferenced.
WeakCallbacks weakref_detach(Object* o);
// Step 3: calls the callbacks and releases the references.
void weakref_run_callbacks(WeakCallbacks& pending);

int64_t weakref_count(Object* o);   // weakref.getweakrefcount
Value weakref_list(Object* o);      // weakref.getweakrefs: a new list
Value weakref_first(Object* o);     // obj.__weakref__: the first reference or None (new ref)

}  // namespace minipy::rt
