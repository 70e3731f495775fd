// int.cpp — int (tagged small ints and GMP big ints) and bool.
//
// Design note
// ===========
// Representation. An int is a tagged 63-bit word (object.hpp) when it fits, otherwise a heap
// `BigInt` holding a GMP mpz. Every result is normalized: a value in the small range is always
// returned tagged, so an exact-int BigInt never holds a small value and equal ints have one
// representation. Instances of bool and of Python subclasses of int are BigInts whatever their
// value (True is a BigInt holding 1), so code that reads an operand goes through small_of() /
// MpzView, which handle both forms; the fast paths test the tag bits first.
//
// Fast paths. + and - of two small ints cannot overflow int64 (|x| < 2**62), so the sum only
// needs a range check; * uses __builtin_mul_overflow. Anything else goes to GMP and comes back
// through take(), which re-tags results that fit.
//
// Semantics come from CPython's Objects/longobject.c (behaviour only; the code is our own):
//   // and % floor toward -inf, so the remainder has the divisor's sign (GMP's fdiv family);
//   & | ^ ~ act on the infinite two's-complement form (GMP's mpz_and/ior/xor/com do too);
//   / is correctly rounded for any size (quotient_to_double below);
//   hash(n) is n modulo the Mersenne prime 2**61 - 1 with the sign kept, and -1 maps to -2.
//
// GMP memory goes through mimalloc (set once in init_int_type), except in sanitizer builds
// where GMP keeps malloc so AddressSanitizer sees its buffers.
#include "runtime/int.hpp"

#include "runtime/alloc.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/native.hpp"
#include "runtime/number_format.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

static_assert(GMP_LIMB_BITS == 64, "minipy assumes 64-bit GMP limbs");

