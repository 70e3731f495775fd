// int_test.cpp — int and bool: the generated CPython cases (number_cases.inc) plus checks of the
// C++ API (normalization, conversions, the digit limit).
#include <gtest/gtest.h>

#include <string>

#include "number_case_runner.hpp"
#include "runtime/type.hpp"

using namespace minipy::rt;
using number_cases::run_group;

namespace {

#define NUMBER_GROUP_TEST(Suite, Name, group) \
    TEST(Suite, Name) { EXPECT_GT(run_group(group), 0u); }

NUMBER_GROUP_TEST(IntCases, Arithmetic, "int_arith")
NUMBER_GROUP_TEST(IntCases, Unary, "int_unary")
NUMBER_GROUP_TEST(IntCases, TrueDivision, "int_truediv")
NUMBER_GROUP_TEST(IntCases, TrueDivisionRandomBigInts, "int_truediv_random")
NUMBER_GROUP_TEST(IntCases, BigInts, "int_big")
NUMBER_GROUP_TEST(IntCases, Shifts, "int_shift")
NUMBER_GROUP_TEST(IntCases, Powers, "int_pow")
NUMBER_GROUP_TEST(IntCases, ModularPowers, "int_pow3")
NUMBER_GROUP_TEST(IntCases, Hashes, "int_hash")
NUMBER_GROUP_TEST(IntCases, Methods, "int_meth")
NUMBER_GROUP_TEST(IntCases, Attributes, "int_attr")
NUMBER_GROUP_TEST(IntCases, Round, "int_round")
NUMBER_GROUP_TEST(IntCases, ToBytes, "int_to_bytes")
NUMBER_GROUP_TEST(IntCases, FromBytes, "int_from_bytes")
NUMBER_GROUP_TEST(IntCases, ParseText, "int_parse")
NUMBER_GROUP_TEST(IntCases, Constructor, "int_conv")
NUMBER_GROUP_TEST(IntCases, StrAndDigitLimit, "int_str")

// Small values are tagged and big ones boxed, whichever way a value was computed.
TEST(IntApi, ResultsAreNormalized) {
    Ref max(int_from_i64(kSmallIntMax));
    EXPECT_TRUE(max.get().is_small_int());
    Ref over(int_from_i64(kSmallIntMax + 1));
    ASSERT_TRUE(over);
    EXPECT_FALSE(over.get().is_small_int());
    EXPECT_EQ(type_of(over.get()), &int_type);
    Ref one(Value::small_int(1));
    Ref back(int_sub(over.get(), one.get()));   // a big int minus 1 comes back tagged
    EXPECT_TRUE(back.get().is_small_int());
    EXPECT_EQ(back.get().as_small_int(), kSmallIntMax);
    Ref min_minus(int_sub(Value::small_int(kSmallIntMin), one.get()));
    EXPECT_FALSE(min_minus.get().is_small_int());
    Ref prod(int_mul(over.get(), Value::small_int(0)));
    EXPECT_TRUE(prod.get().is_small_int());
    EXPECT_EQ(prod.get().as_small_int(), 0);
    Ref u(int_from_u64(UINT64_MAX));
    EXPECT_EQ(int_to_decimal(u.get()), "18446744073709551615");
}

TEST(IntApi, ConversionsOut) {
    int64_t i = 0;
    Ref big(int_from_string("9223372036854775807", 19, 10));
    ASSERT_TRUE(int_to_i64(big.get(), &i));
    EXPECT_EQ(i, INT64_MAX);
    Ref bigger(int_from_string("9223372036854775808", 19, 10));
    EXPECT_FALSE(int_to_i64(bigger.get(), &i));
    EXPECT_TRUE(error_matches(&exc::OverflowError));
    clear_error();
    double d = 0;
    Ref p1024(int_from_string("0x1" "0000000000000000000000000000000000000000000000000000000000000000"
                              "0000000000000000000000000000000000000000000000000000000000000000"
                              "0000000000000000000000000000000000000000000000000000000000000000"
                              "0000000000000000000000000000000000000000000000000000000000000000",
                              259, 0));   // 2**1024
    ASSERT_TRUE(p1024);
    EXPECT_FALSE(int_to_double(p1024.get(), &d));
    EXPECT_TRUE(error_matches(&exc::OverflowError));
    clear_error();
    EXPECT_TRUE(int_to_double(Value::small_int(-5), &d));
    EXPECT_EQ(d, -5.0);
    EXPECT_EQ(int_sign(Value::small_int(-5)), -1);
    EXPECT_EQ(int_sign(p1024.get()), 1);
    EXPECT_EQ(int_compare(p1024.get(), Value::small_int(3)), 1);
    Ref hex(int_to_base_string(Value::small_int(-255), 16));
    EXPECT_EQ(str_view(hex.get()), "-0xff");
    Ref bin(int_to_base_string(Value::small_int(5), 2));
    EXPECT_EQ(str_view(bin.get()), "0b101");
}

// The compiler turns long decimal literals into ints through int_from_string; a huge one must
// round-trip exactly (with the digit limit lifted, as it is for hexadecimal literals).
TEST(IntApi, HugeDecimalLiteralRoundTrips) {
    ASSERT_TRUE(set_int_max_str_digits(0));
    std::string digits = "7";
    for (int k = 0; k < 200000; ++k) digits.push_back(static_cast<char>('0' + (k * 7 + 3) % 10));
    Ref v(int_from_string(digits.data(), digits.size(), 10));
    ASSERT_TRUE(v);
    EXPECT_EQ(int_to_decimal(v.get()), digits);
    ASSERT_TRUE(set_int_max_str_digits(4300));
    std::string s;
    EXPECT_FALSE(int_to_decimal_checked(v.get(), &s));
    EXPECT_TRUE(error_matches(&exc::ValueError));
    clear_error();
}

// Compiler constants: digit text of any length, never limited.
TEST(IntApi, FromDigitsHasNoLimit) {
    std::string digits(5000, '9');
    Ref v(int_from_digits(digits, 10));
    ASSERT_TRUE(v);
    ASSERT_TRUE(set_int_max_str_digits(0));
    EXPECT_EQ(int_to_decimal(v.get()), digits);
    ASSERT_TRUE(set_int_max_str_digits(4300));
    Ref n(int_from_digits("-123", 10));
    EXPECT_EQ(n.get(), Value::small_int(-123));
    Ref h(int_from_digits("ff", 16));
    EXPECT_EQ(h.get(), Value::small_int(255));
    Ref bad(int_from_digits("12x", 10));
    EXPECT_FALSE(bad);
    EXPECT_TRUE(error_matches(&exc::ValueError));
    clear_error();
}

TEST(IntApi, MaxStrDigitsSetter) {
    EXPECT_EQ(int_max_str_digits(), 4300);
    EXPECT_FALSE(set_int_max_str_digits(5));
    Ref e(take_error());
    Ref msg(to_str(e.get()));
    EXPECT_EQ(str_view(msg.get()), "maxdigits must be 0 or larger than 640");   // python3: sys.set_int_max_str_digits(5)
    EXPECT_TRUE(set_int_max_str_digits(640));
    EXPECT_TRUE(set_int_max_str_digits(4300));
}

// is_integer() is new in 3.12 (the python3 that generated the tables is 3.11): always True.
TEST(IntApi, IsIntegerIsTrue) {
    Ref r(call_method0(Value::small_int(-7), "is_integer"));
    EXPECT_EQ(r.get(), true_value());
}

TEST(BoolApi, InstancesAndType) {
    EXPECT_TRUE(is_bool(true_value()));
    EXPECT_TRUE(is_int(true_value()));
    EXPECT_FALSE(is_exact_int(true_value()));
    EXPECT_EQ(type_of(false_value()), &bool_type);
    EXPECT_EQ(bool_type.base, &int_type);
    EXPECT_FALSE(type_has_flag(&bool_type, kTypeBaseType));   // "type 'bool' is not an acceptable base type"
    EXPECT_TRUE(is_immortal(true_value().as_object()));
    Ref r(repr(true_value()));
    EXPECT_EQ(str_view(r.get()), "True");
    Ref a(binary_op(true_value(), false_value(), BinOp::Or));
    EXPECT_EQ(a.get(), true_value());
    Ref x(binary_op(true_value(), true_value(), BinOp::Xor));
    EXPECT_EQ(x.get(), false_value());
    Ref n(binary_op(true_value(), Value::small_int(2), BinOp::And));
    EXPECT_EQ(n.get(), Value::small_int(0));
    Ref sum(binary_op(true_value(), true_value(), BinOp::Add));
    EXPECT_EQ(sum.get(), Value::small_int(2));
    Ref b(call1(Value(&bool_type), Value::small_int(0)));
    EXPECT_EQ(b.get(), false_value());
    Ref b2(call(Value(&bool_type), nullptr, 0));
    EXPECT_EQ(b2.get(), false_value());
}

}  // namespace
