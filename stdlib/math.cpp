// math.cpp — the `math` module: libm functions with CPython's error rules, exact integer
// functions over GMP (factorial, comb, perm, gcd, lcm, isqrt), and the few algorithms whose
// results CPython defines more tightly than libm does.
//
// Error rules (CPython's math_1/math_2): a NaN result from non-NaN arguments is a domain error
// (ValueError "math domain error"); an infinite result from finite arguments is a range error
// (OverflowError "math range error") for functions that can overflow (exp, cosh, ...) and a
// domain error for the others (atanh(1), log(0)). Underflow to zero is not an error.
//
// Where libm and CPython differ, CPython wins, so a script prints the same digits under both:
//   * gamma() and lgamma() use the Lanczos approximation with the g = 6.0246800407767296 /
//     N = 13 coefficients of Boost (the same published constants CPython uses) and the same
//     reflection for negative arguments; glibc's tgamma/lgamma differ in the last bits.
//   * fsum() is Shewchuk's exact summation with non-overlapping partials ("Adaptive Precision
//     Floating-Point Arithmetic", 1997), rounded half-even at the end, and it reports an
//     overflow of a partial as "intermediate overflow in fsum", as CPython does.
//   * hypot() and dist() are computed exactly (the sum of squares as a GMP integer, then a
//     correctly rounded square root), which is what CPython's careful algorithm achieves.
//   * log(), log2() and log10() accept ints too large for a double (log(10**400)).
#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kTau = 6.283185307179586476925286766559005768;

Value domain_error() { return raise(&exc::ValueError, "math domain error"); }
Value range_error() { return raise(&exc::OverflowError, "math range error"); }

// An owned mpz_t.
struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    ~Mpz() { mpz_clear(z); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

// operator.index(v) into an mpz; false with TypeError for non-integers.
bool index_mpz(Value v, mpz_t out) {
    Ref i{number_index(v)};
    if (!i) return false;
    int_to_mpz(i.get(), out);
    return true;
}

// --- one- and two-argument float functions -----------------------------------------------------

// f(x) with the result classified as CPython's math_1 does.
Value math_1(Value arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!to_double(arg, &x)) return Value{};
    errno = 0;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) return domain_error();
    if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
    return float_from(r);
}

