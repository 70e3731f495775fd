// float.cpp — float: a boxed IEEE-754 double.
//
// Design note
// ===========
// Allocation. Floats are created and dropped constantly by arithmetic, so freed exact floats go
// to a small per-thread free list (thread_local: no lock, and still correct without the GIL,
// since a float freed by one thread simply joins that thread's list). Sanitizer builds skip the
// list so AddressSanitizer sees every use after free.
//
// Text. repr(x) is the shortest string that reads back as x (std::to_chars gives the digits;
// number_format.cpp lays them out as CPython does: exponent form when the exponent is < -4 or
// >= 16, "1e+16", "1e-05", "0.1", "-0.0", "inf", "nan"). str(x) is the same.
//
// Mixed arithmetic. float slots accept int operands (converted exactly or raising OverflowError
// "int too large to convert to float"); comparisons between floats and ints are exact (they
// never convert the int), so 2**53 + 1 != float(2**53).
//
// Hash. For finite x = m * 2**e (m an integer), hash(x) = m * 2**e modulo the prime
// P = 2**61 - 1, with the sign of x; since 2**61 == 1 (mod P), multiplying by 2**e is a rotation
// of a 61-bit number. This equals hash(int) for integral floats, so 1.0 and 1 are the same
// dict key (CPython's Python/pyhash.c defines the same function). inf hashes to 314159, -inf to
// -314159, and NaN by identity.
//
// Division and modulo follow CPython's Objects/floatobject.c: the remainder takes the sign of
// the divisor, floor division is (a - a % b) / b rounded to the nearest integer, and the zero
// results carry the sign CPython gives them.
#include "runtime/float.hpp"

#include <gmp.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/bytes.hpp"
#include "runtime/complex.hpp"
#include "runtime/errors.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/int.hpp"
#include "runtime/native.hpp"
#include "runtime/number_format.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::rt {

Type float_type;

// ---------------------------------------------------------------------------------------------
// Allocation with a per-thread free list.

namespace {

constexpr int kFreeListMax = 100;

// Plain data, so it stays valid until the thread is gone; the drain object below empties it
// when the thread exits.
struct FloatFreeList {
    Float* head;
    int count;
    bool closed;
};
thread_local FloatFreeList t_free_floats = {nullptr, 0, false};

Float* next_of(Float* f) {
    Float* n;
    std::memcpy(&n, &f->value, sizeof n);
    return n;
}

#ifndef MINIPY_SANITIZER
void set_next(Float* f, Float* n) { std::memcpy(&f->value, &n, sizeof n); }
#endif

struct FloatFreeListDrain {
    ~FloatFreeListDrain() {
        FloatFreeList& fl = t_free_floats;
        fl.closed = true;
        while (fl.head) {
            Float* f = fl.head;
            fl.head = next_of(f);
            free_object_memory(f);
        }
        fl.count = 0;
    }
};
thread_local FloatFreeListDrain t_free_floats_drain;

}  // namespace

Value float_from(double d) {
#ifndef MINIPY_SANITIZER
    FloatFreeList& fl = t_free_floats;
    if (fl.head) {
        Float* f = fl.head;
        fl.head = next_of(f);
        --fl.count;
        f->refcnt.store(1, std::memory_order_relaxed);
        f->lock.store(0, std::memory_order_relaxed);
        f->gc = 0;
        f->flags = 0;
        f->type = &float_type;
        f->value = d;
        return Value(f);
    }
#endif
    Float* f = alloc<Float>(&float_type);
    if (!f) return raise_no_memory();
    f->value = d;
    return Value(f);
}

static void float_dealloc(Object* o) {
#ifndef MINIPY_SANITIZER
    if (o->type == &float_type) {
        FloatFreeList& fl = t_free_floats;
        if (!fl.closed && fl.count < kFreeListMax) {
            (void)&t_free_floats_drain;   // make sure the drain exists for this thread
            Float* f = static_cast<Float*>(o);
            set_next(f, fl.head);
            fl.head = f;
            ++fl.count;
            return;
        }
    }
#endif
    free_object_memory(o);
}

