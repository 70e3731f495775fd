// tuple_test.cpp — tuple: CPython-checked snippets (cases/tuple.txt) and C++ API tests.
#include <gtest/gtest.h>

#include "cases_runner.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/trashcan.hpp"
#include "runtime/tuple.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kTupleCases[] = {
#include "cases/tuple.inc"
};

TEST(Tuple, MatchesCPython) { run_cases(kTupleCases); }

TEST(Tuple, EmptyTupleIsAnImmortalSingleton) {
    Ref a{tuple_empty()};
    Ref b{tuple_from_array(nullptr, 0)};
    Ref c{Value(tuple_new(0))};
    EXPECT_EQ(a.get(), b.get());
    EXPECT_EQ(a.get(), c.get());
    EXPECT_TRUE(is_immortal(a.get().as_object()));
}

TEST(Tuple, PackFromArrayAndSlice) {
    Ref t{tuple_pack({Value::small_int(1), Value::small_int(2), Value::small_int(3)})};
    ASSERT_TRUE(t);
    EXPECT_EQ(t.as<Tuple>()->size, 3);
    Ref s{tuple_slice(t.as<Tuple>(), 1, 10)};
    Ref r{repr(s.get())};
    EXPECT_EQ(str_view(r.get()), "(2, 3)");
    Ref whole{tuple_slice(t.as<Tuple>(), -5, 3)};
    EXPECT_EQ(whole.get(), t.get());   // the exact tuple itself
    Ref none_{tuple_slice(t.as<Tuple>(), 2, 1)};
    EXPECT_EQ(none_.get(), tuple_empty());
}

TEST(Tuple, HashIsCached) {
    Ref t{tuple_pack({Value::small_int(1), Value::small_int(2)})};
    EXPECT_EQ(t.as<Tuple>()->hash_cache, -1);
    int64_t h = hash(t.get());
    EXPECT_EQ(t.as<Tuple>()->hash_cache, h);
    EXPECT_EQ(hash(t.get()), h);
}

// A tuple nested 100000 deep: repr, == and hash raise RecursionError (not a C stack overflow),
// and freeing it goes through the trashcan instead of 100000 nested deallocs.
TEST(Tuple, DeepNestingRaisesRecursionErrorAndFreesIteratively) {
    auto nest = [](int depth) {
        Ref t{tuple_empty()};
        for (int i = 0; i < depth; i++) t = Ref(tuple_pack({t.get()}));
        return t;
    };
    Ref a = nest(100000);
    Ref b = nest(100000);
    EXPECT_FALSE(repr(a.get()));
    EXPECT_TRUE(error_matches(&exc::RecursionError));
    clear_error();
    EXPECT_EQ(compare_bool(a.get(), b.get(), CompareOp::Eq), -1);
    EXPECT_TRUE(error_matches(&exc::RecursionError));
    clear_error();
    EXPECT_EQ(hash(a.get()), -1);
    EXPECT_TRUE(error_matches(&exc::RecursionError));
    clear_error();
    a.reset();
    b.reset();
    EXPECT_LE(trashcan_max_depth_seen(), kTrashcanDepth);
}

}  // namespace
}  // namespace minipy::test
