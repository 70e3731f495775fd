// complex.cpp — the complex type: arithmetic, repr, parsing, hashing, format(), as CPython's.
//
// Arithmetic mixes freely with int and float: the other operand becomes (x + 0j) first, and the
// full complex formula runs (so 2 * (1+2j) is (2*1 - 0*2) + (2*2 + 0*1)j), which is what CPython
// 3.11 does and what fixes the results of the corner cases (infinities, NaNs, signed zeros).
// Division uses Smith's algorithm (scale by the larger part of the divisor) to avoid needless
// overflow; integer powers up to 100 use repeated squaring, others the polar form
// |a|**b * e**(i*b*arg(a)). Hashes agree with int and float hashes for equal values:
// hash(x + yj) = hash(x) + 1000003 * hash(y).
#include "complex.hpp"

#include <cerrno>
#include <climits>
#include <cmath>
#include <string>

#include "errors.hpp"
#include "float.hpp"
#include "format_spec.hpp"
#include "int.hpp"
#include "native.hpp"
#include "number_format.hpp"
#include "ops.hpp"
#include "singletons.hpp"
#include "str.hpp"
#include "tuple.hpp"

namespace minipy::rt {

Type complex_type;

namespace {

struct C {
    double re, im;
};

C as_c(Value v) { return {v.as<Complex>()->real, v.as<Complex>()->imag}; }

Value complex_of_type(Type* type, double re, double im) {
    Complex* c = alloc<Complex>(type);
    if (!c) return Value{};
    c->real = re;
    c->imag = im;
    return Value(c);
}

// An int, float or complex operand as a complex; 0: another type (NotImplemented), -1: error.
int operand(Value v, C* out) {
    if (is_complex(v)) {
        *out = as_c(v);
        return 1;
    }
    if (is_float(v)) {
        *out = {float_value(v), 0.0};
        return 1;
    }
    if (is_int(v)) {
        out->im = 0.0;
        return int_to_double(v, &out->re) ? 1 : -1;
    }
    return 0;
}

#define COMPLEX_OPERANDS(a, b, x, y)                  \
    C x, y;                                           \
    {                                                 \
        int ra = operand(a, &x);                      \
        if (ra < 0) return Value{};                   \
        int rb = ra ? operand(b, &y) : 0;             \
        if (rb < 0) return Value{};                   \
        if (!ra || !rb) return newref(not_implemented()); \
    }

C c_sum(C a, C b) { return {a.re + b.re, a.im + b.im}; }
C c_diff(C a, C b) { return {a.re - b.re, a.im - b.im}; }
C c_prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b by Smith's method; errno = EDOM for a zero divisor.
C c_quot(C a, C b) {
    double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return {0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {NAN, NAN};   // a NaN part in the divisor
}

// a ** b in polar form; errno = EDOM for 0 to a negative or complex power.
C c_pow(C a, C b) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

// x ** n for n >= 0 by repeated squaring.
C c_powu(C x, long n) {
    C r{1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

C c_powi(C x, long n) {
    if (n > 0) return c_powu(x, n);
    return c_quot({1.0, 0.0}, c_powu(x, -n));
}

double c_abs(C z, bool* overflow) {
    *overflow = false;
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
        // An infinite part wins over a NaN one: abs(complex(inf, nan)) is inf.
        if (std::isinf(z.re)) return std::fabs(z.re);
        if (std::isinf(z.im)) return std::fabs(z.im);
        return NAN;
    }
    double r = std::hypot(z.re, z.im);
    *overflow = std::isinf(r);
    return r;
}

Value complex_add(Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    C r = c_sum(x, y);
    return complex_from(r.re, r.im);
}

Value complex_sub(Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    C r = c_diff(x, y);
    return complex_from(r.re, r.im);
}

Value complex_mul(Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    C r = c_prod(x, y);
    return complex_from(r.re, r.im);
}

Value complex_div(Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    errno = 0;
    C r = c_quot(x, y);
    if (errno == EDOM) return raise(&exc::ZeroDivisionError, "complex division by zero");
    return complex_from(r.re, r.im);
}

Value complex_power_slot(Value a, Value b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_pow(x.re, x.im, y.re, y.im);
}

// complex.__pow__(self, value, mod=None, /): a modulus is an error, as in CPython.
Value complex_pow_meth(const Value* args) {
    if (!is_none(args[2])) return raise(&exc::ValueError, "complex modulo");
    return complex_power_slot(args[0], args[1]);
}

Value complex_neg(Value a) {
    C x = as_c(a);
    return complex_from(-x.re, -x.im);
}

Value complex_pos(Value a) {
    if (type_of(a) == &complex_type) return newref(a);
    C x = as_c(a);
    return complex_from(x.re, x.im);
}

Value complex_abs(Value a) {
    bool overflow;
    double r = c_abs(as_c(a), &overflow);
    if (overflow) return raise(&exc::OverflowError, "absolute value too large");
    return float_from(r);
}

int complex_bool(Value a) {
    C x = as_c(a);
    return x.re != 0.0 || x.im != 0.0;
}

// Only == and != are defined; an int compares exactly with the real part (no rounding).
Value complex_richcompare(Value a, Value b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return newref(not_implemented());
    C x = as_c(a);
    bool equal;
    if (is_int(b)) {
        if (x.im == 0.0) {
            Ref re{float_from(x.re)};
            if (!re) return Value{};
            return richcompare(re.get(), b, op);
        }
        equal = false;
    } else if (is_float(b)) {
        equal = x.re == float_value(b) && x.im == 0.0;
    } else if (is_complex(b)) {
        C y = as_c(b);
        equal = x.re == y.re && x.im == y.im;
    } else {
        return newref(not_implemented());
    }
    return newref(bool_value(op == CompareOp::Eq ? equal : !equal));
}

int64_t part_hash(Value self, double d) {
    if (std::isnan(d)) {   // NaNs hash by identity (of the complex), as CPython 3.10+
        uint64_t p = reinterpret_cast<uint64_t>(self.as_object());
        return static_cast<int64_t>((p >> 4) | (p << 60));
    }
    return float_hash(d);
}

int64_t complex_hash(Value self) {
    C x = as_c(self);
    uint64_t hr = static_cast<uint64_t>(part_hash(self, x.re));
    uint64_t hi = static_cast<uint64_t>(part_hash(self, x.im));
    int64_t h = static_cast<int64_t>(hr + 1000003u * hi);   // wraps, as CPython's unsigned sum
    return h == -1 ? -2 : h;
}

// repr: "2j" when the real part is +0.0, else "(1+2j)"; parts in repr(float) style without ".0".
Value complex_repr(Value self) {
    C x = as_c(self);
    std::string out;
    if (x.re == 0.0 && !std::signbit(x.re)) {
        out = double_to_string(x.im, 'r', 0, 0) + "j";
    } else {
        out = "(" + double_to_string(x.re, 'r', 0, 0) + double_to_string(x.im, 'r', 0, kDoubleSign) + "j)";
    }
    return str_from(out);
}

// ---------------------------------------------------------------------------------------------
// complex(text)

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

bool ieq(std::string_view s, size_t pos, const char* word) {
    for (size_t i = 0; word[i]; ++i)
        if (pos + i >= s.size() || (s[pos + i] | 0x20) != word[i]) return false;
    return true;
}

// The length of the longest prefix of s[pos..] that reads as a float (sign, digits with single
// underscores between them, a point, an exponent; or inf, infinity, nan), as strtod would take.
size_t float_prefix(std::string_view s, size_t pos) {
    size_t p = pos;
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
    if (ieq(s, p, "infinity")) return p + 8 - pos;
    if (ieq(s, p, "inf") || ieq(s, p, "nan")) return p + 3 - pos;
    auto digits = [&](size_t q) {   // end of a digit run starting at q (q itself if none)
        if (q >= s.size() || s[q] < '0' || s[q] > '9') return q;
        ++q;
        while (q < s.size()) {
            if (s[q] >= '0' && s[q] <= '9') ++q;
            else if (s[q] == '_' && q + 1 < s.size() && s[q + 1] >= '0' && s[q + 1] <= '9') q += 2;
            else break;
        }
        return q;
    };
    size_t int_end = digits(p);
    bool any = int_end > p;
    size_t q = int_end;
    if (q < s.size() && s[q] == '.') {
        size_t frac_end = digits(q + 1);
        if (frac_end > q + 1 || any) {
            any = true;
            q = frac_end;
        }
    }
    if (!any) return 0;
    if (q < s.size() && (s[q] == 'e' || s[q] == 'E')) {
        size_t e = q + 1;
        if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
        size_t exp_end = digits(e);
        if (exp_end > e) q = exp_end;
    }
    return q - pos;
}

bool parse_float_at(std::string_view s, size_t* pos, double* out) {
    size_t n = float_prefix(s, *pos);
    if (!n) return false;
    if (!float_parse(s.substr(*pos, n), out)) return false;
    *pos += n;
    return true;
}

Value complex_from_text(Type* type, Value text) {
    std::string ascii;
    std::string_view s = str_view(text);
    if (number_text_to_ascii(s, &ascii)) s = ascii;
    auto malformed = [] { return raise(&exc::ValueError, "complex() arg is a malformed string"); };
    // Underscores are allowed only between two digits; they are dropped before parsing.
    std::string no_underscores;
    if (s.find('_') != std::string_view::npos) {
        auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] != '_') {
                no_underscores += s[i];
                continue;
            }
            if (i == 0 || !digit(i - 1) || !digit(i + 1))
                return raise(&exc::ValueError, "could not convert string to complex: %R", text);
        }
        s = no_underscores;
    }
    size_t p = 0;
    while (p < s.size() && is_space(s[p])) ++p;
    bool bracket = p < s.size() && s[p] == '(';
    if (bracket) {
        ++p;
        while (p < s.size() && is_space(s[p])) ++p;
    }
    double re = 0.0, im = 0.0, z;
    auto is_j = [&](size_t q) { return q < s.size() && (s[q] == 'j' || s[q] == 'J'); };
    if (parse_float_at(s, &p, &z)) {
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
            // "<real><+|-><imag>j" or "<real><+|->j"
            re = z;
            if (!parse_float_at(s, &p, &im)) {
                im = s[p] == '+' ? 1.0 : -1.0;
                ++p;
            }
            if (!is_j(p)) return malformed();
            ++p;
        } else if (is_j(p)) {
            im = z;   // "<imag>j"
            ++p;
        } else {
            re = z;   // "<real>"
        }
    } else {
        // "j", "+j", "-j"
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
            im = s[p] == '+' ? 1.0 : -1.0;
            ++p;
        } else {
            im = 1.0;
        }
        if (!is_j(p)) return malformed();
        ++p;
    }
    while (p < s.size() && is_space(s[p])) ++p;
    if (bracket) {
        if (p >= s.size() || s[p] != ')') return malformed();
        ++p;
        while (p < s.size() && is_space(s[p])) ++p;
    }
    if (p != s.size()) return malformed();
    return complex_of_type(type, re, im);
}

