// list_test.cpp — list and list.sort(): CPython-checked snippets (cases/list.txt) and C++ API
// tests (sort stability, errors during a sort, complexity, deep nesting).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

#include "cases_runner.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/list.hpp"
#include "runtime/set.hpp"
#include "runtime/ops.hpp"
#include "runtime/sort.hpp"
#include "runtime/str.hpp"
#include "runtime/trashcan.hpp"
#include "runtime/tuple.hpp"

namespace minipy::test {
namespace {

using namespace minipy::rt;

const Case kListCases[] = {
#include "cases/list.inc"
};

TEST(List, MatchesCPython) { run_cases(kListCases); }

std::string repr_of(Value v) {
    Ref r{repr(v)};
    return r ? std::string(str_view(r.get())) : "<error>";
}

TEST(List, AppendExtendAsTuple) {
    Ref l{list_new(0)};
    for (int i = 0; i < 100; i++) ASSERT_TRUE(list_append(l.get(), Value::small_int(i)));
    EXPECT_EQ(l.as<List>()->size, 100);
    EXPECT_GE(l.as<List>()->capacity, 100);
    Ref t{tuple_pack({Value::small_int(7), Value::small_int(8)})};
    ASSERT_TRUE(list_extend(l.get(), t.get()));
    ASSERT_TRUE(list_extend(l.get(), l.get()));   // l.extend(l) doubles it
    EXPECT_EQ(l.as<List>()->size, 204);
    Ref tup{list_as_tuple(l.get())};
    EXPECT_EQ(tup.as<Tuple>()->size, 204);
    EXPECT_EQ(tup.as<Tuple>()->items[101], Value::small_int(8));
    Ref one{list_from_array(t.as<Tuple>()->items, 2)};
    EXPECT_EQ(repr_of(one.get()), "[7, 8]");
}

TEST(List, InsertPopSetSlice) {
    Ref l{list_new(0)};
    for (int i = 0; i < 5; i++) list_append(l.get(), Value::small_int(i));
    ASSERT_TRUE(list_insert(l.get(), -1, Value::small_int(9)));
    EXPECT_EQ(repr_of(l.get()), "[0, 1, 2, 3, 9, 4]");
    ASSERT_TRUE(list_set_slice(l.get(), 1, 3, Value{}));
    EXPECT_EQ(repr_of(l.get()), "[0, 3, 9, 4]");
    list_reverse(l.get());
    EXPECT_EQ(repr_of(l.get()), "[4, 9, 3, 0]");
    Ref x{list_get_item(l.get(), -1)};
    EXPECT_EQ(x.get(), Value::small_int(0));
    EXPECT_FALSE(list_get_item(l.get(), 4));
    EXPECT_TRUE(error_matches(&exc::IndexError));
    clear_error();
    list_clear(l.get());
    EXPECT_EQ(repr_of(l.get()), "[]");
}

// Shrinking frees memory: capacity follows the size down (CPython's rule: below half).
TEST(List, CapacityShrinks) {
    Ref l{list_new(0)};
    for (int i = 0; i < 1000; i++) list_append(l.get(), Value::small_int(i));
    ASSERT_TRUE(list_set_slice(l.get(), 10, 1000, Value{}));
    EXPECT_LT(l.as<List>()->capacity, 100);
}

TEST(Sort, StableWithKeysAndReverse) {
    std::mt19937 rng(42);
    for (int n : {0, 1, 2, 10, 63, 64, 65, 1000, 5000}) {
        for (bool reverse : {false, true}) {
            Ref l{list_new(0)};
            std::vector<std::pair<int, int>> ref;
            for (int i = 0; i < n; i++) {
                int k = static_cast<int>(rng() % 10);
                ref.emplace_back(k, i);
                Ref pair{tuple_pack({Value::small_int(k), Value::small_int(i)})};
                list_append(l.get(), pair.get());
            }
            Ref key{mini_eval("lambda t: t[0]")};
            ASSERT_TRUE(list_sort(l.get(), key.get(), reverse));
            std::stable_sort(ref.begin(), ref.end(), [&](auto& a, auto& b) {
                return reverse ? a.first > b.first : a.first < b.first;
            });
            List* lst = l.as<List>();
            ASSERT_EQ(lst->size, n);
            for (int i = 0; i < n; i++) {
                Tuple* t = lst->items[i].as<Tuple>();
                ASSERT_EQ(t->items[0].as_small_int(), ref[static_cast<size_t>(i)].first);
                ASSERT_EQ(t->items[1].as_small_int(), ref[static_cast<size_t>(i)].second) << "n=" << n;
            }
        }
    }
}

// O(n log n): a random permutation of n items takes at most about n*log2(n) comparisons;
// ordered and reversed input take n - 1.
TEST(Sort, ComparisonCounts) {
    const int n = 100000;
    std::vector<int> perm(n);
    for (int i = 0; i < n; i++) perm[static_cast<size_t>(i)] = i;
    std::shuffle(perm.begin(), perm.end(), std::mt19937(7));
    std::vector<Value> items;
    for (int x : perm) items.push_back(Value::small_int(x));
    ASSERT_TRUE(stable_sort(items.data(), nullptr, n));
    for (int i = 0; i < n; i++) ASSERT_EQ(items[static_cast<size_t>(i)].as_small_int(), i);
    EXPECT_LT(stable_sort_last_comparisons(), static_cast<int64_t>(n * std::log2(n)));
    ASSERT_TRUE(stable_sort(items.data(), nullptr, n));
    EXPECT_EQ(stable_sort_last_comparisons(), n - 1);
    std::reverse(items.begin(), items.end());
    ASSERT_TRUE(stable_sort(items.data(), nullptr, n));
    EXPECT_EQ(stable_sort_last_comparisons(), n - 1);
    EXPECT_EQ(items.front().as_small_int(), 0);
}

// A comparison that raises stops the sort: the error propagates and the list still holds every
// item exactly once.
TEST(Sort, RaisingComparisonLeavesAPermutation) {
    std::mt19937 rng(3);
    for (int n : {5, 40, 300, 3000}) {
        for (int trial = 0; trial < 5; trial++) {
            std::string src = "[";
            std::vector<int> values;
            for (int i = 0; i < n; i++) {
                int v = static_cast<int>(rng() % 1000);
                if (i == static_cast<int>(rng() % static_cast<unsigned>(n))) v = -1;   // the poison pill
                values.push_back(v);
                src += "Cmp(" + std::to_string(v) + "), ";
            }
            src += "Cmp(-1)]";
            values.push_back(-1);
            Ref l{mini_eval(src)};
            ASSERT_TRUE(l) << src.substr(0, 80);
            EXPECT_FALSE(list_sort(l.get(), Value{}, trial % 2 == 1));
            EXPECT_TRUE(error_matches(&exc::ValueError));
            clear_error();
            List* lst = l.as<List>();
            ASSERT_EQ(lst->size, static_cast<int64_t>(values.size()));
            std::vector<int> after;
            for (int64_t i = 0; i < lst->size; i++) {
                Ref nv{getattr(lst->items[i], "n")};
                after.push_back(static_cast<int>(nv.get().as_small_int()));
            }
            std::sort(after.begin(), after.end());
            std::sort(values.begin(), values.end());
            EXPECT_EQ(after, values);
        }
    }
}

TEST(Sort, KeyFunctionErrorRestoresTheList) {
    Ref l{mini_eval("[3, 1, 'a', 2]")};
    Ref key{mini_eval("lambda x: x + 1")};
    EXPECT_FALSE(list_sort(l.get(), key.get(), false));
    EXPECT_TRUE(error_matches(&exc::TypeError));
    clear_error();
    EXPECT_EQ(repr_of(l.get()), "[3, 1, 'a', 2]");
}

TEST(List, DeepNestingIsFreedWithoutRecursion) {
    Ref l{list_new(0)};
    for (int i = 0; i < 1000000; i++) {
        Ref outer{list_new(0)};
        list_append(outer.get(), l.get());
        l = std::move(outer);
    }
    EXPECT_FALSE(repr(l.get()));
    EXPECT_TRUE(error_matches(&exc::RecursionError));
    clear_error();
    l.reset();   // one million nested lists: must not overflow the C stack
    EXPECT_EQ(trashcan_max_depth_seen(), kTrashcanDepth);
}

}  // namespace
}  // namespace minipy::test