Value math_2(Value a, Value b, double (*f)(double, double)) {
    double x, y;
    if (!to_double(a, &x) || !to_double(b, &y)) return Value{};
    double r = f(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error();
    return float_from(r);
}

// libm wrappers with one C++ signature each (the std overloads cannot be passed as pointers).
double m_sqrt(double x) { return std::sqrt(x); }
double m_exp(double x) { return std::exp(x); }
double m_exp2(double x) { return std::exp2(x); }
double m_expm1(double x) { return std::expm1(x); }
double m_log1p(double x) { return std::log1p(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_atan(double x) { return std::atan(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_fabs(double x) { return std::fabs(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_cbrt(double x) { return std::cbrt(x); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_copysign(double x, double y) { return std::copysign(x, y); }
double m_remainder(double x, double y) { return std::remainder(x, y); }

double m_fmod(double x, double y) {
    if (std::isinf(y) && std::isfinite(x)) return x;   // fmod(x, inf) is x, as C99 says
    return std::fmod(x, y);
}

// log(x) for x <= 0 gives NaN (a domain error either way, also for log(0), whose -inf comes from
// a finite argument).
double m_log(double x) { return x > 0 || std::isnan(x) || std::isinf(x) ? std::log(x) : NAN; }
double m_log2(double x) { return x > 0 || std::isnan(x) || std::isinf(x) ? std::log2(x) : NAN; }
double m_log10(double x) { return x > 0 || std::isnan(x) || std::isinf(x) ? std::log10(x) : NAN; }

// --- gamma and lgamma (Lanczos approximation, see the note at the top) --------------------------

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
// Numerator coefficients of the rational function (Boost's table, as CPython uses).
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is x(x+1)...(x+11) expanded: its coefficients, constant term first.
constexpr double kLanczosDen[kLanczosN] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                                           1925.0, 66.0, 1.0};

// The rational function of x > 0. Small x: Horner's rule in x; large x: in 1/x (the same
// ratio with both polynomials divided by x**12), so nothing overflows.
double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN - 1; i >= 0; i--) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// sin(pi * x) with the argument reduced first, so integers give exact zeros.
double sin_pi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int quadrant = static_cast<int>(std::round(2.0 * y));
    double r;
    switch (quadrant) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// Results of gamma() and lgamma(): a value, or a domain/range error.
enum class MathStatus { Ok, Domain, Range };

// Exact factorials (k - 1)! for the integers 1..23, whose results are exact doubles.
double gamma_of_integer(int k) {
    double r = 1.0;
    for (int i = 2; i < k; i++) r *= i;
    return r;
}

double gamma_impl(double x, MathStatus* st) {
    *st = MathStatus::Ok;
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0) return x;
        *st = MathStatus::Domain;    // gamma(-inf)
        return NAN;
    }
    if (x == 0) {
        *st = MathStatus::Domain;
        return std::copysign(INFINITY, x);
    }
    if (x == std::floor(x)) {
        if (x < 0) {
            *st = MathStatus::Domain;
            return NAN;
        }
        if (x <= 23) return gamma_of_integer(static_cast<int>(x));
    }
    double ax = std::fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (std::isinf(r)) *st = MathStatus::Range;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0) return 0.0 / sin_pi(x);
        *st = MathStatus::Range;
        return INFINITY;
    }
    // y = ax + g - 0.5 rounded; z corrects for the rounding error of that sum.
    double y = ax + kLanczosGMinusHalf;
    double z;
    if (ax > kLanczosGMinusHalf) {
        double q = y - ax;
        z = q - kLanczosGMinusHalf;
    } else {
        double q = y - kLanczosGMinusHalf;
        z = q - ax;
    }
    z = z * kLanczosG / y;
    double r;
    if (x < 0) {
        r = -kPi / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= std::pow(y, ax - 0.5);
        } else {
            double half = std::pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / std::exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= std::pow(y, ax - 0.5);
        } else {
            double half = std::pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if (std::isinf(r)) *st = MathStatus::Range;
    return r;
}

double lgamma_impl(double x, MathStatus* st) {
    *st = MathStatus::Ok;
    if (!std::isfinite(x)) return std::isnan(x) ? x : INFINITY;
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0) {
            *st = MathStatus::Domain;
            return INFINITY;
        }
        return 0.0;   // lgamma(1) == lgamma(2) == 0
    }
    double ax = std::fabs(x);
    if (ax < 1e-20) return -std::log(ax);
    double r = std::log(lanczos_sum(ax)) - kLanczosG;
    r += (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1.0);
    if (x < 0) {
        constexpr double kLogPi = 1.144729885849400174143427351353058711647;
        r = kLogPi - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;
    }
    if (std::isinf(r)) *st = MathStatus::Range;
    return r;
}

Value status_result(double r, MathStatus st) {
    if (st == MathStatus::Domain) return domain_error();
    if (st == MathStatus::Range) return range_error();
    return float_from(r);
}

Value math_gamma(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    MathStatus st;
    double r = gamma_impl(x, &st);
    return status_result(r, st);
}

Value math_lgamma(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    MathStatus st;
    double r = lgamma_impl(x, &st);
    return status_result(r, st);
}

// --- the simple functions ------------------------------------------------------------------------

#define MATH_FUNC1(name, fn, overflow) \
    Value math_##name(const Value* args) { return math_1(args[0], fn, overflow); }
MATH_FUNC1(sqrt, m_sqrt, false)
MATH_FUNC1(exp, m_exp, true)
MATH_FUNC1(exp2, m_exp2, true)
MATH_FUNC1(expm1, m_expm1, true)
MATH_FUNC1(log1p, m_log1p, false)
MATH_FUNC1(sin, m_sin, false)
MATH_FUNC1(cos, m_cos, false)
MATH_FUNC1(tan, m_tan, false)
MATH_FUNC1(asin, m_asin, false)
MATH_FUNC1(acos, m_acos, false)
MATH_FUNC1(atan, m_atan, false)
MATH_FUNC1(sinh, m_sinh, true)
MATH_FUNC1(cosh, m_cosh, true)
MATH_FUNC1(tanh, m_tanh, false)
MATH_FUNC1(asinh, m_asinh, false)
MATH_FUNC1(acosh, m_acosh, false)
MATH_FUNC1(atanh, m_atanh, false)
MATH_FUNC1(fabs, m_fabs, false)
MATH_FUNC1(erf, m_erf, false)
MATH_FUNC1(erfc, m_erfc, false)
MATH_FUNC1(cbrt, m_cbrt, false)
#undef MATH_FUNC1

Value math_atan2(const Value* args) { return math_2(args[0], args[1], m_atan2); }
Value math_copysign(const Value* args) { return math_2(args[0], args[1], m_copysign); }
Value math_fmod(const Value* args) { return math_2(args[0], args[1], m_fmod); }
Value math_remainder(const Value* args) { return math_2(args[0], args[1], m_remainder); }

Value math_pow(const Value* args) {
    double x, y;
    if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value{};
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r)) return domain_error();            // negative ** fractional
        if (std::isinf(r)) return x == 0 ? domain_error() : range_error();   // 0 ** negative
    }
    return float_from(r);
}

