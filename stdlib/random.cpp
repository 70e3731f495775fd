// random.cpp — the `_random` module: the Mersenne Twister generator under `random.Random`.
//
// MT19937 (Matsumoto and Nishimura, 1998) keeps 624 32-bit words of state and produces them in
// batches: every 624 outputs the whole state is "twisted" at once, and each word is "tempered"
// on the way out. The generator and its seeding follow the authors' reference description
// (init_genrand, init_by_array), which is also what CPython uses, so that
// `random.seed(42); random.random()` prints the same numbers under minipy and python3:
//
//   * seed(n) for an int n: the words of abs(n), least significant first, go to init_by_array
//     (n == 0 gives the one-word key [0]);
//   * seed(x) for other hashable x: the same with hash(x) taken as an unsigned 64-bit number;
//   * seed(None): 624 words from the operating system's random source.
//   * random() takes two outputs, keeps 27 and 26 bits, and returns (a * 2**26 + b) / 2**53.
//   * getrandbits(k) fills k bits from successive outputs, least significant word first, taking
//     the top bits of the last output.
//
// str/bytes seeds are turned into ints in random.py with SHA-512 (CPython's "version 2" seeding);
// `_sha512` below provides the digest, written from FIPS 180-4.
#include <sys/random.h>

#include <gmp.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/module.hpp"
#include "runtime/native.hpp"
#include "runtime/ops.hpp"
#include "runtime/singletons.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "stdlib/stdlib.hpp"

