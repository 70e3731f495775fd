// float.hpp — float: a boxed IEEE double.
#pragma once

#include <string>

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Float : Object {
    double value;
};

extern Type float_type;

inline bool is_float(Value v) { return v.is_object() && type_has_flag(v.as_object()->type, kTypeFloatSubclass); }
inline bool is_exact_float(Value v) { return v.is_object() && v.as_object()->type == &float_type; }
inline double float_value(Value v) { return v.as<Float>()->value; }   // v must be a float

Value float_from(double d);                      // new float (per-thread free list)
std::string float_repr(double d);                // shortest round-trip text, as repr(float)
int64_t float_hash(double d);                    // CPython's hash (ints hash equal to equal floats)
// float(s): ValueError "could not convert string to float: '...'" on bad input.
Value float_from_string(const char* s, size_t n);

}  // namespace minipy::rt