Value math_degrees(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    return float_from(x * (180.0 / kPi));
}

Value math_radians(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    return float_from(x * (kPi / 180.0));
}

Value math_isfinite(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    return bool_value(std::isfinite(x));
}

Value math_isinf(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    return bool_value(std::isinf(x));
}

Value math_isnan(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    return bool_value(std::isnan(x));
}

Value math_isclose(const Value* args) {
    double a, b, rel, abs_tol;
    if (!to_double(args[0], &a) || !to_double(args[1], &b) || !to_double(args[2], &rel) ||
        !to_double(args[3], &abs_tol))
        return Value{};
    if (rel < 0.0 || abs_tol < 0.0) return raise(&exc::ValueError, "tolerances must be non-negative");
    if (a == b) return newref(true_value());   // also equal infinities
    if (std::isinf(a) || std::isinf(b)) return newref(false_value());
    double diff = std::fabs(b - a);
    bool close = diff <= std::fabs(rel * b) || diff <= std::fabs(rel * a) || diff <= abs_tol;
    return bool_value(close);
}

Value math_modf(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    double ip;
    double fp = std::modf(x, &ip);
    Ref f{float_from(fp)}, i{float_from(ip)};
    return tuple_pack({f.get(), i.get()});
}

Value math_frexp(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    int e = 0;
    double m = x;
    if (std::isfinite(x) && x != 0) m = std::frexp(x, &e);
    Ref mf{float_from(m)};
    return tuple_pack({mf.get(), Value::small_int(e)});
}

Value math_ldexp(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    if (!is_int(args[1])) return raise(&exc::TypeError, "Expected an int as second argument to ldexp.");
    Mpz e;
    int_to_mpz(args[1], e.z);
    if (x == 0 || !std::isfinite(x)) return float_from(x);
    if (mpz_cmp_si(e.z, INT_MAX) > 0) return range_error();
    if (mpz_cmp_si(e.z, INT_MIN) < 0) return float_from(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(mpz_get_si(e.z)));
    if (std::isinf(r)) return range_error();
    return float_from(r);
}

Value math_nextafter(const Value* args) {
    double x, y;
    if (!to_double(args[0], &x) || !to_double(args[1], &y)) return Value{};
    return float_from(std::nextafter(x, y));
}

Value math_ulp(const Value* args) {
    double x;
    if (!to_double(args[0], &x)) return Value{};
    if (std::isnan(x)) return float_from(x);
    x = std::fabs(x);
    if (std::isinf(x)) return float_from(x);
    if (x == DBL_MAX) return float_from(x - std::nextafter(x, 0.0));
    return float_from(std::nextafter(x, INFINITY) - x);
}

// --- floor, ceil, trunc ----------------------------------------------------------------------------

