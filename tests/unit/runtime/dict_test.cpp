// dict_test.cpp — dict: CPython-checked snippets (cases/dict.txt) and C++ API tests.
#include <gtest/gtest.h>

#include <string>

#include "cases_runner.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kDictCases[] = {
#include "cases/dict.inc"
};

TEST(Dict, MatchesCPython) { run_cases(kDictCases); }

std::string repr_of(Value v) {
    Ref r{repr(v)};
    return r ? std::string(str_view(r.get())) : "<error>";
}

TEST(Dict, StrKeysAndCStrings) {
    Ref d{Value(dict_new())};
    Dict* dp = d.as<Dict>();
    ASSERT_EQ(dict_set_cstr(dp, "alpha", Value::small_int(1)), 0);
    ASSERT_EQ(dict_set_str(dp, intern("beta"), Value::small_int(2)), 0);
    // A non-interned str with the same text finds the interned key (byte comparison).
    Ref key{str_from("alpha")};
    EXPECT_EQ(dict_get_item(dp, key.get()), Value::small_int(1));
    EXPECT_EQ(dict_get_str(dp, intern("beta")), Value::small_int(2));
    EXPECT_EQ(dict_get_cstr(dp, "beta"), Value::small_int(2));
    EXPECT_FALSE(dict_get_cstr(dp, "gamma"));
    EXPECT_FALSE(has_error());
    EXPECT_EQ(dict_contains(dp, key.get()), 1);
    Ref v{dict_get_item_ref(dp, key.get())};
    EXPECT_EQ(v.get(), Value::small_int(1));
    EXPECT_EQ(repr_of(d.get()), "{'alpha': 1, 'beta': 2}");
}

TEST(Dict, LookupOfUnhashableKeySetsTheError) {
    Ref d{Value(dict_new())};
    Ref l{list_new(0)};
    EXPECT_FALSE(dict_get_item(d.as<Dict>(), l.get()));
    EXPECT_TRUE(error_matches(&exc::TypeError));
    clear_error();
    EXPECT_EQ(dict_set_item(d.as<Dict>(), l.get(), l.get()), -1);
    clear_error();
}

TEST(Dict, VersionChangesOnEveryChange) {
    Ref d{Value(dict_new())};
    Dict* dp = d.as<Dict>();
    uint64_t v0 = dp->version;
    dict_set_cstr(dp, "a", Value::small_int(1));
    uint64_t v1 = dp->version;
    EXPECT_NE(v0, v1);
    dict_set_cstr(dp, "a", Value::small_int(2));   // value change
    uint64_t v2 = dp->version;
    EXPECT_NE(v1, v2);
    Ref k{str_from("a")};
    ASSERT_EQ(dict_del_item(dp, k.get()), 0);
    EXPECT_NE(dp->version, v2);
    uint64_t v3 = dp->version;
    EXPECT_EQ(dict_get_cstr(dp, "a"), Value{});
    EXPECT_EQ(dp->version, v3);   // reads do not change it
    Ref other{Value(dict_new())};
    EXPECT_NE(other.as<Dict>()->version, v3);   // versions are unique across dicts
}

TEST(Dict, ManyInsertionsAndDeletionsKeepOrder) {
    Ref d{Value(dict_new())};
    Dict* dp = d.as<Dict>();
    for (int i = 0; i < 20000; i++) ASSERT_EQ(dict_set_item(dp, Value::small_int(i), Value::small_int(-i)), 0);
    for (int i = 0; i < 20000; i += 2) ASSERT_EQ(dict_del_item(dp, Value::small_int(i)), 0);
    for (int i = 0; i < 20000; i += 4) ASSERT_EQ(dict_set_item(dp, Value::small_int(i), Value::small_int(i)), 0);
    EXPECT_EQ(dict_size(dp), 15000);
    // Order: the odd keys in insertion order, then the re-inserted multiples of 4.
    int64_t pos = 0;
    Value k, v;
    int expect = 1;
    int count = 0;
    while (dict_next(dp, &pos, &k, &v)) {
        if (count < 10000) {
            ASSERT_EQ(k.as_small_int(), expect);
            expect += 2;
        } else {
            ASSERT_EQ(k.as_small_int(), (count - 10000) * 4);
            ASSERT_EQ(v.as_small_int(), (count - 10000) * 4);
        }
        count++;
    }
    EXPECT_EQ(count, 15000);
    EXPECT_LE(dp->nentries, dp->capacity);
    EXPECT_LE(dp->capacity * 3, dp->index_size * 2);
}

TEST(Dict, PopItemMergeUpdateCopy) {
    Ref d{mini_eval("{'a': 1, 'b': 2}")};
    Dict* dp = d.as<Dict>();
    Value out;
    Ref ka{str_from("a")};
    EXPECT_EQ(dict_pop_item(dp, ka.get(), &out), 1);
    decref(out);
    EXPECT_EQ(dict_pop_item(dp, ka.get(), &out), 0);
    Ref other{mini_eval("{'b': 20, 'c': 30}")};
    ASSERT_EQ(dict_merge(dp, other.as<Dict>(), false), 0);
    EXPECT_EQ(repr_of(d.get()), "{'b': 2, 'c': 30}");
    ASSERT_EQ(dict_merge(dp, other.as<Dict>(), true), 0);
    EXPECT_EQ(repr_of(d.get()), "{'b': 20, 'c': 30}");
    Ref pairs{mini_eval("[('z', 0), ('b', 1)]")};
    ASSERT_EQ(dict_update(dp, pairs.get()), 0);
    EXPECT_EQ(repr_of(d.get()), "{'b': 1, 'c': 30, 'z': 0}");
    Ref c{dict_copy(dp)};
    EXPECT_EQ(repr_of(c.get()), "{'b': 1, 'c': 30, 'z': 0}");
    Ref keys{dict_keys_list(dp)};
    EXPECT_EQ(repr_of(keys.get()), "['b', 'c', 'z']");
    dict_clear(dp);
    EXPECT_EQ(dict_size(dp), 0);
    EXPECT_EQ(repr_of(c.get()), "{'b': 1, 'c': 30, 'z': 0}");
}

TEST(Dict, PresizedDictDoesNotResize) {
    Dict* d = dict_new_presized(1000);
    Ref hold{Value(d)};
    int32_t* index = d->index;
    for (int i = 0; i < 1000; i++) dict_set_item(d, Value::small_int(i), Value::small_int(i));
    EXPECT_EQ(d->index, index);
}

TEST(Dict, DeepNestingReprRaisesRecursionError) {
    Ref d{Value(dict_new())};
    for (int i = 0; i < 100000; i++) {
        Dict* outer = dict_new();
        dict_set_item(outer, Value::small_int(0), d.get());
        d = Ref(Value(outer));
    }
    EXPECT_FALSE(repr(d.get()));
    EXPECT_TRUE(error_matches(&exc::RecursionError));
    clear_error();
    d.reset();
}

}  // namespace
}  // namespace minipy::test