namespace minipy::rt {

Type int_type;
Type bool_type;
BigInt g_true;
BigInt g_false;

namespace {

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;   // CPython's _PyHASH_MODULUS
// Results larger than this many bits raise MemoryError instead of asking GMP (whose size field
// would overflow and abort a little above 2**37 bits).
constexpr uint64_t kMaxBits = uint64_t(1) << 34;

std::atomic<int64_t> g_max_str_digits{4300};    // CPython's default (sys.int_info.default_max_str_digits)

// --- GMP memory through mimalloc -----------------------------------------------------------

#ifndef MINIPY_SANITIZER
void* gmp_alloc(size_t n) { return mem_alloc(n); }
void* gmp_realloc(void* p, size_t, size_t n) { return mem_realloc(p, n); }
void gmp_free(void* p, size_t) { mem_free(p); }
#endif

// --- reading operands ----------------------------------------------------------------------

// An owned mpz_t with RAII.
struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    ~Mpz() { mpz_clear(z); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

// Read-only mpz view of any int value; small ints are wrapped without allocating.
class MpzView {
public:
    explicit MpzView(Value v) {
        if (v.is_small_int()) {
            int64_t i = v.as_small_int();
            m_limb = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
            m_ptr = mpz_roinit_n(m_tmp, &m_limb, i < 0 ? -1 : (i > 0 ? 1 : 0));
        } else {
            m_ptr = v.as<BigInt>()->z;
        }
    }
    MpzView(const MpzView&) = delete;
    MpzView& operator=(const MpzView&) = delete;
    mpz_srcptr get() const { return m_ptr; }
    operator mpz_srcptr() const { return m_ptr; }
    mpz_srcptr operator->() const { return m_ptr; }   // GMP's macros (mpz_sgn) use ->

private:
    mp_limb_t m_limb = 0;
    mpz_t m_tmp;
    mpz_srcptr m_ptr;
};

// True (and the value) when the int v fits the small range. Exact-int BigInts never do.
// v must be an int (callers check is_int first).
inline bool small_of(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    BigInt* b = v.as<BigInt>();
    if (b->type == &int_type || !mpz_fits_slong_p(b->z)) return false;
    long x = mpz_get_si(b->z);
    if (!Value::fits_small(x)) return false;
    *out = x;
    return true;
}

BigInt* new_bigint(Type* type) {
    BigInt* b = alloc<BigInt>(type);
    if (!b) return nullptr;
    mpz_init(b->z);
    return b;
}

// Wraps the result in m as an int, taking its limbs (m is left as 0).
Value take(Mpz& m) {
    if (mpz_fits_slong_p(m.z)) {
        long x = mpz_get_si(m.z);
        if (Value::fits_small(x)) return Value::small_int(x);
    }
    BigInt* b = new_bigint(&int_type);
    if (!b) return raise_no_memory();
    mpz_swap(b->z, m.z);
    return Value(b);
}

bool too_big(uint64_t bits) {
    if (bits <= kMaxBits) return false;
    raise_no_memory();
    return true;
}

uint64_t bit_length_of(mpz_srcptr z) { return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2); }

inline Value not_impl() { return not_implemented(); }

bool both_ints(Value a, Value b) { return is_int(a) && is_int(b); }

// --- double conversions ----------------------------------------------------------------------

// Rounds q * 2**shift to a double, ties to even. The lowest bit of q is a sticky bit standing
// for any nonzero bits below it, which is exact as long as q has at least two bits more than the
// result keeps (callers give q >= 2**55, or an exact q).
double round_scaled(uint64_t q, int64_t shift, bool* overflow) {
    *overflow = false;
    if (q == 0) return 0.0;
    int nbits = 64 - __builtin_clzll(q);
    int64_t lsb = shift + nbits - 53;         // exponent of the last kept bit
    if (lsb < -1074) lsb = -1074;             // subnormals keep fewer bits
    int64_t drop = lsb - shift;
    uint64_t mant;
    if (drop <= 0) {
        mant = q;
        lsb = shift;
    } else if (drop > 64) {
        mant = 0;
    } else {
        uint64_t rem = drop == 64 ? q : q & ((uint64_t(1) << drop) - 1);
        uint64_t half = uint64_t(1) << (drop - 1);
        mant = drop == 64 ? 0 : q >> drop;
        if (rem > half || (rem == half && (mant & 1))) ++mant;
    }
    if (lsb > 2000) {   // far beyond the double range
        *overflow = true;
        return HUGE_VAL;
    }
    double r = std::ldexp(static_cast<double>(mant), static_cast<int>(lsb));
    if (std::isinf(r)) *overflow = true;
    return r;
}

}  // namespace

double mpz_to_double_rounded(mpz_srcptr z, bool* overflow) { return mpz_scaled_to_double(z, 0, overflow); }

double mpz_scaled_to_double(mpz_srcptr z, int64_t exp2, bool* overflow) {
    *overflow = false;
    int sign = mpz_sgn(z);
    if (sign == 0) return 0.0;
    int64_t nbits = static_cast<int64_t>(mpz_sizeinbase(z, 2));
    if (nbits + exp2 > 1025) {
        *overflow = true;
        return sign < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    if (nbits + exp2 < -1076) return sign < 0 ? -0.0 : 0.0;   // below half the smallest subnormal
    uint64_t q;
    int64_t shift = 0;
    if (nbits <= 64) {
        q = mpz_getlimbn(z, 0);
    } else {
        shift = static_cast<int64_t>(nbits) - 60;
        Mpz t;
        mpz_tdiv_q_2exp(t.z, z, static_cast<mp_bitcnt_t>(shift));
        q = mpz_getlimbn(t.z, 0);
        if (mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(shift)) q |= 1;   // sticky
    }
    double r = round_scaled(q, shift + exp2, overflow);
    return sign < 0 ? -r : r;
}

double mpz_quotient_to_double(mpz_srcptr a, mpz_srcptr b, bool* overflow) {
    *overflow = false;
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return negative ? -0.0 : 0.0;
    int64_t na = static_cast<int64_t>(mpz_sizeinbase(a, 2));
    int64_t nb = static_cast<int64_t>(mpz_sizeinbase(b, 2));
    int64_t diff = na - nb;                       // |a/b| lies in [2**(diff-1), 2**(diff+1))
    if (diff > 1025) {
        *overflow = true;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (diff + 1 < -1075) return negative ? -0.0 : 0.0;   // below half the smallest subnormal
    int64_t shift = diff - 56;                    // q = |a| / |b| / 2**shift lies in [2**55, 2**57)
    Mpz num, den, q, r;
    mpz_abs(num.z, a);
    mpz_abs(den.z, b);
    if (shift < 0) mpz_mul_2exp(num.z, num.z, static_cast<mp_bitcnt_t>(-shift));
    else mpz_mul_2exp(den.z, den.z, static_cast<mp_bitcnt_t>(shift));
    mpz_tdiv_qr(q.z, r.z, num.z, den.z);
    uint64_t qq = mpz_getlimbn(q.z, 0);
    if (mpz_sgn(r.z) != 0) qq |= 1;
    double d = round_scaled(qq, shift, overflow);
    return negative ? -d : d;
}

// ---------------------------------------------------------------------------------------------
// Creating ints.

Value int_from_i64(int64_t i) {
    if (Value::fits_small(i)) return Value::small_int(i);
    BigInt* b = new_bigint(&int_type);
    if (!b) return raise_no_memory();
    mpz_set_si(b->z, i);
    return Value(b);
}

Value int_from_u64(uint64_t u) {
    if (u <= static_cast<uint64_t>(kSmallIntMax)) return Value::small_int(static_cast<int64_t>(u));
    BigInt* b = new_bigint(&int_type);
    if (!b) return raise_no_memory();
    mpz_set_ui(b->z, u);
    return Value(b);
}

Value int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long x = mpz_get_si(z);
        if (Value::fits_small(x)) return Value::small_int(x);
    }
    BigInt* b = new_bigint(&int_type);
    if (!b) return raise_no_memory();
    mpz_set(b->z, z);
    return Value(b);
}

Value int_exact(Value v) {
    if (v.is_small_int()) return v;
    if (v.as_object()->type == &int_type) return newref(v);
    return int_from_mpz(v.as<BigInt>()->z);
}

Value int_from_double(double d) {
    if (std::isnan(d)) return raise(&exc::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(&exc::OverflowError, "cannot convert float infinity to integer");
    if (std::fabs(d) < 4611686018427387904.0) return Value::small_int(static_cast<int64_t>(d));   // 2**62
    Mpz m;
    mpz_set_d(m.z, d);   // truncates toward zero
    return take(m);
}

// ---------------------------------------------------------------------------------------------
// Parsing: int(text, base).

namespace {

enum class ParseStatus { kOk, kInvalid, kTooManyDigits, kError };

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Parses ASCII text per int(text, base) (base already validated: 0 or 2..36). On kOk *out is the
// value; on kTooManyDigits *ndigits is the digit count for the message.
ParseStatus parse_int_ascii(std::string_view s, int base, Value* out, int64_t* ndigits) {
    size_t i = 0, n = s.size();
    while (i < n && is_ascii_space(s[i])) ++i;
    bool negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    bool prefixed = false;
    if (i + 1 < n && s[i] == '0') {
        char p = static_cast<char>(s[i + 1] | 0x20);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = base == 0;
    if (base0_decimal) base = 10;

    // The digit run: underscores only between digits (or right after a prefix).
    size_t start = i;
    int64_t count = 0;
    while (i < n) {
        char c = s[i];
        if (c == '_') {
            if (i == start ? !prefixed : s[i - 1] == '_') return ParseStatus::kInvalid;
            ++i;
            continue;
        }
        if (digit_value(c) >= base) break;
        ++count;
        ++i;
    }
    if (i > start && s[i - 1] == '_') return ParseStatus::kInvalid;
    if (count == 0) return ParseStatus::kInvalid;
    int64_t limit = g_max_str_digits.load(std::memory_order_relaxed);
    if ((base & (base - 1)) != 0 && limit > 0 && count > limit) {
        *ndigits = count;
        return ParseStatus::kTooManyDigits;
    }
    size_t stop = i;
    while (i < n && is_ascii_space(s[i])) ++i;
    if (i != n) return ParseStatus::kInvalid;

    // Small enough for int64 arithmetic: count * log2(base) < 62.
    static const double kLog2[37] = {0, 0, 1, 1.585, 2, 2.322, 2.585, 2.808, 3, 3.17, 3.322, 3.46, 3.585,
                                     3.701, 3.808, 3.907, 4, 4.088, 4.17, 4.248, 4.322, 4.393, 4.46,
                                     4.524, 4.585, 4.644, 4.701, 4.755, 4.808, 4.858, 4.907, 4.954, 5,
                                     5.044, 5.088, 5.129, 5.17};
    if (static_cast<double>(count) * kLog2[base] < 61.0) {
        int64_t v = 0;
        for (size_t k = start; k < stop; ++k)
            if (s[k] != '_') v = v * base + digit_value(s[k]);
        if (base0_decimal && v != 0 && s[start] == '0') return ParseStatus::kInvalid;   // "010" needs 0o
        *out = Value::small_int(negative ? -v : v);
        return ParseStatus::kOk;
    }
    std::string clean;
    clean.reserve(static_cast<size_t>(count));
    for (size_t k = start; k < stop; ++k)
        if (s[k] != '_') clean.push_back(s[k]);
    Mpz m;
    if (mpz_set_str(m.z, clean.c_str(), base) != 0) return ParseStatus::kInvalid;
    if (base0_decimal && mpz_sgn(m.z) != 0 && clean[0] == '0') return ParseStatus::kInvalid;
    if (negative) mpz_neg(m.z, m.z);
    *out = take(m);
    return *out ? ParseStatus::kOk : ParseStatus::kError;
}

// repr(v) cut to `max` code points, as CPython's %.200R.
std::string truncated_repr(Value v, int64_t max) {
    Ref r(repr(v));
    if (!r) {
        clear_error();
        return "<?>";
    }
    std::string_view text = str_view(r.get());
    size_t i = 0;
    int64_t cps = 0;
    while (i < text.size() && cps < max) {
        ++i;
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
        ++cps;
    }
    return std::string(text.substr(0, i));
}

Value raise_str_digits_limit(int64_t ndigits) {
    int64_t limit = g_max_str_digits.load(std::memory_order_relaxed);
    if (ndigits < 0)
        return raise(&exc::ValueError,
                     "Exceeds the limit (%zd digits) for integer string conversion; "
                     "use sys.set_int_max_str_digits() to increase the limit",
                     limit);
    return raise(&exc::ValueError,
                 "Exceeds the limit (%zd digits) for integer string conversion: value has %zd digits; "
                 "use sys.set_int_max_str_digits() to increase the limit",
                 limit, ndigits);
}

}  // namespace

Value int_from_text(std::string_view text, int base, Value original) {
    if (base != 0 && (base < 2 || base > 36)) return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    std::string ascii;
    if (number_text_to_ascii(text, &ascii)) text = ascii;
    Value out;
    int64_t ndigits = 0;
    switch (parse_int_ascii(text, base, &out, &ndigits)) {
        case ParseStatus::kOk: return out;
        case ParseStatus::kError: return {};
        case ParseStatus::kTooManyDigits: return raise_str_digits_limit(ndigits);
        case ParseStatus::kInvalid: break;
    }
    std::string msg = "invalid literal for int() with base " + std::to_string(base) + ": " + truncated_repr(original, 200);
    return raise(&exc::ValueError, "%s", msg.c_str());
}

Value int_from_string(const char* s, size_t n, int base) {
    std::string_view text(s, n);
    if (base != 0 && (base < 2 || base > 36)) return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        // The compiler's path for literals: no str object unless there is an error to report.
        Value out;
        int64_t ndigits = 0;
        switch (parse_int_ascii(text, base, &out, &ndigits)) {
            case ParseStatus::kOk: return out;
            case ParseStatus::kError: return {};
            case ParseStatus::kTooManyDigits: return raise_str_digits_limit(ndigits);
            case ParseStatus::kInvalid: break;
        }
    }
    Ref original(str_from(text));
    if (!original) return {};
    return int_from_text(text, base, original.get());
}

Value int_from_digits(std::string_view text, int base) {
    bool negative = !text.empty() && text[0] == '-';
    if (negative) text.remove_prefix(1);
    bool ok = !text.empty() && base >= 2 && base <= 36 &&
              std::all_of(text.begin(), text.end(), [base](char c) { return digit_value(c) < base; });
    if (!ok) {
        std::string msg = "invalid digits for int() with base " + std::to_string(base);
        return raise(&exc::ValueError, "%s", msg.c_str());
    }
    if (text.size() <= 18 && base == 10) {
        int64_t v = 0;
        for (char c : text) v = v * 10 + (c - '0');
        return Value::small_int(negative ? -v : v);
    }
    Mpz m;
    mpz_set_str(m.z, std::string(text).c_str(), base);   // subquadratic in GMP for long inputs
    if (negative) mpz_neg(m.z, m.z);
    return take(m);
}

// ---------------------------------------------------------------------------------------------
// Converting out.

bool int_to_i64(Value v, int64_t* out) {
    if (v.is_small_int()) {
        *out = v.as_small_int();
        return true;
    }
    if (!is_int(v)) {
        raise(&exc::TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    mpz_srcptr z = v.as<BigInt>()->z;
    if (!mpz_fits_slong_p(z)) {
        raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = mpz_get_si(z);
    return true;
}

bool int_to_double(Value v, double* out) {
    int64_t i;
    if (v.is_small_int()) {
        *out = static_cast<double>(v.as_small_int());   // correctly rounded by the hardware
        return true;
    }
    if (!is_int(v)) {
        raise(&exc::TypeError, "must be real number, not %T", v);
        return false;
    }
    if (small_of(v, &i)) {
        *out = static_cast<double>(i);
        return true;
    }
    bool overflow;
    *out = mpz_to_double_rounded(v.as<BigInt>()->z, &overflow);
    if (overflow) {
        raise(&exc::OverflowError, "int too large to convert to float");
        return false;
    }
    return true;
}

void int_to_mpz(Value v, mpz_t out) {
    if (v.is_small_int()) mpz_set_si(out, v.as_small_int());
    else mpz_set(out, v.as<BigInt>()->z);
}

int int_sign(Value v) {
    if (v.is_small_int()) {
        int64_t i = v.as_small_int();
        return (i > 0) - (i < 0);
    }
    return mpz_sgn(v.as<BigInt>()->z);
}

std::string int_to_decimal(Value v) {
    int64_t i;
    if (small_of(v, &i)) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, i);
        return std::string(buf, r.ptr);
    }
    mpz_srcptr z = v.as<BigInt>()->z;
    std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(s.data(), 10, z);   // GMP's conversion is subquadratic for huge numbers
    s.resize(std::strlen(s.c_str()));
    return s;
}

bool int_to_decimal_checked(Value v, std::string* out) {
    int64_t i;
    if (small_of(v, &i)) {
        *out = int_to_decimal(v);
        return true;
    }
    int64_t limit = g_max_str_digits.load(std::memory_order_relaxed);
    if (limit > 0) {
        // A quick bound first, so huge numbers are refused without converting them:
        // a number of b bits has at least floor((b - 1) * log10(2)) + 1 digits.
        uint64_t bits = mpz_sizeinbase(v.as<BigInt>()->z, 2);
        if (static_cast<double>(bits - 1) * 0.30102999566398119521 >= static_cast<double>(limit) + 1) {
            raise_str_digits_limit(-1);
            return false;
        }
    }
    std::string s = int_to_decimal(v);
    int64_t ndigits = static_cast<int64_t>(s.size()) - (s[0] == '-');
    if (limit > 0 && ndigits > limit) {
        raise_str_digits_limit(-1);
        return false;
    }
    *out = std::move(s);
    return true;
}

Value int_to_str(Value v) {
    std::string s;
    if (!int_to_decimal_checked(v, &s)) return {};
    return str_from(s);
}

int64_t int_max_str_digits() { return g_max_str_digits.load(std::memory_order_relaxed); }

bool set_int_max_str_digits(int64_t limit) {
    if (limit != 0 && limit < 640) {
        raise(&exc::ValueError, "maxdigits must be 0 or larger than 640");
        return false;
    }
    g_max_str_digits.store(limit, std::memory_order_relaxed);
    return true;
}

Value int_to_base_string(Value v, int base) {
    if (base == 10) return int_to_str(v);
    const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    MpzView z(v);
    std::string s;
    if (mpz_sgn(z) < 0) s.push_back('-');
    s += prefix;
    size_t at = s.size();
    s.resize(at + mpz_sizeinbase(z, base) + 2);
    Mpz mag;
    mpz_abs(mag.z, z);
    mpz_get_str(s.data() + at, base, mag.z);
    s.resize(std::strlen(s.c_str()));
    return str_from(s);
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return (x > y) - (x < y);
    MpzView za(a), zb(b);
    int c = mpz_cmp(za, zb);
    return (c > 0) - (c < 0);
}

int int_compare_double(Value i, double d) {
    int64_t x;
    if (std::isinf(d)) return d > 0 ? -1 : 1;
    if (small_of(i, &x) && x <= (int64_t(1) << 53) && x >= -(int64_t(1) << 53)) {
        double xd = static_cast<double>(x);   // exact
        return (xd > d) - (xd < d);
    }
    // Compare with floor(d) exactly; a fractional part makes d the larger one on a tie.
    double fl = std::floor(d);
    Mpz m;
    mpz_set_d(m.z, fl);
    MpzView z(i);
    int c = mpz_cmp(z, m.z);
    if (c != 0) return (c > 0) - (c < 0);
    return fl == d ? 0 : -1;
}

int64_t int_hash(Value v) {
    int64_t x;
    uint64_t mag;
    bool negative;
    if (small_of(v, &x)) {
        negative = x < 0;
        mag = (negative ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x)) % kHashModulus;
    } else {
        mpz_srcptr z = v.as<BigInt>()->z;
        negative = mpz_sgn(z) < 0;
        mag = mpz_tdiv_ui(z, kHashModulus);   // remainder of |z|
    }
    int64_t h = negative ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
    return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic.

Value int_add(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(x + y);   // cannot overflow int64
    MpzView za(a), zb(b);
    Mpz r;
    mpz_add(r.z, za, zb);
    return take(r);
}

Value int_sub(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(x - y);
    MpzView za(a), zb(b);
    Mpz r;
    mpz_sub(r.z, za, zb);
    return take(r);
}

Value int_mul(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y, p;
    if (small_of(a, &x) && small_of(b, &y) && !__builtin_mul_overflow(x, y, &p)) return int_from_i64(p);
    MpzView za(a), zb(b);
    if (too_big(bit_length_of(za) + bit_length_of(zb))) return {};
    Mpz r;
    mpz_mul(r.z, za, zb);
    return take(r);
}

namespace {

// Floor division and modulo of small ints (y != 0).
inline int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    return q;
}
inline int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

}  // namespace

Value int_floordiv(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    if (int_sign(b) == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(floor_div(x, y));   // -2**62 // -1 fits int64
    MpzView za(a), zb(b);
    Mpz r;
    mpz_fdiv_q(r.z, za, zb);
    return take(r);
}

Value int_mod(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    if (int_sign(b) == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return Value::small_int(floor_mod(x, y));
    MpzView za(a), zb(b);
    Mpz r;
    mpz_fdiv_r(r.z, za, zb);
    return take(r);
}

static Value int_divmod(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    if (int_sign(b) == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
    int64_t x, y;
    Ref q, r;
    if (small_of(a, &x) && small_of(b, &y)) {
        q = Ref(int_from_i64(floor_div(x, y)));
        r = Ref(Value::small_int(floor_mod(x, y)));
    } else {
        MpzView za(a), zb(b);
        Mpz mq, mr;
        mpz_fdiv_qr(mq.z, mr.z, za, zb);
        q = Ref(take(mq));
        r = Ref(take(mr));
    }
    if (!q || !r) return {};
    return tuple_pack({q.get(), r.get()});
}

Value int_truediv(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    if (int_sign(b) == 0) return raise(&exc::ZeroDivisionError, "division by zero");
    int64_t x, y;
    constexpr int64_t k53 = int64_t(1) << 53;
    if (small_of(a, &x) && small_of(b, &y) && x <= k53 && x >= -k53 && y <= k53 && y >= -k53)
        return float_from(static_cast<double>(x) / static_cast<double>(y));   // both exact: one rounding
    MpzView za(a), zb(b);
    bool overflow;
    double d = mpz_quotient_to_double(za, zb, &overflow);
    if (overflow) return raise(&exc::OverflowError, "integer division result too large for a float");
    return float_from(d);
}

Value int_pow(Value a, Value b, Value mod) {
    bool has_mod = mod && !is_none(mod);
    if (!both_ints(a, b) || (has_mod && !is_int(mod))) return not_impl();
    if (has_mod) {
        if (int_sign(mod) == 0) return raise(&exc::ValueError, "pow() 3rd argument cannot be 0");
        MpzView za(a), zb(b), zm(mod);
        Mpz m, base, r;
        mpz_abs(m.z, zm);
        mpz_set(base.z, za);
        Mpz e;
        mpz_set(e.z, zb);
        if (mpz_sgn(e.z) < 0) {
            if (mpz_cmp_ui(m.z, 1) == 0) return Value::small_int(0);
            if (!mpz_invert(base.z, base.z, m.z)) return raise(&exc::ValueError, "base is not invertible for the given modulus");
            mpz_neg(e.z, e.z);
        }
        mpz_powm(r.z, base.z, e.z, m.z);   // in [0, |mod|)
        if (mpz_sgn(zm) < 0 && mpz_sgn(r.z) != 0) mpz_add(r.z, r.z, zm);   // result takes the sign of mod
        return take(r);
    }
    if (int_sign(b) < 0) {
        // A negative exponent gives a float, computed as float ** float (CPython does the same).
        double x, y;
        if (!int_to_double(a, &x) || !int_to_double(b, &y)) return {};
        return float_pow(x, y);
    }
    int64_t x, e;
    if (small_of(a, &x) && small_of(b, &e)) {
        // Square-and-multiply while it fits in int64.
        int64_t result = 1, base = x;
        int64_t n = e;
        bool overflow = false;
        while (true) {
            if (n & 1) overflow |= __builtin_mul_overflow(result, base, &result);
            n >>= 1;
            if (!n || overflow) break;
            overflow |= __builtin_mul_overflow(base, base, &base);
            if (overflow) break;
        }
        if (!overflow) return int_from_i64(result);
    }
    MpzView za(a), zb(b);
    // |base| <= 1 is cheap for any exponent.
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) == 0) return Value::small_int(mpz_sgn(zb) == 0 ? 1 : 0);
        if (mpz_sgn(za) > 0) return Value::small_int(1);
        return Value::small_int(mpz_odd_p(zb) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(zb)) return raise_no_memory();
    unsigned long ue = mpz_get_ui(zb);
    uint64_t bits = bit_length_of(za);
    if (ue == 0) return Value::small_int(1);
    if (ue > kMaxBits || bits - 1 > kMaxBits / ue) return raise_no_memory();
    Mpz r;
    mpz_pow_ui(r.z, za, ue);
    return take(r);
}

static Value int_power_slot(Value a, Value b) { return int_pow(a, b, Value{}); }

// int.__pow__(self, value, mod=None, /): the slot wrapper cannot take the modulus, so the
// method is explicit (ops.cpp's power() calls it for pow(a, b, m) with a non-int operand).
static Value int_pow_meth(const Value* args) {
    Value r = int_pow(args[0], args[1], args[2]);
    if (r == not_implemented() && !is_none(args[2]) && (is_float(args[1]) || is_float(args[2]))) {
        // CPython would try float's slot next, which refuses a modulus.
        return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return r;
}

static Value int_lshift(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    if (int_sign(b) < 0) return raise(&exc::ValueError, "negative shift count");
    if (int_sign(a) == 0) return Value::small_int(0);
    int64_t x, n;
    if (!small_of(b, &n)) return raise_no_memory();
    if (small_of(a, &x) && n < 62) {
        int64_t limit = int64_t(1) << (62 - n);   // |x| < 2**(62-n) keeps x << n in the small range
        if (x < limit && x > -limit) return Value::small_int(x * (int64_t(1) << n));
    }
    MpzView za(a);
    if (too_big(bit_length_of(za) + static_cast<uint64_t>(n))) return {};
    Mpz r;
    mpz_mul_2exp(r.z, za, static_cast<mp_bitcnt_t>(n));
    return take(r);
}

static Value int_rshift(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int sb = int_sign(b);
    if (sb < 0) return raise(&exc::ValueError, "negative shift count");
    int64_t x, n;
    if (!small_of(b, &n)) return Value::small_int(int_sign(a) < 0 ? -1 : 0);
    if (small_of(a, &x)) return Value::small_int(x >> std::min<int64_t>(n, 63));   // arithmetic shift floors
    MpzView za(a);
    Mpz r;
    mpz_fdiv_q_2exp(r.z, za, static_cast<mp_bitcnt_t>(n));
    return take(r);
}

static Value int_and(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return Value::small_int(x & y);
    MpzView za(a), zb(b);
    Mpz r;
    mpz_and(r.z, za, zb);
    return take(r);
}

static Value int_or(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return Value::small_int(x | y);
    MpzView za(a), zb(b);
    Mpz r;
    mpz_ior(r.z, za, zb);
    return take(r);
}

static Value int_xor(Value a, Value b) {
    if (!both_ints(a, b)) return not_impl();
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return Value::small_int(x ^ y);
    MpzView za(a), zb(b);
    Mpz r;
    mpz_xor(r.z, za, zb);
    return take(r);
}

static Value int_negative(Value a) {
    int64_t x;
    if (small_of(a, &x)) return int_from_i64(-x);
    Mpz r;
    mpz_neg(r.z, a.as<BigInt>()->z);
    return take(r);
}

static Value int_positive(Value a) { return int_exact(a); }

static Value int_absolute(Value a) {
    int64_t x;
    if (small_of(a, &x)) return int_from_i64(x < 0 ? -x : x);
    Mpz r;
    mpz_abs(r.z, a.as<BigInt>()->z);
    return take(r);
}

static Value int_invert(Value a) {
    int64_t x;
    if (small_of(a, &x)) return Value::small_int(~x);
    Mpz r;
    mpz_com(r.z, a.as<BigInt>()->z);
    return take(r);
}

static int int_bool(Value a) { return int_sign(a) != 0; }

static Value int_float(Value a) {
    double d;
    if (!int_to_double(a, &d)) return {};
    return float_from(d);
}

static Value int_richcompare(Value a, Value b, CompareOp op) {
    if (!both_ints(a, b)) return not_impl();
    int c = int_compare(a, b);
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c > 0; break;
        case CompareOp::Ge: r = c >= 0; break;
    }
    return bool_value(r);
}

static int64_t int_hash_slot(Value v) { return int_hash(v); }

static Value int_repr(Value v) { return int_to_str(v); }

static void int_dealloc(Object* o) {
    mpz_clear(static_cast<BigInt*>(o)->z);
    free_object_memory(o);
}

// ---------------------------------------------------------------------------------------------
// int(x), int(x, base)

namespace {

Value int_from_number(Value x) {
    Type* t = type_of(x);
    if (is_exact_int(x)) return newref(x);
    if (t->nb_int) {
        Ref r(t->nb_int(x));
        if (!r) return {};
        if (is_exact_int(r.get())) return r.release();
        if (!is_int(r.get())) return raise(&exc::TypeError, "__int__ returned non-int (type %s)", type_of(r.get())->tp_name);
        if (warn(&exc::DeprecationWarning,
                 "__int__ returned non-int (type %s).  The ability to return an instance of a strict subclass of int "
                 "is deprecated, and may be removed in a future version of Python.",
                 type_of(r.get())->tp_name) < 0)
            return {};
        return int_exact(r.get());
    }
    if (t->nb_index) return number_index(x);
    Value trunc = type_lookup(t, names::__trunc__);
    if (trunc) {
        if (warn(&exc::DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.") < 0) return {};
        Ref r(call_method0(x, "__trunc__"));
        if (!r) return {};
        if (is_int(r.get())) return int_exact(r.get());
        if (!type_of(r.get())->nb_index)
            return raise(&exc::TypeError, "__trunc__ returned non-Integral (type %s)", type_of(r.get())->tp_name);
        return number_index(r.get());
    }
    std::string_view view;
    if (is_str(x)) return int_from_text(str_view(x), 10, x);
    if (is_bytes(x) || is_bytearray(x)) {
        if (!bytes_like_view(x, &view)) return {};
        std::string copy(view);   // bytes may hold non-ASCII bytes: no Unicode rewriting for them
        Value out;
        int64_t ndigits = 0;
        bool ascii = std::all_of(copy.begin(), copy.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii) {
            switch (parse_int_ascii(copy, 10, &out, &ndigits)) {
                case ParseStatus::kOk: return out;
                case ParseStatus::kError: return {};
                case ParseStatus::kTooManyDigits: return raise_str_digits_limit(ndigits);
                case ParseStatus::kInvalid: break;
            }
        }
        std::string msg = "invalid literal for int() with base 10: " + truncated_repr(x, 200);
        return raise(&exc::ValueError, "%s", msg.c_str());
    }
    return raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                 t->tp_name);
}

Value int_with_base(Value x, Value base_obj) {
    int64_t base;
    if (!index_to_i64(base_obj, &base)) return {};
    if (base != 0 && (base < 2 || base > 36)) return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) return int_from_text(str_view(x), static_cast<int>(base), x);
    if (is_bytes(x) || is_bytearray(x)) {
        std::string_view view;
        if (!bytes_like_view(x, &view)) return {};
        bool ascii = std::all_of(view.begin(), view.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        Value out;
        int64_t ndigits = 0;
        if (ascii) {
            std::string copy(view);
            switch (parse_int_ascii(copy, static_cast<int>(base), &out, &ndigits)) {
                case ParseStatus::kOk: return out;
                case ParseStatus::kError: return {};
                case ParseStatus::kTooManyDigits: return raise_str_digits_limit(ndigits);
                case ParseStatus::kInvalid: break;
            }
        }
        std::string msg = "invalid literal for int() with base " + std::to_string(base) + ": " + truncated_repr(x, 200);
        return raise(&exc::ValueError, "%s", msg.c_str());
    }
    return raise(&exc::TypeError, "int() can't convert non-string with explicit base");
}

}  // namespace

static Value int_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
    if (nargs + nkw > 2) return raise(&exc::TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    Value x = nargs >= 1 ? args[0] : Value{};
    Value base = nargs >= 2 ? args[1] : Value{};
    for (size_t k = 0; k < nkw; ++k) {
        Value name = kwnames->items[k];
        if (str_view(name) == "base" && !base) {
            base = args[nargs + k];
        } else if (str_view(name) == "base") {
            return raise(&exc::TypeError, "argument for int() given by name ('base') and position (2)");
        } else {
            return raise(&exc::TypeError, "'%S' is an invalid keyword argument for int()", name);
        }
    }
    Ref result;
    if (!x) {
        if (base) return raise(&exc::TypeError, "int() missing string argument");
        result = Ref(Value::small_int(0));
    } else if (base) {
        result = Ref(int_with_base(x, base));
    } else {
        result = Ref(int_from_number(x));
    }
    if (!result || type == &int_type) return result.release();
    BigInt* b = new_bigint(type);   // int subclass: always a BigInt
    if (!b) return raise_no_memory();
    int_to_mpz(result.get(), b->z);
    return Value(b);
}

// ---------------------------------------------------------------------------------------------
// Methods.

static Value int_self(const Value* args) { return int_exact(args[0]); }

static Value int_bit_length(const Value* args) {
    int64_t x;
    if (small_of(args[0], &x)) {
        uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        return Value::small_int(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return int_from_u64(bit_length_of(args[0].as<BigInt>()->z));
}

static Value int_bit_count(const Value* args) {
    int64_t x;
    if (small_of(args[0], &x)) {
        uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
        return Value::small_int(__builtin_popcountll(m));
    }
    Mpz m;
    mpz_abs(m.z, args[0].as<BigInt>()->z);
    return int_from_u64(mpz_popcount(m.z));
}

static Value int_as_integer_ratio(const Value* args) {
    Ref n(int_exact(args[0]));
    return tuple_pack({n.get(), Value::small_int(1)});
}

static Value int_is_integer(const Value*) { return true_value(); }

static Value int_getnewargs(const Value* args) {
    Ref n(int_exact(args[0]));
    return tuple_pack({n.get()});
}

static Value int_round(const Value* args) {
    Value self = args[0], nd = args[1];
    // Only a missing ndigits means "no rounding": int.__round__(None) is a TypeError in CPython
    // (the builtin round(x, None) drops the None before calling).
    if (!nd || nd == optional_marker()) return int_exact(self);
    int64_t n;
    Ref idx(number_index(nd));
    if (!idx) return {};
    if (int_sign(idx.get()) >= 0) return int_exact(self);
    if (!small_of(idx.get(), &n)) return Value::small_int(0);
    // Round to a multiple of 10**-n, ties to even.
    MpzView z(self);
    uint64_t k = static_cast<uint64_t>(-n);
    if (k > mpz_sizeinbase(z, 10) + 1) return Value::small_int(0);   // 10**k > 2|z|
    Mpz p, q, r, twice;
    mpz_ui_pow_ui(p.z, 10, k);
    mpz_fdiv_qr(q.z, r.z, z, p.z);
    mpz_mul_2exp(twice.z, r.z, 1);
    int c = mpz_cmp(twice.z, p.z);
    if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
    mpz_mul(q.z, q.z, p.z);
    return take(q);
}

static Value int_format_meth(const Value* args) {
    Value self = args[0], spec_obj = args[1];
    if (!is_str(spec_obj)) return raise(&exc::TypeError, "__format__() argument must be str, not %T", spec_obj);
    std::string_view spec_text = str_view(spec_obj);
    if (spec_text.empty()) return to_str(self);
    FormatSpec spec;
    if (!parse_format_spec(spec_text, type_of(self)->tp_name, &spec)) return {};
    std::string out;
    if (!format_int(self, spec, &out)) return {};
    return str_from(out);
}

namespace {

// byteorder argument of to_bytes/from_bytes: 1 little, 0 big, -1 error.
int byteorder_arg(Value v, const char* fname) {
    if (!is_str(v)) {
        raise(&exc::TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    std::string_view s = str_view(v);
    if (s == "little") return 1;
    if (s == "big") return 0;
    raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

}  // namespace

static Value int_to_bytes(const Value* args) {
    Value self = args[0];
    int64_t length;
    if (!index_to_i64(args[1], &length)) return {};
    int little = byteorder_arg(args[2], "to_bytes");
    if (little < 0) return {};
    int is_signed = truthy(args[3]);
    if (is_signed < 0) return {};
    if (length < 0) return raise(&exc::ValueError, "length argument must be non-negative");
    MpzView z(self);
    if (!is_signed && mpz_sgn(z) < 0) return raise(&exc::OverflowError, "can't convert negative int to unsigned");
    // Fits when bit_length < 8*length (signed) or <= 8*length (unsigned); for negative signed
    // values the bound is -2**(8*length-1) <= z.
    Mpz v;
    mpz_set(v.z, z);
    uint64_t nbits = static_cast<uint64_t>(length) * 8;
    bool fits;
    if (!is_signed) {
        fits = bit_length_of(v.z) <= nbits;
    } else if (mpz_sgn(v.z) >= 0) {
        fits = bit_length_of(v.z) < nbits || (nbits == 0 && mpz_sgn(v.z) == 0);
    } else {
        Mpz t;   // -z - 1 must fit in nbits - 1 bits
        mpz_com(t.z, v.z);
        fits = nbits > 0 && bit_length_of(t.z) <= nbits - 1;
    }
    if (!fits) return raise(&exc::OverflowError, "int too big to convert");
    if (mpz_sgn(v.z) < 0) {   // two's complement: add 2**nbits
        Mpz p;
        mpz_setbit(p.z, nbits);
        mpz_add(v.z, v.z, p.z);
    }
    std::string buf(static_cast<size_t>(length), '\0');
    size_t count = 0;
    if (mpz_sgn(v.z) != 0) mpz_export(buf.data(), &count, -1, 1, 0, 0, v.z);   // little-endian bytes
    if (!little) std::reverse(buf.begin(), buf.end());
    return bytes_from(buf);
}

namespace {

bool collect_byte(Value item, void* arg) {
    auto* out = static_cast<std::string*>(arg);
    int64_t b;
    if (!index_to_i64(item, &b)) return false;
    if (b < 0 || b > 255) {
        raise(&exc::ValueError, "bytes must be in range(0, 256)");
        return false;
    }
    out->push_back(static_cast<char>(b));
    return true;
}

// The bytes of `v` as bytes(v) would produce them (for int.from_bytes).
bool object_bytes(Value v, std::string* out) {
    std::string_view view;
    if (is_bytes(v) || is_bytearray(v)) {
        if (!bytes_like_view(v, &view)) return false;
        out->assign(view);
        return true;
    }
    if (is_str(v)) {
        raise(&exc::TypeError, "cannot convert '%s' object to bytes", type_of(v)->tp_name);
        return false;
    }
    if (type_lookup(type_of(v), names::__bytes__)) {
        Ref b(call_method0(v, "__bytes__"));
        if (!b) return false;
        if (!is_bytes(b.get())) {
            raise(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_of(b.get())->tp_name);
            return false;
        }
        out->assign(b.as<Bytes>()->view());
        return true;
    }
    Ref it(get_iter(v));
    if (!it) {
        if (error_matches(&exc::TypeError)) {
            clear_error();
            raise(&exc::TypeError, "cannot convert '%s' object to bytes", type_of(v)->tp_name);
        }
        return false;
    }
    return for_each(v, collect_byte, out);
}

}  // namespace

static Value int_from_bytes(const Value* args) {
    Value cls = args[0];
    std::string data;
    if (!object_bytes(args[1], &data)) return {};
    int little = byteorder_arg(args[2], "from_bytes");
    if (little < 0) return {};
    int is_signed = truthy(args[3]);
    if (is_signed < 0) return {};
    Mpz m;
    if (!data.empty()) mpz_import(m.z, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
    if (is_signed && !data.empty()) {
        unsigned char top = static_cast<unsigned char>(little ? data.back() : data.front());
        if (top & 0x80) {
            Mpz p;
            mpz_setbit(p.z, data.size() * 8);
            mpz_sub(m.z, m.z, p.z);
        }
    }
    Ref result(take(m));
    if (!result) return {};
    if (cls == Value(&int_type)) return result.release();
    return call1(cls, result.get());
}

static Value int_get_self(Value self) { return int_exact(self); }
static Value int_get_zero(Value) { return Value::small_int(0); }
static Value int_get_one(Value) { return Value::small_int(1); }

static const NativeDef int_methods[] = {
    {"conjugate(self, /)", int_self, nullptr, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length(self, /)", int_bit_length, nullptr, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count(self, /)", int_bit_count, nullptr, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes(self, /, length=1, byteorder='big', *, signed=False)", int_to_bytes, nullptr, 0,
     "Return an array of bytes representing an integer."},
    {"from_bytes(cls, /, bytes, byteorder='big', *, signed=False)", int_from_bytes, nullptr, kNativeClassMethod,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio(self, /)", int_as_integer_ratio, nullptr, 0, "Return integer ratio."},
    {"is_integer(self, /)", int_is_integer, nullptr, 0, "Returns True. Exists for duck type compatibility with float.is_integer."},
    {"__trunc__(self, /)", int_self, nullptr, 0, "Truncating an Integral returns itself."},
    {"__floor__(self, /)", int_self, nullptr, 0, "Flooring an Integral returns itself."},
    {"__ceil__(self, /)", int_self, nullptr, 0, "Ceiling of an Integral returns itself."},
    {"__round__(self, ndigits=?, /)", int_round, nullptr, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__(self, /)", int_getnewargs, nullptr, 0, nullptr},
    {"__format__(self, format_spec, /)", int_format_meth, nullptr, 0, "Convert to a string according to format_spec."},
    {"__pow__(self, value, mod=None, /)", int_pow_meth, nullptr, 0, "Return pow(self, value, mod)."},
    {nullptr},
};

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {nullptr},
};

// ---------------------------------------------------------------------------------------------
// bool

static Value bool_tp_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
    if (kwnames && kwnames->size > 0) return raise(&exc::TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return raise(&exc::TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return false_value();
    int t = truthy(args[0]);
    if (t < 0) return {};
    return bool_value(t);
}

static Value bool_repr(Value v) { return str_from_cstr(v == true_value() ? "True" : "False"); }

static Value bool_and(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return bool_value(a == true_value() && b == true_value());
    return int_and(a, b);
}
static Value bool_or(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return bool_value(a == true_value() || b == true_value());
    return int_or(a, b);
}
static Value bool_xor(Value a, Value b) {
    if (is_bool(a) && is_bool(b)) return bool_value((a == true_value()) != (b == true_value()));
    return int_xor(a, b);
}

// ---------------------------------------------------------------------------------------------

void init_int_type() {
#ifndef MINIPY_SANITIZER
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
#endif

    init_static_type(&int_type, "int", &object_type, sizeof(BigInt), kTypeBaseType | kTypeIntSubclass);
    int_type.doc = "int([x]) -> integer\nint(x, base=10) -> integer";
    int_type.tp_new = int_tp_new;
    int_type.dealloc = int_dealloc;
    int_type.repr = int_repr;
    int_type.hash = int_hash_slot;
    int_type.richcompare = int_richcompare;
    int_type.nb_add = int_add;
    int_type.nb_subtract = int_sub;
    int_type.nb_multiply = int_mul;
    int_type.nb_truediv = int_truediv;
    int_type.nb_floordiv = int_floordiv;
    int_type.nb_remainder = int_mod;
    int_type.nb_divmod = int_divmod;
    int_type.nb_power = int_power_slot;
    int_type.nb_lshift = int_lshift;
    int_type.nb_rshift = int_rshift;
    int_type.nb_and = int_and;
    int_type.nb_xor = int_xor;
    int_type.nb_or = int_or;
    int_type.nb_negative = int_negative;
    int_type.nb_positive = int_positive;
    int_type.nb_absolute = int_absolute;
    int_type.nb_invert = int_invert;
    int_type.nb_int = int_positive;
    int_type.nb_index = int_positive;
    int_type.nb_float = int_float;
    int_type.nb_bool = int_bool;
    add_methods(&int_type, int_methods);
    add_getsets(&int_type, int_getsets);
    finalize_type(&int_type);

    // bool: not subclassable (no kTypeBaseType), two immortal instances.
    init_static_type(&bool_type, "bool", &int_type, sizeof(BigInt), kTypeIntSubclass);
    bool_type.doc = "bool(x) -> bool";
    bool_type.tp_new = bool_tp_new;
    bool_type.repr = bool_repr;
    bool_type.nb_and = bool_and;
    bool_type.nb_or = bool_or;
    bool_type.nb_xor = bool_xor;
    finalize_type(&bool_type);

    for (BigInt* b : {&g_true, &g_false}) {
        b->type = &bool_type;
        b->flags = 0;
        b->gc = 0;
        b->lock.store(0, std::memory_order_relaxed);
        make_immortal(b);
        mpz_init_set_ui(b->z, b == &g_true ? 1 : 0);
    }
}

}  // namespace minipy::rt