// Calls type(v).<name>(v) when the type defines it; *found tells whether it did.
Value call_special(Value v, const char* name, bool* found) {
    Value meth = type_lookup(type_of(v), intern(name));
    *found = meth.is_object();
    if (!meth) return Value{};
    Type* mt = type_of(meth);
    if (mt->descr_get) {
        Ref bound{mt->descr_get(meth, v, Value(type_of(v)))};
        if (!bound) return Value{};
        return call0(bound.get());
    }
    return call1(meth, v);
}

Value rounding(Value v, const char* special, double (*f)(double)) {
    if (is_exact_float(v)) return int_from_double(f(float_value(v)));
    if (is_exact_int(v)) return newref(v);
    bool found;
    Value r = call_special(v, special, &found);
    if (found || r) return r;
    double x;
    if (!to_double(v, &x)) return Value{};
    return int_from_double(f(x));
}

double m_floor(double x) { return std::floor(x); }
double m_ceil(double x) { return std::ceil(x); }

Value math_floor(const Value* args) { return rounding(args[0], "__floor__", m_floor); }
Value math_ceil(const Value* args) { return rounding(args[0], "__ceil__", m_ceil); }

Value math_trunc(const Value* args) {
    Value v = args[0];
    if (is_exact_float(v)) return int_from_double(float_value(v));
    if (is_exact_int(v)) return newref(v);
    bool found;
    Value r = call_special(v, "__trunc__", &found);
    if (found || r) return r;
    return raise(&exc::TypeError, "type %s doesn't define __trunc__ method", type_of(v)->tp_name);
}

// --- logarithms ---------------------------------------------------------------------------------------

// log-like f of any real number, ints of any size included: an int too large for a double is
// written as m * 2**e with 0.5 <= m < 1 (m correctly rounded), and f(x) = f(m) + f(2) * e.
bool log_helper(Value arg, double (*f)(double), double* out) {
    if (is_int(arg)) {
        if (int_sign(arg) <= 0) {
            domain_error();
            return false;
        }
        double d;
        if (int_to_double(arg, &d)) {
            *out = f(d);
            return true;
        }
        if (!error_matches(&exc::OverflowError)) return false;
        clear_error();
        Mpz z;
        int_to_mpz(arg, z.z);
        int64_t bits = static_cast<int64_t>(mpz_sizeinbase(z.z, 2));
        bool overflow = false;
        double m = mpz_scaled_to_double(z.z, -bits, &overflow);   // in [0.5, 1]
        if (m == 1.0) {
            m = 0.5;
            bits++;
        }
        *out = f(m) + f(2.0) * static_cast<double>(bits);
        return true;
    }
    double x;
    if (!to_double(arg, &x)) return false;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) {
        domain_error();
        return false;
    }
    if (std::isinf(r) && std::isfinite(x)) {
        domain_error();
        return false;
    }
    *out = r;
    return true;
}

Value math_log(const Value* args) {
    double num;
    if (!log_helper(args[0], m_log, &num)) return Value{};
    if (!args[1]) return float_from(num);
    double den;
    if (!log_helper(args[1], m_log, &den)) return Value{};
    if (den == 0) return raise(&exc::ZeroDivisionError, "float division by zero");
    return float_from(num / den);
}

// math.log checks its arguments itself in CPython (METH_VARARGS with its own message).
Value math_log_raw(Value, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!no_keywords("log", kwnames)) return Value{};
    if (nargs < 1 || nargs > 2) return raise(&exc::TypeError, "math.log requires 1 to 2 arguments");
    Value a[2] = {args[0], nargs == 2 ? args[1] : Value{}};
    return math_log(a);
}

Value math_log2(const Value* args) {
    double r;
    if (!log_helper(args[0], m_log2, &r)) return Value{};
    return float_from(r);
}

Value math_log10(const Value* args) {
    double r;
    if (!log_helper(args[0], m_log10, &r)) return Value{};
    return float_from(r);
}

// --- fsum ----------------------------------------------------------------------------------------------

