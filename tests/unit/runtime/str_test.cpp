// str_test.cpp — the str type: the CPython-generated case table (str_cases.inc) plus tests of the
// C++ API that the table cannot reach (interning, hashing, the code-point index, iteration).
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "runtime/unicode.hpp"
#include "text_case_runner.hpp"

namespace {

using namespace text_cases;

#include "str_cases.inc"

struct Utf8Case {
    const char* literal;
    bool valid;
    int64_t codepoints;
};
#include "utf8_cases.inc"

TEST(StrCases, MatchCPython) { run_all(kStrCases); }

TEST(Str, InternReturnsOneImmortalObjectPerText) {
    Str* a = intern("some_identifier");
    Str* b = intern("some_identifier");
    EXPECT_EQ(a, b);
    EXPECT_TRUE(is_immortal(a));
    EXPECT_TRUE(a->flags & kFlagInterned);
    Ref fresh{str_from("some_identifier")};
    EXPECT_NE(fresh.as<Str>(), a);
    EXPECT_EQ(intern_str(fresh.as<Str>()), a);
    EXPECT_EQ(intern_str(a), a);
    EXPECT_EQ(Value(intern("")), str_empty());
    Ref e{str_from("")};
    EXPECT_EQ(e.get(), str_empty());
}

TEST(Str, InternIsThreadSafe) {
    constexpr int kThreads = 4, kNames = 500;
    std::vector<std::vector<Str*>> seen(kThreads, std::vector<Str*>(kNames));
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; t++)
        threads.emplace_back([t, &seen] {
            for (int i = 0; i < kNames; i++) seen[t][i] = intern("threaded_name_" + std::to_string(i));
        });
    for (auto& th : threads) th.join();
    for (int i = 0; i < kNames; i++)
        for (int t = 1; t < kThreads; t++) EXPECT_EQ(seen[t][i], seen[0][i]) << i;
}

TEST(Str, OneCharacterStrsAreShared) {
    Ref s{str_from("xyz")};
    Ref c{getitem(s.get(), Value::small_int(1))};
    Ref d{str_from_codepoint('y')};
    EXPECT_EQ(c.get(), d.get());
    Ref e{str_from_codepoint(0xE9)};
    Ref f{str_from("\xc3\xa9")};
    EXPECT_EQ(e.get(), f.get());
    EXPECT_EQ(e.get(), Value(intern("\xc3\xa9")));
}

TEST(Str, HashIsCachedAndSharedWithBytes) {
    Ref a{str_from("hello")};
    Ref b{str_from("hel")};
    Ref c{str_concat(b.get(), Ref{str_from("lo")}.get())};
    EXPECT_EQ(str_hash(a.as<Str>()), str_hash(c.as<Str>()));
    EXPECT_EQ(a.as<Str>()->hash_cache, str_hash(a.as<Str>()));
    EXPECT_EQ(str_hash(a.as<Str>()), hash_bytes("hello", 5));
    Ref bytes{bytes_from("hello")};
    EXPECT_EQ(hash(bytes.get()), hash(a.get()));   // as in CPython: hash(b'abc') == hash('abc')
    Ref empty{str_from("")};
    EXPECT_EQ(str_hash(empty.as<Str>()), 0);
    EXPECT_NE(str_hash(a.as<Str>()), str_hash(b.as<Str>()));
}

// A deterministic mix of 1-, 2-, 3- and 4-byte characters.
static std::vector<uint32_t> mixed_codepoints(size_t n) {
    static const uint32_t pool[] = {'a', 'Z', ' ', 0xE9, 0x3A3, 0x4E2D, 0x6587, 0x1F600, 0x10348, '7', 0x85, 0x2028};
    std::vector<uint32_t> out;
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        out.push_back(pool[(x >> 16) % (sizeof(pool) / sizeof(pool[0]))]);
    }
    return out;
}

static Ref str_of(const std::vector<uint32_t>& cps) {
    std::string text;
    for (uint32_t cp : cps) utf8_append(text, cp);
    return Ref{str_from(text)};
}