// A float of type `type` (float or a subclass).
static Value float_of_type(Type* type, double d) {
    if (type == &float_type) return float_from(d);
    Float* f = alloc<Float>(type);
    if (!f) return raise_no_memory();
    f->value = d;
    return Value(f);
}

// ---------------------------------------------------------------------------------------------
// Text.

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kDoubleAddDot0); }

static Value float_repr_slot(Value v) { return str_from(float_repr(float_value(v))); }

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

bool equals_nocase(std::string_view a, const char* b) {
    size_t n = std::strlen(b);
    if (a.size() != n) return false;
    for (size_t i = 0; i < n; ++i)
        if ((a[i] | 0x20) != b[i]) return false;
    return true;
}

// Reads digits with single underscores between them into `out` (underscores dropped).
// Returns the number of digits, or -1 for a misplaced underscore.
int64_t read_digits(std::string_view s, size_t* pos, std::string* out) {
    int64_t count = 0;
    size_t i = *pos;
    while (i < s.size()) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            out->push_back(c);
            ++count;
            ++i;
        } else if (c == '_') {
            if (count == 0 || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9') return -1;
            ++i;
        } else {
            break;
        }
    }
    *pos = i;
    return count;
}

bool parse_ascii_float(std::string_view s, double* out) {
    size_t b = 0, e = s.size();
    while (b < e && is_ascii_space(s[b])) ++b;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    s = s.substr(b, e - b);
    bool negative = false;
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    std::string_view rest = s.substr(i);
    if (equals_nocase(rest, "inf") || equals_nocase(rest, "infinity")) {
        *out = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (equals_nocase(rest, "nan")) {
        *out = negative ? -NAN : NAN;
        return true;
    }
    // [digits] ['.' [digits]] [('e'|'E') [sign] digits], with at least one mantissa digit.
    std::string clean;
    int64_t int_digits = read_digits(s, &i, &clean);
    if (int_digits < 0) return false;
    int64_t frac_digits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        clean.push_back('.');
        frac_digits = read_digits(s, &i, &clean);
        if (frac_digits < 0) return false;
    }
    if (int_digits + frac_digits == 0) return false;
    int64_t exp10 = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        clean.push_back('e');
        ++i;
        bool exp_negative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            exp_negative = s[i] == '-';
            clean.push_back(s[i++]);
        }
        size_t exp_start = clean.size();
        if (read_digits(s, &i, &clean) <= 0) return false;
        for (size_t k = exp_start; k < clean.size(); ++k) exp10 = std::min<int64_t>(exp10 * 10 + (clean[k] - '0'), 1000000000);
        if (exp_negative) exp10 = -exp10;
    }
    if (i != s.size()) return false;

    double d = 0;
    auto r = std::from_chars(clean.data(), clean.data() + clean.size(), d, std::chars_format::general);
    if (r.ec == std::errc::result_out_of_range) {
        // Too large or too small for a double: the decimal magnitude says which. With the
        // first nonzero mantissa digit at `first` and the point at `point`, the value lies in
        // [10**(m-1), 10**m) for m below.
        std::string_view mantissa = std::string_view(clean).substr(0, clean.find('e'));
        size_t first = mantissa.find_first_of("123456789");
        size_t point = std::min(mantissa.find('.'), mantissa.size());
        int64_t m = first < point ? static_cast<int64_t>(point - first) + exp10
                                  : exp10 - static_cast<int64_t>(first - point) + 1;
        d = m > 0 ? HUGE_VAL : 0.0;
    } else if (r.ec != std::errc() || r.ptr != clean.data() + clean.size()) {
        return false;
    }
    *out = negative ? -d : d;
    return true;
}

}  // namespace

bool float_parse(std::string_view text, double* out) {
    std::string ascii;
    if (number_text_to_ascii(text, &ascii)) text = ascii;
    return parse_ascii_float(text, out);
}