// ---------------------------------------------------------------------------------------------
// complex(real=0, imag=0)

bool is_number_like(Value v) {
    Type* t = type_of(v);
    return t->nb_float || t->nb_index || is_complex(v) || is_int(v) || is_float(v);
}

// real.__complex__() when the type defines it: a new reference, null without an error when absent.
Value call_complex_dunder(Value v) {
    Value f = type_lookup(type_of(v), intern("__complex__"));
    if (!f) return Value{};
    DescrGetFn get = type_of(f)->descr_get;
    Ref bound{get ? get(f, v, Value(type_of(v))) : newref(f)};
    if (!bound) return Value{};
    Ref r{call0(bound.get())};
    if (!r) return Value{};
    if (!is_complex(r.get()))
        return raise(&exc::TypeError, "__complex__ returned non-complex (type %s)", type_of(r.get())->tp_name);
    if (type_of(r.get()) != &complex_type &&
        warn(&exc::DeprecationWarning,
             "__complex__ returned non-complex (type %s).  The ability to return an instance of a strict subclass "
             "of complex is deprecated, and may be removed in a future version of Python.",
             type_of(r.get())->tp_name) < 0)
        return Value{};
    return r.release();
}

bool real_part_of(Value v, double* out) {
    Ref f{number_to_float(v)};
    if (!f) return false;
    *out = float_value(f.get());
    return true;
}