Value math_fsum(const Value* args) {
    Ref it{get_iter(args[0])};
    if (!it) return Value{};
    // partials: non-overlapping, increasing in magnitude; their exact sum is the running total.
    std::vector<double> partials;
    double special = 0.0;    // sum of the inf/nan items (their result does not need partials)
    double inf_sum = 0.0;    // sum of the infinities alone: nan means inf + -inf
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) {
            if (has_error()) return Value{};
            break;
        }
        double x;
        if (!to_double(item.get(), &x)) return Value{};
        double original = x;
        size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);   // the rounding error of hi, exactly
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x == 0.0) continue;
        if (!std::isfinite(x)) {
            // inf or nan: either an item was one, or a partial sum overflowed.
            if (std::isfinite(original)) return raise(&exc::OverflowError, "intermediate overflow in fsum");
            if (std::isinf(original)) inf_sum += original;
            special += original;
            partials.clear();
        } else {
            partials.push_back(x);
        }
    }
    if (special != 0.0) {
        if (std::isnan(inf_sum)) return raise(&exc::ValueError, "-inf + inf in fsum");
        return float_from(special);
    }
    // Add the partials from the largest down until the sum is no longer exact, then correct the
    // rounding so that a tie is broken by the sign of what remains (round half to even overall).
    double hi = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return float_from(hi);
}

// --- hypot and dist --------------------------------------------------------------------------------

// sqrt(sum of squares) of finite doubles, correctly rounded: each x is m * 2**e exactly; with a
// common exponent E the sum of squares is an integer S * 4**E, and sqrt(S) is computed to more
// than 53 bits plus a sticky bit, then rounded once.
double exact_norm(const std::vector<double>& xs) {
    int min_exp = INT_MAX;
    bool any = false;
    for (double x : xs) {
        if (x == 0) continue;
        int e;
        std::frexp(x, &e);
        e -= 53;   // x = m * 2**e with an integer m of at most 53 bits
        if (e < min_exp) min_exp = e;
        any = true;
    }
    if (!any) return 0.0;
    Mpz sum, m, sq;
    for (double x : xs) {
        if (x == 0) continue;
        int e;
        double f = std::frexp(std::fabs(x), &e);
        mpz_set_d(m.z, std::ldexp(f, 53));   // exact: an integer of at most 53 bits
        mpz_mul_2exp(m.z, m.z, static_cast<mp_bitcnt_t>(e - 53 - min_exp));
        mpz_mul(sq.z, m.z, m.z);
        mpz_add(sum.z, sum.z, sq.z);
    }
    // Scale S by 4**k so that its square root has at least 64 bits.
    int64_t bits = static_cast<int64_t>(mpz_sizeinbase(sum.z, 2));
    int64_t k = bits < 130 ? (130 - bits) / 2 + 1 : 0;
    mpz_mul_2exp(sum.z, sum.z, static_cast<mp_bitcnt_t>(2 * k));
    Mpz root, rem;
    mpz_sqrtrem(root.z, rem.z, sum.z);
    mpz_mul_2exp(root.z, root.z, 1);
    if (mpz_sgn(rem.z) != 0) mpz_add_ui(root.z, root.z, 1);   // sticky bit: not exact
    bool overflow = false;
    double r = mpz_scaled_to_double(root.z, static_cast<int64_t>(min_exp) - k - 1, &overflow);
    return overflow ? INFINITY : r;
}

// The norm of coordinates that may include inf and nan (inf wins over nan, as in C's hypot).
Value norm_of(const std::vector<double>& xs) {
    bool has_nan = false;
    for (double x : xs) {
        if (std::isinf(x)) return float_from(INFINITY);
        if (std::isnan(x)) has_nan = true;
    }
    if (has_nan) return float_from(NAN);
    return float_from(exact_norm(xs));   // inf when the norm is too large, as CPython
}

Value math_hypot(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    std::vector<double> xs(static_cast<size_t>(t->size));
    for (int64_t i = 0; i < t->size; i++)
        if (!to_double(t->items[i], &xs[static_cast<size_t>(i)])) return Value{};
    return norm_of(xs);
}

