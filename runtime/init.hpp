// init.hpp — bringing the runtime up: every builtin type is initialized here, in dependency order.
//
// Each builtin type's .cpp defines one init_*() function that fills its static Type (slots,
// methods) and calls finalize_type(). init_runtime() calls them in the order below: object and
// type first, then str (every later type needs interned names), then the rest.
#pragma once

namespace minipy::rt {

void init_runtime(bool free_threaded);   // once per process, before any other runtime call

// Per-type initializers (called by init_runtime only).
void init_object_and_type();     // type.cpp: the bare static types
void init_object_and_type_methods();   // type.cpp: their slots and methods (after str and names)
void init_str_type();            // str.cpp (after this, intern() works)
void init_names();               // ops.cpp: the names.def table
void init_singletons();          // singletons.cpp: None, NotImplemented, Ellipsis
void init_int_type();            // int.cpp: int, bool, True, False
void init_float_type();          // float.cpp
void init_complex_type();        // complex.cpp
void init_bytes_type();          // bytes.cpp: bytes, bytearray
void init_tuple_type();          // tuple.cpp
void init_list_type();           // list.cpp
void init_dict_type();           // dict.cpp (+ views and iterators)
void init_set_type();            // set.cpp: set, frozenset
void init_range_type();          // range.cpp: range, slice, their iterators
void init_iter_types();          // iter.cpp: enumerate, zip, map, filter, reversed, seq iterators
void init_descr_types();         // descr.cpp
void init_function_types();      // function.cpp: function, cell, method
void init_native_types();        // args.cpp: builtin_function_or_method
void init_module_type();         // module.cpp
void init_exception_types();     // exception.cpp (+ traceback)

}  // namespace minipy::rt