Value complex_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    static const ArgSpec* spec = parse_signature("complex(real=?, imag=?)", false);
    Value a[2];
    Ref holder[2];
    if (!bind_args(*spec, args, nargs, kwnames, a, holder)) return Value{};
    Value r = a[0] ? a[0] : Value::small_int(0), i = a[1];
    if (type_of(r) == &complex_type && !i && type == &complex_type) return newref(r);
    if (is_str(r)) {
        if (i) return raise(&exc::TypeError, "complex() can't take second arg if first is a string");
        return complex_from_text(type, r);
    }
    if (i && is_str(i)) return raise(&exc::TypeError, "complex() second arg can't be a string");
    Ref special{call_complex_dunder(r)};
    if (has_error()) return Value{};
    if (special) r = special.get();
    if (!is_number_like(r))
        return raise(&exc::TypeError, "complex() first argument must be a string or a number, not '%s'",
                     type_of(r)->tp_name);
    if (i && !is_number_like(i))
        return raise(&exc::TypeError, "complex() second argument must be a number, not '%s'", type_of(i)->tp_name);
    // real + imag * 1j, where either may itself be complex.
    C cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_complex = is_complex(r), ci_complex = false;
    if (cr_complex) cr = as_c(r);
    else if (!real_part_of(r, &cr.re)) return Value{};
    if (!i) {
        ci.re = cr.im;
    } else if (is_complex(i)) {
        ci = as_c(i);
        ci_complex = true;
    } else if (!real_part_of(i, &ci.re)) {
        return Value{};
    }
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && i) ci.re += cr.im;
    return complex_of_type(type, cr.re, ci.re);
}