Value math_dist(const Value* args) {
    Ref p{sequence_to_tuple(args[0])};
    if (!p) return Value{};
    Ref q{sequence_to_tuple(args[1])};
    if (!q) return Value{};
    Tuple* a = p.as<Tuple>();
    Tuple* b = q.as<Tuple>();
    if (a->size != b->size) return raise(&exc::ValueError, "both points must have the same number of dimensions");
    std::vector<double> xs(static_cast<size_t>(a->size));
    for (int64_t i = 0; i < a->size; i++) {
        double x, y;
        if (!to_double(a->items[i], &x) || !to_double(b->items[i], &y)) return Value{};
        xs[static_cast<size_t>(i)] = std::fabs(x - y);
    }
    return norm_of(xs);
}

// --- integer functions --------------------------------------------------------------------------

Value math_factorial(const Value* args) {
    Mpz n;
    if (!index_mpz(args[0], n.z)) return Value{};
    if (mpz_sgn(n.z) < 0) return raise(&exc::ValueError, "factorial() not defined for negative values");
    if (!mpz_fits_slong_p(n.z))
        return raise(&exc::OverflowError, "factorial() argument should not exceed %ld", LONG_MAX);
    Mpz r;
    mpz_fac_ui(r.z, mpz_get_ui(n.z));
    return int_from_mpz(r.z);
}

