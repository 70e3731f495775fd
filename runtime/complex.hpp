// complex.hpp — complex: a pair of IEEE doubles (real, imag), as CPython's complex.
#pragma once

#include "object.hpp"
#include "type.hpp"

namespace minipy::rt {

struct Complex : Object {
    double real;
    double imag;
};

extern Type complex_type;

inline bool is_complex(Value v) { return v.is_object() && isinstance_of(v, &complex_type); }

Value complex_from(double real, double imag);   // a new complex (the compiler's 1j literals too)

// a ** b for complex operands, with CPython's errors: ZeroDivisionError "0.0 to a negative or
// complex power", OverflowError "complex exponentiation". float ** float uses it for a negative
// base and a fractional exponent ((-8) ** (1/3) is complex).
Value complex_pow(double ar, double ai, double br, double bi);

void init_complex_type();

}  // namespace minipy::rt
