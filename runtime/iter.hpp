// iter.hpp — the generic iterator types (iter.cpp):
//
//   iterator           iter(seq) for objects with only __getitem__ (seq[0], seq[1], ... until
//                      IndexError or StopIteration)
//   callable_iterator  iter(callable, sentinel)
//   enumerate, zip, map, filter, reversed   the builtins, which are types (the builtins module
//                      exposes these Type objects under their names)
#pragma once

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

extern Type seq_iter_type;         // "iterator"
extern Type callable_iter_type;    // "callable_iterator"
extern Type enumerate_type;
extern Type zip_type;
extern Type map_type;
extern Type filter_type;
extern Type reversed_type;

Value seqiter_new(Value seq);                              // seq borrowed
Value callable_iter_new(Value callable, Value sentinel);   // both borrowed

}  // namespace minipy::rt
