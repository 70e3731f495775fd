// bytes_test.cpp — bytes and bytearray: the CPython-generated case table (bytes_cases.inc) plus
// tests of the C++ API.
#include <gtest/gtest.h>

#include "text_case_runner.hpp"

namespace {

using namespace text_cases;

#include "bytes_cases.inc"

TEST(BytesCases, MatchCPython) { run_all(kBytesCases); }

TEST(Bytes, SingleBytesAndEmptyAreShared) {
    Ref a{bytes_from("x")};
    Ref b{bytes_from("x")};
    EXPECT_EQ(a.get(), b.get());
    EXPECT_TRUE(is_immortal(a.get().as_object()));
    Ref e{bytes_from("")};
    EXPECT_EQ(e.get(), bytes_empty());
    Ref long_bytes{bytes_from("xyz")};
    Ref slice{getitem(long_bytes.get(), Ref{slice_new(Value::small_int(1), Value::small_int(2), Value())}.get())};
    EXPECT_EQ(slice.get(), Ref{bytes_from("y")}.get());
}

TEST(Bytes, BytesLikeView) {
    Ref b{bytes_from(std::string_view("a\0b", 3))};
    Ref ba{bytearray_from("xyz")};
    std::string_view v;
    ASSERT_TRUE(bytes_like_view(b.get(), &v));
    EXPECT_EQ(v, std::string_view("a\0b", 3));
    ASSERT_TRUE(bytes_like_view(ba.get(), &v));
    EXPECT_EQ(v, "xyz");
    Ref s{str_from("no")};
    EXPECT_FALSE(bytes_like_view(s.get(), &v));
    EXPECT_TRUE(error_matches(&exc::TypeError));
    clear_error();
}

TEST(ByteArray, GrowsAndShrinks) {
    Ref ba{bytearray_from("")};
    Ref append{getattr(ba.get(), "append")};
    std::string expect;
    for (int i = 0; i < 5000; i++) {
        Value c = Value::small_int(i % 251);
        Ref r{call(append.get(), &c, 1)};
        ASSERT_TRUE(r);
        expect += static_cast<char>(i % 251);
    }
    EXPECT_EQ(ba.as<ByteArray>()->view(), expect);
    EXPECT_GE(ba.as<ByteArray>()->capacity, 5000);
    Ref clear{getattr(ba.get(), "clear")};
    Ref r{call(clear.get(), nullptr, 0)};
    EXPECT_EQ(ba.as<ByteArray>()->size, 0);
    EXPECT_LT(ba.as<ByteArray>()->capacity, 5000);
}

TEST(ByteArray, IteratorSeesShrinking) {
    Ref ba{bytearray_from("abcdef")};
    Ref it{get_iter(ba.get())};
    Ref first{iter_next(it.get())};
    EXPECT_EQ(first.get(), Value::small_int('a'));
    Ref del{slice_new(Value::small_int(1), Value(), Value())};
    ASSERT_EQ(delitem(ba.get(), del.get()), 0);
    Ref next{iter_next(it.get())};
    EXPECT_FALSE(next);
    EXPECT_FALSE(has_error());
}

TEST(ByteArray, IsUnhashable) {
    Ref ba{bytearray_from("a")};
    EXPECT_EQ(hash(ba.get()), -1);
    Ref exc{take_error()};
    Ref msg{to_str(exc.get())};
    EXPECT_EQ(str_view(msg.get()), "unhashable type: 'bytearray'");
}

}  // namespace