TEST(Str, CodePointIndexingOfLongNonAsciiText) {
    for (size_t n : {1u, 63u, 64u, 65u, 127u, 128u, 129u, 1000u, 5000u}) {
        std::vector<uint32_t> cps = mixed_codepoints(n);
        Ref s = str_of(cps);
        Str* str = s.as<Str>();
        ASSERT_EQ(str->length, static_cast<int64_t>(n));
        EXPECT_FALSE(str->ascii);
        // Forward, backward and strided access all agree with the decoded reference.
        for (size_t i = 0; i < n; i++) ASSERT_EQ(str_codepoint_at(str, static_cast<int64_t>(i)), cps[i]) << n << " " << i;
        for (size_t i = n; i-- > 0;) ASSERT_EQ(str_codepoint_at(str, static_cast<int64_t>(i)), cps[i]);
        for (size_t i = 0; i < n; i += 37) {
            Ref item{getitem(s.get(), Value::small_int(static_cast<int64_t>(i)))};
            ASSERT_EQ(str_codepoint_at(item.as<Str>(), 0), cps[i]);
        }
        EXPECT_EQ(str_byte_offset(str, static_cast<int64_t>(n)), str->byte_length);
        if (n > kStrIndexStride) {
            EXPECT_NE(str->cp_index, nullptr);
        }
        // Slices of every length from a few starting points.
        for (size_t start : {size_t(0), n / 3, n - 1}) {
            for (size_t len : {size_t(0), size_t(1), size_t(70), n}) {
                size_t stop = std::min(n, start + len);
                Ref sl{str_slice(str, static_cast<int64_t>(start), static_cast<int64_t>(stop))};
                std::vector<uint32_t> expect(cps.begin() + static_cast<long>(start), cps.begin() + static_cast<long>(stop));
                Ref ref = str_of(expect);
                EXPECT_TRUE(str_equal(sl.as<Str>(), ref.as<Str>())) << n << " " << start << " " << len;
                EXPECT_EQ(sl.as<Str>()->length, static_cast<int64_t>(stop - start));
            }
        }
    }
}

TEST(Str, IterationWalksCodePoints) {
    std::vector<uint32_t> cps = mixed_codepoints(300);
    Ref s = str_of(cps);
    Ref it{get_iter(s.get())};
    ASSERT_TRUE(it);
    size_t i = 0;
    while (true) {
        Ref item{iter_next(it.get())};
        if (!item) break;
        ASSERT_LT(i, cps.size());
        EXPECT_EQ(item.as<Str>()->length, 1);
        EXPECT_EQ(str_codepoint_at(item.as<Str>(), 0), cps[i]);
        i++;
    }
    EXPECT_FALSE(has_error());
    EXPECT_EQ(i, cps.size());
    Ref again{iter_next(it.get())};
    EXPECT_FALSE(again);
}

TEST(Str, ConcatAndRepeatKeepTheAsciiFlag) {
    Ref a{str_from("ab")};
    Ref e{str_from("\xc3\xa9")};
    Ref ae{str_concat(a.get(), e.get())};
    EXPECT_FALSE(ae.as<Str>()->ascii);
    EXPECT_EQ(ae.as<Str>()->length, 3);
    Ref aa{str_concat(a.get(), a.get())};
    EXPECT_TRUE(aa.as<Str>()->ascii);
    Ref rep{str_repeat(e.get(), 1000)};
    EXPECT_EQ(rep.as<Str>()->length, 1000);
    EXPECT_EQ(rep.as<Str>()->byte_length, 2000);
    EXPECT_EQ(str_codepoint_at(rep.as<Str>(), 999), 0xE9u);
    Ref huge{str_repeat(a.get(), int64_t(1) << 61)};
    EXPECT_FALSE(huge);
    EXPECT_TRUE(error_matches(&exc::MemoryError));
    clear_error();
}

TEST(Str, Utf8ValidateAgreesWithCPythonsDecoder) {
    for (const Utf8Case& c : kUtf8Cases) {
        Ref b = parse_literal(c.literal);
        std::string_view data = b.as<Bytes>()->view();
        int64_t n = -7;
        bool ok = utf8_validate(data.data(), data.size(), &n);
        EXPECT_EQ(ok, c.valid) << c.literal;
        if (ok) {
            EXPECT_EQ(n, c.codepoints) << c.literal;
        }
    }
}

TEST(Str, Utf8EncodeRoundTrips) {
    for (uint32_t cp : {0u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0x10000u, 0x10FFFFu}) {
        char buf[4];
        int n = utf8_encode(cp, buf);
        const char* p = buf;
        EXPECT_EQ(utf8_decode(p), cp);
        EXPECT_EQ(p - buf, n);
        EXPECT_EQ(utf8_len(static_cast<unsigned char>(buf[0])), n);
    }
}

}  // namespace