// ---------------------------------------------------------------------------------------------
// Methods

Value complex_conjugate(const Value* args) {
    C x = as_c(args[0]);
    return complex_from(x.re, -x.im);
}

Value complex_getnewargs(const Value* args) {
    C x = as_c(args[0]);
    Ref re{float_from(x.re)}, im{float_from(x.im)};
    if (!re || !im) return Value{};
    return tuple_pack({re.get(), im.get()});
}

Value complex_complex_meth(const Value* args) { return complex_pos(args[0]); }

Value complex_format_meth(const Value* args) {
    Value self = args[0], spec_obj = args[1];
    if (!is_str(spec_obj)) return raise(&exc::TypeError, "__format__() argument must be str, not %T", spec_obj);
    std::string_view text = str_view(spec_obj);
    if (text.empty()) return to_str(self);
    FormatSpec spec;
    if (!parse_format_spec(text, "complex", &spec)) return Value{};
    C x = as_c(self);
    std::string out;
    if (!format_complex(x.re, x.im, spec, &out)) return Value{};
    return str_from(out);
}

Value complex_get_real(Value self) { return float_from(as_c(self).re); }
Value complex_get_imag(Value self) { return float_from(as_c(self).im); }

const NativeDef complex_methods[] = {
    {"conjugate(self, /)", complex_conjugate, nullptr, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__(self, /)", complex_getnewargs, nullptr, 0, nullptr},
    {"__format__(self, format_spec, /)", complex_format_meth, nullptr, 0, "Convert to a string according to format_spec."},
    {"__complex__(self, /)", complex_complex_meth, nullptr, 0, "Convert this value to exact type complex."},
    {"__pow__(self, value, mod=None, /)", complex_pow_meth, nullptr, 0, "Return pow(self, value, mod)."},
    {nullptr},
};

const GetSetDef complex_getsets[] = {
    {"real", complex_get_real, nullptr, "the real part of a complex number"},
    {"imag", complex_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr},
};

}  // namespace

Value complex_from(double real, double imag) { return complex_of_type(&complex_type, real, imag); }

Value complex_pow(double ar, double ai, double br, double bi) {
    C a{ar, ai}, b{br, bi}, p;
    errno = 0;
    // A small integer exponent: repeated multiplication is faster and more accurate.
    if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) p = c_powi(a, static_cast<long>(b.re));
    else p = c_pow(a, b);
    // As CPython's _Py_ADJUST_ERANGE2: an infinite result is an overflow.
    if (std::isinf(p.re) || std::isinf(p.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) return raise(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return raise(&exc::OverflowError, "complex exponentiation");
    return complex_from(p.re, p.im);
}

void init_complex_type() {
    init_static_type(&complex_type, "complex", &object_type, sizeof(Complex), kTypeBaseType);
    complex_type.doc =
        "Create a complex number from a real part and an optional imaginary part.\n\n"
        "This is equivalent to (real + imag*1j) where imag defaults to 0.";
    complex_type.tp_new = complex_tp_new;
    complex_type.repr = complex_repr;
    complex_type.hash = complex_hash;
    complex_type.richcompare = complex_richcompare;
    complex_type.nb_add = complex_add;
    complex_type.nb_subtract = complex_sub;
    complex_type.nb_multiply = complex_mul;
    complex_type.nb_truediv = complex_div;
    complex_type.nb_power = complex_power_slot;
    complex_type.nb_negative = complex_neg;
    complex_type.nb_positive = complex_pos;
    complex_type.nb_absolute = complex_abs;
    complex_type.nb_bool = complex_bool;
    add_methods(&complex_type, complex_methods);
    add_getsets(&complex_type, complex_getsets);
    finalize_type(&complex_type);
}

}  // namespace minipy::rt
