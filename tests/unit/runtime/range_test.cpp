// range_test.cpp — range and slice: CPython-checked snippets (cases/range.txt) and C++ API tests.
#include <gtest/gtest.h>

#include "cases_runner.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/range.hpp"
#include "runtime/singletons.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kRangeCases[] = {
#include "cases/range.inc"
};

TEST(Range, MatchesCPython) { run_cases(kRangeCases); }

// The eval loop reads RangeIter's fields directly: check them.
TEST(Range, IteratorFields) {
    Ref r{range_new(3, 20, 4)};
    Ref it{get_iter(r.get())};
    ASSERT_EQ(type_of(it.get()), &range_iter_type);
    RangeIter* ri = it.as<RangeIter>();
    EXPECT_EQ(ri->next, 3);
    EXPECT_EQ(ri->step, 4);
    EXPECT_EQ(ri->remaining, 5);
    Ref first{iter_next(it.get())};
    EXPECT_EQ(first.get(), Value::small_int(3));
    EXPECT_EQ(ri->next, 7);
    EXPECT_EQ(ri->remaining, 4);
}

TEST(Range, ExtremeBoundsIterate) {
    Ref r{range_new(INT64_MAX - 2, INT64_MAX, 1)};
    Ref it{get_iter(r.get())};
    ASSERT_EQ(type_of(it.get()), &range_iter_type);
    int n = 0;
    while (Value v = iter_next(it.get())) {
        int64_t x;
        ASSERT_TRUE(int_to_i64(v, &x));
        EXPECT_EQ(x, INT64_MAX - 2 + n);
        decref(v);
        n++;
    }
    EXPECT_EQ(n, 2);
    Ref down{range_new(INT64_MIN + 2, INT64_MIN, -1)};
    EXPECT_EQ(length(down.get()), 2);
}

TEST(Slice, IndicesAndAdjust) {
    Ref s{slice_new(Value::small_int(-3), Value{}, Value{})};
    int64_t start, stop, step, n;
    ASSERT_TRUE(slice_indices(s.as<Slice>(), 10, &start, &stop, &step, &n));
    EXPECT_EQ(start, 7);
    EXPECT_EQ(stop, 10);
    EXPECT_EQ(step, 1);
    EXPECT_EQ(n, 3);
    Ref r{slice_new(Value{}, Value{}, Value::small_int(-2))};
    ASSERT_TRUE(slice_unpack(r.as<Slice>(), &start, &stop, &step));
    EXPECT_EQ(start, INT64_MAX);
    EXPECT_EQ(stop, INT64_MIN);
    EXPECT_EQ(slice_adjust_indices(5, &start, &stop, step), 3);
    EXPECT_EQ(start, 4);
    EXPECT_EQ(stop, -1);
    Ref z{slice_new(Value{}, Value{}, Value::small_int(0))};
    EXPECT_FALSE(slice_unpack(z.as<Slice>(), &start, &stop, &step));
    EXPECT_TRUE(error_matches(&exc::ValueError));
    clear_error();
    EXPECT_EQ(s.as<Slice>()->stop, none());
}

TEST(Slice, HashableAsIn312) {
    Ref s{mini_eval("slice(1, 2, 3)")};
    Ref t{mini_eval("(1, 2, 3)")};
    EXPECT_EQ(hash(s.get()), hash(t.get()));   // 3.12: the tuple hash of (start, stop, step)
}

}  // namespace
}  // namespace minipy::test
