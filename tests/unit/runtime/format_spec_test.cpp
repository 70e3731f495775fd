// format_spec_test.cpp — the format mini-language: the generated CPython cases for format(int),
// format(float) and padding (number_cases.inc), plus the parser's fields.
#include <gtest/gtest.h>

#include "number_case_runner.hpp"
#include "runtime/format_spec.hpp"
#include "runtime/number_format.hpp"

using namespace minipy::rt;
using number_cases::run_group;

namespace {

#define NUMBER_GROUP_TEST(Suite, Name, group) \
    TEST(Suite, Name) { EXPECT_GT(run_group(group), 0u); }

NUMBER_GROUP_TEST(FormatCases, Ints, "format_int")
NUMBER_GROUP_TEST(FormatCases, Floats, "format_float")
NUMBER_GROUP_TEST(FormatCases, FloatsRandom, "format_float_random")
NUMBER_GROUP_TEST(FormatCases, Padding, "format_pad")

// The parsed fields (CPython has no API that shows them, so these are checked structurally).
TEST(FormatSpecParse, AllFields) {
    FormatSpec s;
    ASSERT_TRUE(parse_format_spec("*^+z#012,.3f", "float", &s));
    EXPECT_EQ(s.fill, static_cast<uint32_t>('*'));
    EXPECT_EQ(s.align, '^');
    EXPECT_EQ(s.sign, '+');
    EXPECT_TRUE(s.no_neg_zero);
    EXPECT_TRUE(s.alternate);
    EXPECT_FALSE(s.zero_pad);           // an explicit fill turns '0' into part of the width
    EXPECT_EQ(s.width, 12);
    EXPECT_EQ(s.grouping, ',');
    EXPECT_EQ(s.precision, 3);
    EXPECT_EQ(s.type, 'f');
}

TEST(FormatSpecParse, ZeroPadAndDefaults) {
    FormatSpec s;
    ASSERT_TRUE(parse_format_spec("010_", "int", &s));
    EXPECT_TRUE(s.zero_pad);
    EXPECT_EQ(s.fill, static_cast<uint32_t>('0'));
    EXPECT_EQ(s.align, 0);
    EXPECT_EQ(s.width, 10);
    EXPECT_EQ(s.grouping, '_');
    EXPECT_EQ(s.precision, -1);
    EXPECT_EQ(s.type, 0);
    ASSERT_TRUE(parse_format_spec("", "int", &s));
    EXPECT_EQ(s.width, -1);
    EXPECT_EQ(s.fill, static_cast<uint32_t>(' '));
}

TEST(FormatSpecParse, NonAsciiFillAndType) {
    FormatSpec s;
    ASSERT_TRUE(parse_format_spec("\xc3\xa9<8", "float", &s));   // 'é<8'
    EXPECT_EQ(s.fill, 0xE9u);
    EXPECT_EQ(s.align, '<');
    ASSERT_TRUE(parse_format_spec("\xc3\xa9", "float", &s));     // 'é' is a (bad) type
    EXPECT_EQ(s.type, kFormatTypeNonAscii);
    EXPECT_EQ(s.type_code, 0xE9u);
}

TEST(FormatSpecParse, ErrorsAreValueErrors) {
    FormatSpec s;
    const char* bad[] = {"xx", ",,", ",_", "_,", ".", "11111111111111111111111111111"};
    for (const char* spec : bad) {
        EXPECT_FALSE(parse_format_spec(spec, "int", &s)) << spec;
        EXPECT_TRUE(error_matches(&exc::ValueError)) << spec;
        clear_error();
    }
}

}  // namespace
