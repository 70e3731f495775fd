// iter_test.cpp — the generic iterators: CPython-checked snippets (cases/iter.txt) and C++ API
// tests.
#include <gtest/gtest.h>

#include "cases_runner.hpp"
#include "runtime/errors.hpp"
#include "runtime/iter.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kIterCases[] = {
#include "cases/iter.inc"
};

TEST(Iter, MatchesCPython) { run_cases(kIterCases); }

TEST(Iter, SeqIterNew) {
    Ref seq{mini_eval("Seq(3)")};
    Ref it{seqiter_new(seq.get())};
    ASSERT_EQ(type_of(it.get()), &seq_iter_type);
    Ref l{sequence_to_list(it.get())};
    Ref r{repr(l.get())};
    EXPECT_FALSE(has_error());
    Ref again{iter_next(it.get())};
    EXPECT_FALSE(again);
    EXPECT_FALSE(has_error());
}

TEST(Iter, CallableIterNew) {
    Ref l{mini_eval("[1, 2, 3, 4]")};
    Ref pop{getattr(l.get(), "pop")};
    Ref it{callable_iter_new(pop.get(), Value::small_int(2))};
    Ref a{iter_next(it.get())};
    Ref b{iter_next(it.get())};
    Ref c{iter_next(it.get())};
    EXPECT_EQ(a.get(), Value::small_int(4));
    EXPECT_EQ(b.get(), Value::small_int(3));
    EXPECT_FALSE(c);
    EXPECT_FALSE(has_error());
    EXPECT_EQ(l.as<List>()->size, 1);
}

}  // namespace
}  // namespace minipy::test
