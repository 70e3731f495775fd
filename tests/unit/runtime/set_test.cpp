// set_test.cpp — set and frozenset: CPython-checked snippets (cases/set.txt; many random
// operation sequences whose iteration order must equal CPython's) and C++ API tests.
#include <gtest/gtest.h>

#include "cases_runner.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kSetCases[] = {
#include "cases/set.inc"
};

TEST(Set, MatchesCPython) { run_cases(kSetCases); }

TEST(Set, AddDiscardContainsNext) {
    Ref s{set_new(Value{})};
    for (int i = 0; i < 100; i++) ASSERT_EQ(set_add(s.get(), Value::small_int(i * 7)), 0);
    EXPECT_EQ(set_size(s.get()), 100);
    EXPECT_EQ(set_contains(s.get(), Value::small_int(14)), 1);
    EXPECT_EQ(set_discard(s.get(), Value::small_int(14)), 1);
    EXPECT_EQ(set_discard(s.get(), Value::small_int(14)), 0);
    EXPECT_EQ(set_contains(s.get(), Value::small_int(14)), 0);
    int64_t pos = 0, n = 0;
    Value key;
    while (set_next(s.get(), &pos, &key)) {
        EXPECT_EQ(key.as_small_int() % 7, 0);
        n++;
    }
    EXPECT_EQ(n, 99);
    Set* sp = s.as<Set>();
    EXPECT_GT(sp->fill, sp->used);   // the discarded slot is a dummy
    EXPECT_LE(sp->fill * 5, sp->mask * 3 + 5);
    set_clear(s.get());
    EXPECT_EQ(set_size(s.get()), 0);
    EXPECT_EQ(sp->table, sp->smalltable);
}

TEST(Set, FrozensetOfFrozensetIsItself) {
    Ref f{mini_eval("frozenset([1, 2])")};
    Ref g{frozenset_new(f.get())};
    EXPECT_EQ(f.get(), g.get());
    Ref s{set_new(f.get())};
    EXPECT_NE(s.get(), f.get());
}

TEST(Set, PopScansFromTheFinger) {
    Ref s{mini_eval("set(range(20))")};
    for (int i = 0; i < 20; i++) {
        Ref v{set_pop(s.get())};
        EXPECT_EQ(v.get(), Value::small_int(i));
    }
    EXPECT_FALSE(set_pop(s.get()));
    EXPECT_TRUE(error_matches(&exc::KeyError));
    clear_error();
}

}  // namespace
}  // namespace minipy::test