Value float_from_text(std::string_view text, Value original) {
    double d;
    bool ok;
    if (is_str(original)) {
        ok = float_parse(text, &d);
    } else {
        // bytes: non-ASCII bytes are never part of a number
        ok = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
             parse_ascii_float(text, &d);
    }
    if (!ok) return raise(&exc::ValueError, "could not convert string to float: %R", original);
    return float_from(d);
}

Value float_from_string(const char* s, size_t n) {
    double d;
    if (float_parse(std::string_view(s, n), &d)) return float_from(d);
    Ref original(str_from(std::string_view(s, n)));
    if (!original) return {};
    return raise(&exc::ValueError, "could not convert string to float: %R", original.get());
}

// ---------------------------------------------------------------------------------------------
// Hash.

int64_t float_hash(double d) {
    constexpr uint64_t P = (uint64_t(1) << 61) - 1;
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;   // the type's hash slot hashes NaNs by identity
    int e;
    double m = std::frexp(std::fabs(d), &e);   // |d| = m * 2**e, 0.5 <= m < 1
    // As an integer mantissa: |d| = M * 2**(e - 53).
    uint64_t M = static_cast<uint64_t>(std::ldexp(m, 53));
    int64_t exp = e - 53;
    int k = static_cast<int>(((exp % 61) + 61) % 61);   // 2**exp == 2**k (mod P)
    uint64_t h = M % P;
    if (k) h = ((h << k) & P) | (h >> (61 - k));        // multiply by 2**k: a 61-bit rotation
    int64_t r = static_cast<int64_t>(h);
    if (d < 0) r = -r;
    return r == -1 ? -2 : r;
}

