// str_format_test.cpp — `%` formatting of str and bytes, str.format, str.format_map and
// str.__format__, against the CPython-generated table str_format_cases.inc.
#include <gtest/gtest.h>

#include "runtime/str_format.hpp"
#include "text_case_runner.hpp"

namespace {

using namespace text_cases;

#include "str_format_cases.inc"

TEST(StrFormatCases, MatchCPython) { run_all(kFormatCases); }

TEST(StrFormat, CallableFromCpp) {
    Ref fmt{str_from("%s=%d")};
    Ref k{str_from("x")};
    Ref args{tuple_pack({k.get(), Value::small_int(3)})};
    Ref r{str_percent_format(fmt.get(), args.get())};
    ASSERT_TRUE(r);
    EXPECT_EQ(str_view(r.get()), "x=3");
    Ref f2{str_from("{0}-{1}")};
    Ref r2{str_format_method(f2.get(), args.get(), Value())};
    ASSERT_TRUE(r2);
    EXPECT_EQ(str_view(r2.get()), "x-3");
}

}  // namespace
