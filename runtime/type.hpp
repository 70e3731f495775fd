// type.hpp — type objects and their slot table.
//
// Design note
// ===========
// A type is an object (its type is `type`) that carries a table of C++ function pointers, the
// *slots*. The VM and the builtins never look up dunder names on the hot path: `a + b` calls
// type(a)->nb_add, `len(x)` calls type(x)->sq_length, `x.y` calls type(x)->getattro.
//
// Two directions keep Python classes and builtin types interchangeable (CPython's typeobject.c
// does the same):
//   * A builtin type fills slots in C++; finalize_type() then adds wrapper descriptors to its
//     __dict__, so `int.__add__`, `super().__init__` and `object.__repr__(x)` exist in Python.
//   * A class statement that defines `__add__` gets nb_add = a generic slot function that looks
//     the dunder up on the type and calls it (update_slots_from_dict() in type.cpp).
//
// Slot conventions (see object.hpp for ownership):
//   Value-returning slots return a new reference, or null with an exception set. Binary number
//   slots receive the operands in source order (a, b) and return NotImplemented for operand types
//   they do not handle. int-returning slots return -1 on error. A null slot means "not supported".
#pragma once

#include <cstdint>
#include <vector>

#include "object.hpp"

namespace minipy::rt {

struct Str;
struct Tuple;
struct Dict;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

using UnaryFn = Value (*)(Value);
using BinaryFn = Value (*)(Value, Value);
using TernaryFn = Value (*)(Value, Value, Value);
using InquiryFn = int (*)(Value);                       // bool: 0/1, -1 error
using LenFn = int64_t (*)(Value);                       // -1 error
using HashFn = int64_t (*)(Value);                      // -1 error (a real hash of -1 becomes -2)
using CompareFn = Value (*)(Value, Value, CompareOp);   // may return NotImplemented
using GetAttrFn = Value (*)(Value obj, Str* name);
using SetAttrFn = int (*)(Value obj, Str* name, Value v);        // v null: delete
using SetItemFn = int (*)(Value obj, Value key, Value v);         // v null: delete
using ContainsFn = int (*)(Value container, Value item);
// Vectorcall: positional args[0..nargs), then one value per name in kwnames (may be null).
using CallFn = Value (*)(Value callable, const Value* args, size_t nargs, Tuple* kwnames);
using DescrGetFn = Value (*)(Value descr, Value obj, Value owner);   // obj null: looked up on the class
using DescrSetFn = int (*)(Value descr, Value obj, Value v);          // v null: delete
using NewFn = Value (*)(Type* type, const Value* args, size_t nargs, Tuple* kwnames);
using InitFn = int (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);
using DeallocFn = void (*)(Object*);
using VisitFn = void (*)(Object* child, void* arg);
using TraverseFn = void (*)(Object* self, VisitFn visit, void* arg);
using ClearFn = void (*)(Object* self);

// Type::tpflags
enum TypeFlags : uint32_t {
    kTypeHeap = 1u << 0,          // created by a class statement or type(name, bases, dict)
    kTypeBaseType = 1u << 1,      // may be subclassed
    kTypeHasGC = 1u << 2,         // instances can be part of reference cycles (has traverse/clear)
    kTypeReady = 1u << 3,         // finalize_type() ran
    kTypeAbstract = 1u << 4,
    kTypeHasFinalizer = 1u << 5,  // a heap type whose MRO defines __del__
    kTypeImmutable = 1u << 6,     // attributes cannot be set (builtin types)
    kTypeWeakrefable = 1u << 7,   // instances may be weakly referenced (weakref.hpp)
    // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS.
    kTypeIntSubclass = 1u << 10,
    kTypeStrSubclass = 1u << 11,
    kTypeTupleSubclass = 1u << 12,
    kTypeListSubclass = 1u << 13,
    kTypeDictSubclass = 1u << 14,
    kTypeExceptionSubclass = 1u << 15,   // BaseException and below
    kTypeTypeSubclass = 1u << 16,
    kTypeBytesSubclass = 1u << 17,
    kTypeFloatSubclass = 1u << 18,
};

struct Type : Object {
    // --- identity -------------------------------------------------------------------------
    const char* tp_name = nullptr;   // C name for messages, e.g. "int" or "module.Class"
    Str* name = nullptr;             // __name__
    Str* qualname = nullptr;         // __qualname__
    Type* base = nullptr;            // the solid base (first base whose layout we extend)
    Tuple* bases = nullptr;          // __bases__
    Tuple* mro = nullptr;            // __mro__
    Dict* dict = nullptr;            // __dict__
    const char* doc = nullptr;
    uint32_t tpflags = 0;
    uint32_t basicsize = 0;          // bytes of a fixed-size instance, header included
    uint32_t itemsize = 0;           // bytes per item of a variable-size instance (tuple, big int)
    int32_t dict_offset = 0;         // offset of the instance `Dict*` (0: instances have no __dict__;
                                     // negative: in the prefix, see prefixsize)
    uint32_t prefixsize = 0;         // bytes in front of the GC head holding the __dict__ pointer and
                                     // __slots__ of Python subclasses of variable-size types (type.cpp)
    uint64_t version = 0;            // changes when this type's or a base's dict changes (caches)
    std::vector<Type*>* subclasses = nullptr;   // weak list, for version invalidation