static int64_t float_hash_slot(Value v) {
    double d = float_value(v);
    if (std::isnan(d)) {
        // By identity, as CPython 3.10+: the address rotated by 4 bits.
        uint64_t p = reinterpret_cast<uint64_t>(v.as_object());
        int64_t h = static_cast<int64_t>((p >> 4) | (p << 60));
        return h == -1 ? -2 : h;
    }
    return float_hash(d);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic.

// Converts a float or int operand; 0 = not a number type (NotImplemented), -1 = error.
static int operand(Value v, double* out) {
    if (is_float(v)) {
        *out = float_value(v);
        return 1;
    }
    if (is_int(v)) return int_to_double(v, out) ? 1 : -1;
    return 0;
}

#define FLOAT_OPERANDS(a, b, x, y)                    \
    double x, y;                                      \
    {                                                 \
        int ra = operand(a, &x);                      \
        if (ra < 0) return {};                        \
        int rb = ra ? operand(b, &y) : 0;             \
        if (rb < 0) return {};                        \
        if (!ra || !rb) return not_implemented();     \
    }

static Value float_add(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_from(x + y);
}

static Value float_sub(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_from(x - y);
}

static Value float_mul(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_from(x * y);
}

static Value float_truediv(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise(&exc::ZeroDivisionError, "float division by zero");
    return float_from(x / y);
}

namespace {

// Python's x % y for doubles (y != 0): the result has the sign of y.
double py_fmod(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

// Python's divmod for doubles (y != 0).
void py_divmod(double x, double y, double* floordiv, double* mod) {
    double m = std::fmod(x, y);
    double div = (x - m) / y;   // exact or nearly: x - m is a multiple of y
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, y);
    }
    double fd;
    if (div != 0.0) {
        fd = std::floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = std::copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

}  // namespace

static Value float_floordiv(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise(&exc::ZeroDivisionError, "float floor division by zero");
    double q, r;
    py_divmod(x, y, &q, &r);
    return float_from(q);
}

static Value float_mod(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise(&exc::ZeroDivisionError, "float modulo");
    return float_from(py_fmod(x, y));
}

static Value float_divmod(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return raise(&exc::ZeroDivisionError, "float divmod()");
    double q, r;
    py_divmod(x, y, &q, &r);
    Ref fq(float_from(q)), fr(float_from(r));
    if (!fq || !fr) return {};
    return tuple_pack({fq.get(), fr.get()});
}

static Value raise_erange() {
    Value args[2] = {Value::small_int(ERANGE), Value{}};
    Ref msg(str_from_cstr(std::strerror(ERANGE)));
    if (!msg) return {};
    args[1] = msg.get();
    Ref e(call(Value(&exc::OverflowError), args, 2));
    if (!e) return {};
    return raise_object(e.get());
}

static bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

Value float_pow(double x, double y) {
    if (y == 0.0) return float_from(1.0);        // even for NaN
    if (std::isnan(x)) return float_from(x == 1.0 ? 1.0 : x);
    if (std::isnan(y)) return float_from(x == 1.0 ? 1.0 : y);
    if (std::isinf(y)) {
        double ax = std::fabs(x);
        if (ax == 1.0) return float_from(1.0);
        return float_from((y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
    }
    if (std::isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) return float_from(odd ? x : std::fabs(x));
        return float_from(odd ? std::copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0) return raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from(is_odd_integer(y) ? x : 0.0);
    }
    if (x < 0 && y != std::floor(y)) return complex_pow(x, 0.0, y, 0.0);   // (-8) ** (1/3) is complex
    if (x == 1.0) return float_from(1.0);
    double r = std::pow(x, y);
    if (std::isinf(r)) return raise_erange();
    return float_from(r);
}

static Value float_power_slot(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_pow(x, y);
}

// float.__pow__(self, value, mod=None, /): explicit so that pow(x, y, m) reports CPython's error.
static Value float_pow_meth(const Value* args) {
    if (!is_none(args[2]))
        return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_power_slot(args[0], args[1]);
}

static Value float_negative(Value a) { return float_from(-float_value(a)); }
static Value float_positive(Value a) { return is_exact_float(a) ? newref(a) : float_from(float_value(a)); }
static Value float_absolute(Value a) { return float_from(std::fabs(float_value(a))); }
static int float_bool(Value a) { return float_value(a) != 0.0; }
static Value float_int(Value a) { return int_from_double(float_value(a)); }

static Value float_richcompare(Value a, Value b, CompareOp op) {
    if (!is_float(a)) {   // reflected call: put the float first
        std::swap(a, b);
        switch (op) {
            case CompareOp::Lt: op = CompareOp::Gt; break;
            case CompareOp::Le: op = CompareOp::Ge; break;
            case CompareOp::Gt: op = CompareOp::Lt; break;
            case CompareOp::Ge: op = CompareOp::Le; break;
            default: break;
        }
        if (!is_float(a)) return not_implemented();
    }
    double x = float_value(a);
    int c;   // -1, 0, 1, or 2 for unordered (NaN)
    if (is_float(b)) {
        double y = float_value(b);
        c = (std::isnan(x) || std::isnan(y)) ? 2 : (x > y) - (x < y);
    } else if (is_int(b)) {
        c = std::isnan(x) ? 2 : -int_compare_double(b, x);
    } else {
        return not_implemented();
    }
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c == -1; break;
        case CompareOp::Le: r = c == -1 || c == 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c == 1; break;
        case CompareOp::Ge: r = c == 1 || c == 0; break;
    }
    return bool_value(r);
}

// ---------------------------------------------------------------------------------------------
// float(x)

static Value float_from_number(Value x) {
    if (is_exact_float(x)) return newref(x);
    Type* t = type_of(x);
    if (t->nb_float) {
        Ref r(t->nb_float(x));
        if (!r) return {};
        if (is_exact_float(r.get())) return r.release();
        if (!is_float(r.get()))
            return raise(&exc::TypeError, "%s.__float__ returned non-float (type %s)", t->tp_name, type_of(r.get())->tp_name);
        if (warn(&exc::DeprecationWarning,
                 "%s.__float__ returned non-float (type %s).  The ability to return an instance of a strict subclass "
                 "of float is deprecated, and may be removed in a future version of Python.",
                 t->tp_name, type_of(r.get())->tp_name) < 0)
            return {};
        return float_from(float_value(r.get()));
    }
    if (t->nb_index) {
        Ref i(number_index(x));
        if (!i) return {};
        double d;
        if (!int_to_double(i.get(), &d)) return {};
        return float_from(d);
    }
    if (is_str(x)) return float_from_text(str_view(x), x);
    if (is_bytes(x) || is_bytearray(x)) {
        std::string_view view;
        if (!bytes_like_view(x, &view)) return {};
        std::string copy(view);
        return float_from_text(copy, x);
    }
    return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%s'", t->tp_name);
}

static Value float_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0) return raise(&exc::TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return raise(&exc::TypeError, "float expected at most 1 argument, got %zu", nargs);
    Ref r(nargs == 0 ? float_from(0.0) : float_from_number(args[0]));
    if (!r || type == &float_type) return r.release();
    return float_of_type(type, float_value(r.get()));
}

// ---------------------------------------------------------------------------------------------
// Rounding.

namespace {

// q = round-half-even(num / den) for den > 0.
void div_round_half_even(mpz_t q, mpz_srcptr num, mpz_srcptr den) {
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clear(r);
}

}  // namespace

Value float_round(double x, int64_t ndigits) {
    // Beyond these, rounding cannot change a double (CPython's NDIGITS_MAX/NDIGITS_MIN:
    // (53 - (-1021)) * log10(2) and (1024 + 1) * log10(2)).
    if (x == 0.0 || !std::isfinite(x)) return float_from(x);
    if (ndigits > 323) return float_from(x);
    if (ndigits < -308) return float_from(0.0 * x);
    // x = M * 2**E exactly, M a 53-bit integer.
    int e;
    double m = std::frexp(x, &e);
    int64_t M = static_cast<int64_t>(std::ldexp(m, 53));
    int64_t E = e - 53;
    mpz_t num, den, p, q;
    mpz_inits(num, den, p, q, nullptr);
    mpz_set_si(num, M);
    mpz_set_ui(den, 1);
    uint64_t k = static_cast<uint64_t>(ndigits < 0 ? -ndigits : ndigits);
    mpz_ui_pow_ui(p, 10, k);
    double result;
    bool overflow = false;
    if (ndigits >= 0) {
        if (E >= 0) {   // x is an integer: nothing to round
            mpz_clears(num, den, p, q, nullptr);
            return float_from(x);
        }
        mpz_mul(num, num, p);
        mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-E));
        div_round_half_even(q, num, den);            // round(x * 10**n)
        result = mpz_quotient_to_double(q, p, &overflow);   // ... / 10**n, correctly rounded
    } else {
        if (E >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(E));
        else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-E));
        mpz_mul(den, den, p);
        div_round_half_even(q, num, den);            // round(x / 10**k)
        mpz_mul(q, q, p);
        result = mpz_to_double_rounded(q, &overflow);
    }
    bool zero = mpz_sgn(q) == 0;
    mpz_clears(num, den, p, q, nullptr);
    if (overflow) return raise(&exc::OverflowError, "rounded value too large to represent");
    if (zero) result = std::copysign(0.0, x);
    return float_from(result);
}