// The n and k of comb() and perm(), checked as CPython does.
bool comb_args(Value nv, Value kv, mpz_t n, mpz_t k) {
    if (!index_mpz(nv, n) || !index_mpz(kv, k)) return false;
    if (mpz_sgn(n) < 0) {
        raise(&exc::ValueError, "n must be a non-negative integer");
        return false;
    }
    if (mpz_sgn(k) < 0) {
        raise(&exc::ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

Value math_comb(const Value* args) {
    Mpz n, k;
    if (!comb_args(args[0], args[1], n.z, k.z)) return Value{};
    if (mpz_cmp(k.z, n.z) > 0) return Value::small_int(0);
    Mpz nk;
    mpz_sub(nk.z, n.z, k.z);
    if (mpz_cmp(nk.z, k.z) < 0) mpz_set(k.z, nk.z);   // comb(n, k) == comb(n, n - k)
    if (!mpz_fits_slong_p(k.z))
        return raise(&exc::OverflowError, "min(n - k, k) must not exceed %ld", LONG_MAX);
    Mpz r;
    mpz_bin_ui(r.z, n.z, mpz_get_ui(k.z));
    return int_from_mpz(r.z);
}

Value math_perm(const Value* args) {
    if (!args[1] || is_none(args[1])) {
        Value a[1] = {args[0]};
        return math_factorial(a);   // perm(n) == n!, with factorial()'s messages
    }
    Mpz n, k;
    if (!comb_args(args[0], args[1], n.z, k.z)) return Value{};
    if (mpz_cmp(k.z, n.z) > 0) return Value::small_int(0);
    if (!mpz_fits_slong_p(k.z)) return raise(&exc::OverflowError, "k must not exceed %ld", LONG_MAX);
    // n! / (n - k)! == comb(n, k) * k!
    unsigned long ku = mpz_get_ui(k.z);
    Mpz r, f;
    mpz_bin_ui(r.z, n.z, ku);
    mpz_fac_ui(f.z, ku);
    mpz_mul(r.z, r.z, f.z);
    return int_from_mpz(r.z);
}

Value math_gcd(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    Mpz r, x;
    for (int64_t i = 0; i < t->size; i++) {
        if (!index_mpz(t->items[i], x.z)) return Value{};
        mpz_gcd(r.z, r.z, x.z);
    }
    return int_from_mpz(r.z);
}

Value math_lcm(const Value* args) {
    Tuple* t = args[0].as<Tuple>();
    Mpz r, x;
    mpz_set_ui(r.z, 1);
    for (int64_t i = 0; i < t->size; i++) {
        if (!index_mpz(t->items[i], x.z)) return Value{};
        mpz_lcm(r.z, r.z, x.z);
    }
    return int_from_mpz(r.z);
}

Value math_isqrt(const Value* args) {
    Mpz n;
    if (!index_mpz(args[0], n.z)) return Value{};
    if (mpz_sgn(n.z) < 0) return raise(&exc::ValueError, "isqrt() argument must be nonnegative");
    mpz_sqrt(n.z, n.z);
    return int_from_mpz(n.z);
}

Value math_prod(const Value* args) {
    Ref it{get_iter(args[0])};
    if (!it) return Value{};
    Ref acc = Ref::borrow(args[1]);
    for (;;) {
        Ref item{iter_next(it.get())};
        if (!item) {
            if (has_error()) return Value{};
            break;
        }
        Ref next{binary_op(acc.get(), item.get(), BinOp::Multiply)};
        if (!next) return Value{};
        acc = std::move(next);
    }
    return acc.release();
}

const NativeDef math_defs[] = {
    {"sqrt(x, /)", math_sqrt},
    {"exp(x, /)", math_exp},
    {"exp2(x, /)", math_exp2},
    {"expm1(x, /)", math_expm1},
    {"log(x, base=?, /)", nullptr, math_log_raw},
    {"log2(x, /)", math_log2},
    {"log10(x, /)", math_log10},
    {"log1p(x, /)", math_log1p},
    {"pow(x, y, /)", math_pow},
    {"sin(x, /)", math_sin},
    {"cos(x, /)", math_cos},
    {"tan(x, /)", math_tan},
    {"asin(x, /)", math_asin},
    {"acos(x, /)", math_acos},
    {"atan(x, /)", math_atan},
    {"atan2(y, x, /)", math_atan2},
    {"sinh(x, /)", math_sinh},
    {"cosh(x, /)", math_cosh},
    {"tanh(x, /)", math_tanh},
    {"asinh(x, /)", math_asinh},
    {"acosh(x, /)", math_acosh},
    {"atanh(x, /)", math_atanh},
    {"degrees(x, /)", math_degrees},
    {"radians(x, /)", math_radians},
    {"floor(x, /)", math_floor},
    {"ceil(x, /)", math_ceil},
    {"trunc(x, /)", math_trunc},
    {"fabs(x, /)", math_fabs},
    {"fmod(x, y, /)", math_fmod},
    {"remainder(x, y, /)", math_remainder},
    {"modf(x, /)", math_modf},
    {"frexp(x, /)", math_frexp},
    {"ldexp(x, i, /)", math_ldexp},
    {"copysign(x, y, /)", math_copysign},
    {"nextafter(x, y, /)", math_nextafter},
    {"ulp(x, /)", math_ulp},
    {"cbrt(x, /)", math_cbrt},
    {"hypot(*coordinates)", math_hypot},
    {"dist(p, q, /)", math_dist},
    {"isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", math_isclose},
    {"isfinite(x, /)", math_isfinite},
    {"isinf(x, /)", math_isinf},
    {"isnan(x, /)", math_isnan},
    {"factorial(n, /)", math_factorial},
    {"comb(n, k, /)", math_comb},
    {"perm(n, k=None, /)", math_perm},
    {"gcd(*integers)", math_gcd},
    {"lcm(*integers)", math_lcm},
    {"isqrt(n, /)", math_isqrt},
    {"prod(iterable, /, *, start=1)", math_prod},
    {"fsum(seq, /)", math_fsum},
    {"erf(x, /)", math_erf},
    {"erfc(x, /)", math_erfc},
    {"gamma(x, /)", math_gamma},
    {"lgamma(x, /)", math_lgamma},
    {nullptr},
};

}  // namespace

Module* init_math_module() {
    Module* m = module_new_cstr("math");
    if (!m) return nullptr;
    module_add_functions(m, math_defs);
    module_add_owned(m, "pi", float_from(kPi));
    module_add_owned(m, "e", float_from(kE));
    module_add_owned(m, "tau", float_from(kTau));
    module_add_owned(m, "inf", float_from(INFINITY));
    module_add_owned(m, "nan", float_from(NAN));
    return m;
}

}  // namespace minipy::lib
