// str_format_test.cpp — `%` formatting of str and bytes, str.format, str.format_map and
// str.__format__, against the CPython-generated table str_format_cases.inc.
#include <gtest/gtest.h>

#include "runtime/str_format.hpp"
#include "text_case_runner.hpp"

namespace {

using namespace text_cases;

#include "str_format_cases.inc"

TEST(StrFormatCases, MatchCPython) { run_all(kFormatCases); }

// The C++ entry points give what the Python-level operations (checked by the table) give.
TEST(StrFormat, CppEntryPointsMatchTheOperators) {
    Ref fmt{str_from("%s=%d")};
    Ref k{str_from("x")};
    Ref args{tuple_pack({k.get(), Value::small_int(3)})};
    Ref direct{str_percent_format(fmt.get(), args.get())};
    Ref via_op{binary_op(fmt.get(), args.get(), BinOp::Remainder)};
    ASSERT_TRUE(direct && via_op);
    EXPECT_EQ(str_view(direct.get()), str_view(via_op.get()));
    Ref f2{str_from("{0}-{1}")};
    Ref direct2{str_format_method(f2.get(), args.get(), Value())};
    Ref meth{getattr(f2.get(), "format")};
    Ref via_meth{call(meth.get(), args.as<Tuple>()->items, 2)};
    ASSERT_TRUE(direct2 && via_meth);
    EXPECT_EQ(str_view(direct2.get()), str_view(via_meth.get()));
    Ref bfmt{bytes_from("%s")};
    Ref b{bytes_from("q")};
    Ref bdirect{bytes_percent_format(bfmt.get(), b.get())};
    Ref bvia{binary_op(bfmt.get(), b.get(), BinOp::Remainder)};
    ASSERT_TRUE(bdirect && bvia);
    EXPECT_EQ(bdirect.as<Bytes>()->view(), bvia.as<Bytes>()->view());
}

}  // namespace