// ---------------------------------------------------------------------------------------------
// Methods.

static Value float_self(const Value* args) { return float_from(float_value(args[0])); }

static Value float_is_integer(const Value* args) {
    double d = float_value(args[0]);
    return bool_value(std::isfinite(d) && std::floor(d) == d);
}

static Value float_as_integer_ratio(const Value* args) {
    double d = float_value(args[0]);
    if (std::isinf(d)) return raise(&exc::OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) return raise(&exc::ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    int64_t M = static_cast<int64_t>(std::ldexp(m, 53));
    int64_t E = e - 53;
    if (M == 0) E = 0;                           // 0.0 is 0/1
    while (M != 0 && (M & 1) == 0 && E < 0) {   // lowest terms: the denominator is a power of two
        M /= 2;
        ++E;
    }
    mpz_t n, dd;
    mpz_init_set_si(n, M);
    mpz_init_set_ui(dd, 1);
    if (E >= 0) mpz_mul_2exp(n, n, static_cast<mp_bitcnt_t>(E));
    else mpz_mul_2exp(dd, dd, static_cast<mp_bitcnt_t>(-E));
    Ref num(int_from_mpz(n)), den(int_from_mpz(dd));
    mpz_clears(n, dd, nullptr);
    if (!num || !den) return {};
    return tuple_pack({num.get(), den.get()});
}

static Value float_trunc(const Value* args) { return int_from_double(float_value(args[0])); }
static Value float_floor(const Value* args) { return int_from_double(std::floor(float_value(args[0]))); }
static Value float_ceil(const Value* args) { return int_from_double(std::ceil(float_value(args[0]))); }

static Value float_round_meth(const Value* args) {
    double x = float_value(args[0]);
    Value nd = args[1];
    if (is_none(nd)) {
        double r = std::round(x);   // halves away from zero; fix ties to even
        if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
        return int_from_double(r);
    }
    int64_t n;
    if (!index_to_i64(nd, &n)) return {};
    return float_round(x, n);
}

static Value float_getnewargs(const Value* args) {
    Ref f(float_from(float_value(args[0])));
    return tuple_pack({f.get()});
}

static Value float_hex(const Value* args) {
    double d = float_value(args[0]);
    if (std::isnan(d)) return str_from_cstr("nan");
    if (std::isinf(d)) return str_from_cstr(d > 0 ? "inf" : "-inf");
    std::string out = std::signbit(d) ? "-" : "";
    d = std::fabs(d);
    if (d == 0.0) return str_from(out + "0x0.0p+0");
    int e;
    double m = std::frexp(d, &e);   // d = m * 2**e, 0.5 <= m < 1
    int exp = e - 1;                // d = (2m) * 2**exp, 1 <= 2m < 2
    int lead = 1;
    uint64_t frac;
    if (exp < -1022) {              // subnormal: 0.xxx * 2**-1022
        lead = 0;
        frac = static_cast<uint64_t>(std::ldexp(d, 1074));   // the 52 fraction bits
        exp = -1022;
    } else {
        frac = static_cast<uint64_t>(std::ldexp(2 * m - 1, 52));
    }
    char buf[64];
    snprintf(buf, sizeof buf, "0x%d.%013llxp%+d", lead, static_cast<unsigned long long>(frac), exp);
    return str_from(out + buf);
}

static Value raise_bad_hex() { return raise(&exc::ValueError, "invalid hexadecimal floating-point string"); }

static Value float_fromhex(const Value* args) {
    Value cls = args[0], arg = args[1];
    if (!is_str(arg)) return raise(&exc::TypeError, "fromhex() argument must be str, not %T", arg);
    std::string_view s = str_view(arg);
    size_t b = 0, e = s.size();
    while (b < e && is_ascii_space(s[b])) ++b;
    while (e > b && is_ascii_space(s[e - 1])) --e;
    s = s.substr(b, e - b);
    size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    std::string_view rest = s.substr(i);
    double result;
    if (equals_nocase(rest, "inf") || equals_nocase(rest, "infinity")) {
        result = HUGE_VAL;
    } else if (equals_nocase(rest, "nan")) {
        result = NAN;
    } else {
        if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
        std::string digits;
        int64_t frac_digits = 0;
        bool seen_point = false;
        int64_t ndigits = 0;
        for (; i < s.size(); ++i) {
            char c = s[i];
            if (c == '.' && !seen_point) {
                seen_point = true;
                continue;
            }
            if (!std::isxdigit(static_cast<unsigned char>(c))) break;
            digits.push_back(c);
            ++ndigits;
            if (seen_point) ++frac_digits;
        }
        if (ndigits == 0) return raise_bad_hex();
        int64_t exp2 = 0;
        if (i < s.size() && (s[i] | 0x20) == 'p') {
            ++i;
            bool exp_negative = false;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
            size_t start = i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                exp2 = std::min<int64_t>(exp2 * 10 + (s[i] - '0'), int64_t(1) << 40);
                ++i;
            }
            if (i == start) return raise_bad_hex();
            if (exp_negative) exp2 = -exp2;
        }
        if (i != s.size()) return raise_bad_hex();
        mpz_t z;
        mpz_init_set_str(z, digits.c_str(), 16);
        bool overflow;
        result = mpz_scaled_to_double(z, exp2 - 4 * frac_digits, &overflow);
        mpz_clear(z);
        if (overflow) return raise(&exc::OverflowError, "hexadecimal value too large to represent as a float");
    }
    Ref f(float_from(negative ? -result : result));
    if (!f || cls == Value(&float_type)) return f.release();
    return call1(cls, f.get());
}