    // --- life cycle -----------------------------------------------------------------------
    NewFn tp_new = nullptr;
    InitFn tp_init = nullptr;
    DeallocFn dealloc = nullptr;     // releases children and frees the memory
    TraverseFn traverse = nullptr;   // visits owned references (cycle collector)
    ClearFn clear = nullptr;         // drops owned references (cycle collector)

    // --- basic protocol -------------------------------------------------------------------
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    HashFn hash = nullptr;
    CompareFn richcompare = nullptr;
    GetAttrFn getattro = nullptr;
    SetAttrFn setattro = nullptr;
    CallFn call = nullptr;
    UnaryFn iter = nullptr;
    UnaryFn iternext = nullptr;      // null without an exception set: exhausted
    DescrGetFn descr_get = nullptr;
    DescrSetFn descr_set = nullptr;

    // --- numbers (names from slots.def) ---------------------------------------------------
#define BINARY_SLOT(field, dunder, rdunder, op) BinaryFn field = nullptr;
#define INPLACE_SLOT(field, dunder, bfield, op) BinaryFn field = nullptr;
#define UNARY_SLOT(field, dunder) UnaryFn field = nullptr;
#include "slots.def"
    InquiryFn nb_bool = nullptr;

    // --- containers -----------------------------------------------------------------------
    LenFn sq_length = nullptr;       // __len__
    BinaryFn mp_subscript = nullptr; // __getitem__ (also used for sequences)
    SetItemFn mp_ass_subscript = nullptr;   // __setitem__ / __delitem__
    ContainsFn sq_contains = nullptr;       // __contains__

    // --- coroutines -----------------------------------------------------------------------
    UnaryFn am_await = nullptr;      // __await__
    UnaryFn am_aiter = nullptr;      // __aiter__
    UnaryFn am_anext = nullptr;      // __anext__
};

// The type of any value (tagged small ints answer &int_type).
extern Type int_type;
inline Type* type_of(Value v) { return v.is_small_int() ? &int_type : v.as_object()->type; }

inline bool type_has_flag(Type* t, uint32_t f) { return (t->tpflags & f) != 0; }

// True when `t` is `base` or inherits from it (walks the MRO).
bool is_subtype(Type* t, Type* base);
inline bool isinstance_exact(Value v, Type* t) { return type_of(v) == t; }
inline bool isinstance_of(Value v, Type* t) { Type* vt = type_of(v); return vt == t || is_subtype(vt, t); }

// ---------------------------------------------------------------------------------------------
// Building builtin types.

struct NativeDef;    // native.hpp
struct GetSetDef;    // native.hpp

// Fills the fixed fields of a static builtin type. Call finalize_type() after adding methods.
void init_static_type(Type* t, const char* name, Type* base, uint32_t basicsize, uint32_t flags);
void add_methods(Type* t, const NativeDef* defs);      // array ends with a {nullptr} entry
void add_getsets(Type* t, const GetSetDef* defs);      // array ends with a {nullptr} entry
void add_type_attr(Type* t, const char* name, Value v);   // v is borrowed
// Computes bases/MRO, inherits unset slots from the base, adds slot wrapper descriptors to the
// dict, and makes the type immortal.
void finalize_type(Type* t);

// Attribute lookup along the MRO without descriptors: a borrowed reference or null (no error set).
Value type_lookup(Type* t, Str* name);
// Call after a type's dict was changed (assignment to a class attribute).
void type_modified(Type* t);

// Allocation of instances: zeroed memory of t->basicsize (+ nitems * t->itemsize) bytes,
// header initialized with refcount 1, and the type increfed when it is a heap type.
Object* alloc_object(Type* t, size_t nitems = 0);
void free_object_memory(Object* o);          // the deallocator's last step
template <class T> T* alloc(Type* t, size_t nitems = 0) { return static_cast<T*>(static_cast<void*>(alloc_object(t, nitems))); }

// The generic dealloc of instances of Python classes (runs __del__, clears __dict__, then the
// solid base's dealloc).
void subtype_dealloc(Object* o);

// Creates a class: type.__new__(metatype, name, bases, namespace) without the __set_name__ and
// __init_subclass__ hooks (type_ready_hooks runs those; __build_class__ calls both).
Value type_new_impl(Type* metatype, Value name, Tuple* bases, Dict* ns);
bool type_ready_hooks(Type* t, Dict* kwargs);
// The globals of the running Python frame (borrowed; null when none), installed by the VM:
// type(name, bases, dict) takes __module__ from the caller's __name__, as CPython does.
using CurrentGlobalsHook = Dict* (*)();
extern CurrentGlobalsHook g_current_globals_hook;
// __module__ of a type as a borrowed str (heap types: from the dict; builtin types: from tp_name).
Value type_lookup_own_module(Type* t);
// "<t.__qualname__>.<name>" as a new str: the __qualname__ of a method or descriptor that
// t's dict holds (list.append, object.__init__, int.real).
Value type_member_qualname(Type* t, const char* name);

// The state a copy or pickle of obj carries (CPython's _PyObject_GetState): obj.__getstate__(),
// by default the instance dict (None when empty) and the __slots__ values. For builtin types'
// __reduce__ methods (set, bytearray).
Value object_state(Value obj);

// The builtin `object` and `type` types.
extern Type object_type;
extern Type type_type;

}  // namespace minipy::rt