namespace minipy::lib {

using namespace rt;

Type random_type;

namespace {

constexpr int kN = 624;          // state words
constexpr int kM = 397;          // the "middle word" offset of the recurrence
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

struct RandomObject : Object {
    uint32_t state[kN];
    int index;                   // next word to hand out; kN: twist first
};

RandomObject* as_random(Value v) { return v.as<RandomObject>(); }

// Fills the state from one 32-bit seed (the reference init_genrand).
void init_genrand(RandomObject* r, uint32_t s) {
    uint32_t* mt = r->state;
    mt[0] = s;
    for (int i = 1; i < kN; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    r->index = kN;
}

// Mixes a key of any length into the state (the reference init_by_array).
void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
    uint32_t* mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = kN > len ? kN : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        i++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;   // the most significant bit is 1: the state is never all zeros
    r->index = kN;
}

// The next 32-bit output.
uint32_t genrand(RandomObject* r) {
    uint32_t* mt = r->state;
    if (r->index >= kN) {
        // Twist: each word combines the top bit of itself with the low bits of the next word,
        // shifted, XORed with the word kM places on (and with A when the low bit was set).
        for (int k = 0; k < kN; k++) {
            uint32_t y = (mt[k] & kUpperMask) | (mt[(k + 1) % kN] & kLowerMask);
            mt[k] = mt[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
        }
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    // Tempering.
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

bool os_random_bytes(void* buf, size_t n) {
    char* p = static_cast<char*>(buf);
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            raise_errno(&exc::OSError, errno);
            return false;
        }
        p += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

bool seed_from_os(RandomObject* r) {
    uint32_t key[kN];
    if (!os_random_bytes(key, sizeof key)) return false;
    init_by_array(r, key, kN);
    return true;
}

// Seeds from a non-negative integer: its 32-bit words, least significant first.
void seed_from_mpz(RandomObject* r, mpz_srcptr n) {
    size_t count = 0;
    std::vector<uint32_t> key((mpz_sizeinbase(n, 2) + 31) / 32 + 1);
    mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
    if (count == 0) {
        key[0] = 0;
        count = 1;
    }
    init_by_array(r, key.data(), count);
}

bool seed_object(RandomObject* r, Value arg) {
    if (!arg || is_none(arg)) return seed_from_os(r);
    mpz_t n;
    mpz_init(n);
    if (is_int(arg)) {
        int_to_mpz(arg, n);
        mpz_abs(n, n);
    } else {
        int64_t h = hash(arg);
        if (h == -1 && has_error()) {
            mpz_clear(n);
            return false;
        }
        mpz_import(n, 1, -1, sizeof(uint64_t), 0, 0, &h);   // the hash as an unsigned number
    }
    seed_from_mpz(r, n);
    mpz_clear(n);
    return true;
}

// --- the type ----------------------------------------------------------------------------------

Value random_tp_new(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    if (type == &random_type && !no_keywords("Random", kwnames)) return Value{};
    if (type == &random_type && !check_nargs("Random", nargs, 0, 1)) return Value{};
    RandomObject* r = alloc<RandomObject>(type);
    if (!r) return raise_no_memory();
    Ref self{Value(r)};
    // Subclasses (random.Random) seed in __init__; a cheap seed here keeps an instance whose
    // __init__ does not call seed() usable.
    uint32_t key[4];
    if (type != &random_type) {
        if (!os_random_bytes(key, sizeof key)) return Value{};
        init_by_array(r, key, 4);
    } else if (!seed_object(r, nargs ? args[0] : Value{})) {
        return Value{};
    }
    return self.release();
}

void random_dealloc(Object* o) { free_object_memory(o); }

Value random_random(const Value* args) {
    RandomObject* r = as_random(args[0]);
    uint32_t a = genrand(r) >> 5;
    uint32_t b = genrand(r) >> 6;
    return float_from((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_seed(const Value* args) {
    if (!seed_object(as_random(args[0]), args[1])) return Value{};
    return newref(none());
}

Value random_getrandbits(const Value* args) {
    RandomObject* r = as_random(args[0]);
    int64_t k;
    if (!index_to_i64(args[1], &k, &exc::OverflowError)) return Value{};
    if (k < 0) return raise(&exc::ValueError, "number of bits must be non-negative");
    if (k == 0) return Value::small_int(0);
    if (k <= 32) return int_from_u64(genrand(r) >> (32 - k));
    size_t words = static_cast<size_t>((k - 1) / 32 + 1);
    std::vector<uint32_t> w(words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(r);
        if (k < 32) x >>= (32 - k);
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
    Value result = int_from_mpz(z);
    mpz_clear(z);
    return result;
}

Value random_getstate(const Value* args) {
    RandomObject* r = as_random(args[0]);
    Tuple* t = tuple_new(kN + 1);
    if (!t) return Value{};
    for (int i = 0; i < kN; i++) t->items[i] = int_from_u64(r->state[i]);
    t->items[kN] = Value::small_int(r->index);
    return Value(t);
}

Value random_setstate(const Value* args) {
    RandomObject* r = as_random(args[0]);
    Value state = args[1];
    if (!is_tuple(state)) return raise(&exc::TypeError, "state vector must be a tuple");
    Tuple* t = state.as<Tuple>();
    if (t->size != kN + 1) return raise(&exc::ValueError, "state vector is the wrong size");
    uint32_t words[kN];
    for (int i = 0; i < kN; i++) {
        int64_t w;
        if (!is_int(t->items[i])) return raise(&exc::TypeError, "an integer is required (got type %s)", type_of(t->items[i])->tp_name);
        if (!int_to_i64(t->items[i], &w) || w < 0 || w > 0xffffffffLL) {
            clear_error();
            return raise(&exc::OverflowError, "Python int too large to convert to C unsigned long");
        }
        words[i] = static_cast<uint32_t>(w);
    }
    int64_t index;
    if (!index_to_i64(t->items[kN], &index)) return Value{};
    if (index < 0 || index > kN) return raise(&exc::ValueError, "invalid state");
    std::memcpy(r->state, words, sizeof words);
    r->index = static_cast<int>(index);
    return newref(none());
}

const NativeDef random_methods[] = {
    {"random(self, /)", random_random, nullptr, 0, "random() -> x in the interval [0, 1)."},
    {"seed(self, n=None, /)", random_seed, nullptr, 0, "seed([n]) -> None.  Defaults to use urandom and falls back to a combination of the current time and the process identifier."},
    {"getrandbits(self, k, /)", random_getrandbits, nullptr, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate(self, /)", random_getstate, nullptr, 0, "getstate() -> tuple containing the current state."},
    {"setstate(self, state, /)", random_setstate, nullptr, 0, "setstate(state) -> None.  Restores generator state."},
    {nullptr},
};

// --- SHA-512 (FIPS 180-4) ------------------------------------------------------------------------

// The round constants are the first 64 bits of the fractional parts of the cube roots of the first
// 80 primes, and the initial hash value those of the square roots of the first 8 primes; they are
// computed once with GMP instead of being copied as a table.
struct Sha512Constants {
    uint64_t k[80];
    uint64_t h0[8];
    Sha512Constants() {
        int primes[80];
        int count = 0;
        for (int n = 2; count < 80; n++) {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) { prime = false; break; }
            if (prime) primes[count++] = n;
        }
        mpz_t x, mask;
        mpz_init(x);
        mpz_init(mask);
        mpz_setbit(mask, 64);
        mpz_sub_ui(mask, mask, 1);
        for (int i = 0; i < 80; i++) {
            // floor(cbrt(p) * 2**64) = floor(cbrt(p * 2**192)); keep the low 64 bits.
            mpz_set_ui(x, static_cast<unsigned long>(primes[i]));
            mpz_mul_2exp(x, x, 192);
            mpz_root(x, x, 3);
            mpz_and(x, x, mask);
            k[i] = low64(x);
            if (i < 8) {
                mpz_set_ui(x, static_cast<unsigned long>(primes[i]));
                mpz_mul_2exp(x, x, 128);
                mpz_sqrt(x, x);
                mpz_and(x, x, mask);
                h0[i] = low64(x);
            }
        }
        mpz_clear(x);
        mpz_clear(mask);
    }
    static uint64_t low64(mpz_srcptr x) {
        uint64_t v = 0;
        size_t count = 0;
        mpz_export(&v, &count, -1, sizeof v, 0, 0, x);
        return v;
    }
};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

std::string sha512(std::string_view data) {
    static const Sha512Constants c;
    uint64_t h[8];
    std::memcpy(h, c.h0, sizeof h);
    // Padding: a 1 bit, zeros, then the bit length as a 128-bit big-endian number.
    std::string msg(data);
    uint64_t bit_len = static_cast<uint64_t>(data.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 128 != 112) msg += '\0';
    msg.append(8, '\0');
    for (int i = 7; i >= 0; i--) msg += static_cast<char>((bit_len >> (i * 8)) & 0xff);
    for (size_t block = 0; block < msg.size(); block += 128) {
        uint64_t w[80];
        for (int t = 0; t < 16; t++) {
            uint64_t v = 0;
            for (int b = 0; b < 8; b++) v = (v << 8) | static_cast<unsigned char>(msg[block + t * 8 + b]);
            w[t] = v;
        }
        for (int t = 16; t < 80; t++) {
            uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], cc = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 80; t++) {
            uint64_t s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
            uint64_t ch = (e & f) ^ (~e & g);
            uint64_t t1 = hh + s1 + ch + c.k[t] + w[t];
            uint64_t s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
            uint64_t maj = (a & b) ^ (a & cc) ^ (b & cc);
            uint64_t t2 = s0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = cc;
            cc = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += cc; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    std::string out;
    for (uint64_t v : h)
        for (int i = 7; i >= 0; i--) out += static_cast<char>((v >> (i * 8)) & 0xff);
    return out;
}

Value random_sha512(const Value* args) {
    std::string_view data;
    if (!bytes_like_view(args[0], &data)) return Value{};
    return bytes_from(sha512(data));
}

const NativeDef module_defs[] = {
    {"_sha512(data, /)", random_sha512, nullptr, 0, "The SHA-512 digest of bytes (for str/bytes seeds)."},
    {nullptr},
};

}  // namespace

Module* init_random_module() {
    static bool ready = false;
    if (!ready) {
        init_static_type(&random_type, "_random.Random", &object_type, sizeof(RandomObject), kTypeBaseType);
        random_type.tp_new = random_tp_new;
        random_type.dealloc = random_dealloc;
        random_type.doc = "Random() -> create a random number generator with its own internal state.";
        add_methods(&random_type, random_methods);
        finalize_type(&random_type);
        ready = true;
    }
    Module* m = module_new_cstr("_random");
    if (!m) return nullptr;
    module_add_functions(m, module_defs);
    module_add(m, "Random", Value(&random_type));
    return m;
}

}  // namespace minipy::lib
