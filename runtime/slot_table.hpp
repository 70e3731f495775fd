// slot_table.hpp — internal to runtime/: the table that ties dunder names to type slots.
//
// One row per dunder. For each row the table knows
//   * which Type field it governs (several dunders can share one field: __eq__/__lt__/... all
//     live in `richcompare`, __setitem__/__delitem__ in `mp_ass_subscript`),
//   * the generic "slot function" to install on a class whose MRO defines the dunder in Python,
//   * how to wrap a builtin type's C++ slot as a Python-callable descriptor (the WrapKind).
#pragma once

#include "type.hpp"

namespace minipy::rt {

enum class WrapKind : uint8_t {
    Unary,        // __repr__, __neg__, __iter__, __next__, __await__ ...
    Binary,       // __add__(self, other) -> slot(self, other)
    RBinary,      // __radd__(self, other) -> slot(other, self)
    Inquiry,      // __bool__
    Len,          // __len__
    Hash,         // __hash__
    RichCmp,      // __eq__ ... (extra = CompareOp)
    GetAttr,      // __getattribute__
    SetAttr,      // __setattr__
    DelAttr,      // __delattr__
    Call,         // __call__
    DescrGet,     // __get__
    DescrSet,     // __set__
    DescrDelete,  // __delete__
    Init,         // __init__
    GetItem,      // __getitem__
    SetItem,      // __setitem__
    DelItem,      // __delitem__
    Contains,     // __contains__
    Next,         // __next__ (exhaustion raises StopIteration)
    New,          // __new__ (handled specially)
};

struct SlotRow {
    const char* name;
    void*& (*field)(Type*);      // the governed Type field, as a generic function pointer slot
    void* generic;               // installed when the dunder is defined in Python
    WrapKind wrap;
    int extra;                   // CompareOp for RichCmp rows
    Str* iname;                  // interned name (filled by init_slot_table)
};

extern SlotRow g_slot_rows[];
extern const int kSlotRowCount;

void init_slot_table();                 // interns the names; called by init_names()
void add_slot_wrappers(Type* t);        // builtin types: expose their slots as dunders
// Gives a builtin type its own __new__ even when it inherits tp_new (CPython's static types that
// set tp_new themselves have one: ZeroDivisionError.__new__(int) names ZeroDivisionError).
void add_new_wrapper(Type* t);
void fixup_slots(Type* t);              // heap types: set slots from the dunders the MRO defines
void fixup_slots_recursive(Type* t);    // ... and for every subclass (after a class attribute changes)

extern Type wrapper_descr_type;
extern Type method_wrapper_type;

// Raises "unhashable type: 'X'".
int64_t hash_not_implemented(Value v);

}  // namespace minipy::rt