static Value float_getformat(const Value* args) {
    Value t = args[1];
    if (!is_str(t)) return raise(&exc::TypeError, "__getformat__() argument must be str, not %T", t);
    std::string_view s = str_view(t);
    if (s != "double" && s != "float")
        return raise(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static Value float_format_meth(const Value* args) {
    Value self = args[0], spec_obj = args[1];
    if (!is_str(spec_obj)) return raise(&exc::TypeError, "__format__() argument must be str, not %T", spec_obj);
    std::string_view spec_text = str_view(spec_obj);
    if (spec_text.empty()) return to_str(self);
    const char* type_name = type_of(self)->tp_name;
    FormatSpec spec;
    if (!parse_format_spec(spec_text, type_name, &spec)) return {};
    std::string out;
    if (!format_float(float_value(self), spec, &out, type_name)) return {};
    return str_from(out);
}

static Value float_get_real(Value self) { return float_from(float_value(self)); }
static Value float_get_imag(Value) { return float_from(0.0); }

static const NativeDef float_methods[] = {
    {"conjugate(self, /)", float_self, nullptr, 0, "Return self, the complex conjugate of any float."},
    {"is_integer(self, /)", float_is_integer, nullptr, 0, "Return True if the float is an integer."},
    {"as_integer_ratio(self, /)", float_as_integer_ratio, nullptr, 0,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float."},
    {"hex(self, /)", float_hex, nullptr, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex(cls, string, /)", float_fromhex, nullptr, kNativeClassMethod,
     "Create a floating-point number from a hexadecimal string."},
    {"__trunc__(self, /)", float_trunc, nullptr, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__(self, /)", float_floor, nullptr, 0, "Return the floor as an Integral."},
    {"__ceil__(self, /)", float_ceil, nullptr, 0, "Return the ceiling as an Integral."},
    {"__round__(self, ndigits=None, /)", float_round_meth, nullptr, 0,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in "
     "round(x, ndigits)."},
    {"__getnewargs__(self, /)", float_getnewargs, nullptr, 0, nullptr},
    {"__getformat__(cls, typestr, /)", float_getformat, nullptr, kNativeClassMethod,
     "You probably don't want to use this function."},
    {"__format__(self, format_spec, /)", float_format_meth, nullptr, 0, "Formats the float according to format_spec."},
    {"__pow__(self, value, mod=None, /)", float_pow_meth, nullptr, 0, "Return pow(self, value, mod)."},
    {nullptr},
};

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {nullptr},
};

void init_float_type() {
    init_static_type(&float_type, "float", &object_type, sizeof(Float), kTypeBaseType | kTypeFloatSubclass);
    float_type.doc = "Convert a string or number to a floating point number, if possible.";
    float_type.tp_new = float_tp_new;
    float_type.dealloc = float_dealloc;
    float_type.repr = float_repr_slot;
    float_type.hash = float_hash_slot;
    float_type.richcompare = float_richcompare;
    float_type.nb_add = float_add;
    float_type.nb_subtract = float_sub;
    float_type.nb_multiply = float_mul;
    float_type.nb_truediv = float_truediv;
    float_type.nb_floordiv = float_floordiv;
    float_type.nb_remainder = float_mod;
    float_type.nb_divmod = float_divmod;
    float_type.nb_power = float_power_slot;
    float_type.nb_negative = float_negative;
    float_type.nb_positive = float_positive;
    float_type.nb_absolute = float_absolute;
    float_type.nb_bool = float_bool;
    float_type.nb_int = float_int;
    float_type.nb_float = float_positive;
    add_methods(&float_type, float_methods);
    add_getsets(&float_type, float_getsets);
    finalize_type(&float_type);
}

}  // namespace minipy::rt