namespace minipy::test {
namespace {

// --no-gil: several threads mutate one list, one dict and one set at once. The per-object locks
// must keep them consistent (no lost or duplicated items, no crash). Small ints need no refcounts,
// so this exercises the containers' locking only.
TEST(Containers, ConcurrentMutationWithoutTheGil) {
    const bool saved = g_free_threaded;
    g_free_threaded = true;   // safe to flip here: no other thread exists yet
    Ref l{list_new(0)};
    Ref d{Value(dict_new())};
    Ref s{set_new(Value{})};
    const int kThreads = 4, kItems = 20000;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; t++) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kItems; i++) {
                Value v = Value::small_int(t * kItems + i);
                list_append(l.get(), v);
                dict_set_item(d.as<Dict>(), v, Value::small_int(t));
                set_add(s.get(), v);
                if (i % 3 == 0) {
                    set_discard(s.get(), v);
                    dict_del_item(d.as<Dict>(), v);
                }
            }
        });
    }
    for (auto& th : threads) th.join();
    g_free_threaded = saved;
    const int64_t removed = kThreads * ((kItems + 2) / 3);
    EXPECT_EQ(l.as<List>()->size, kThreads * kItems);
    EXPECT_EQ(dict_size(d.as<Dict>()), kThreads * kItems - removed);
    EXPECT_EQ(set_size(s.get()), kThreads * kItems - removed);
    std::vector<bool> seen(kThreads * kItems);
    for (int64_t i = 0; i < l.as<List>()->size; i++) {
        int64_t x = l.as<List>()->items[i].as_small_int();
        ASSERT_FALSE(seen[static_cast<size_t>(x)]);
        seen[static_cast<size_t>(x)] = true;
    }
}

}  // namespace
}  // namespace minipy::test
